namespace ShanghaiAi.Stats.Access;

/// <summary>Which rows of an allowed upload lie within the sender's authority; the others are rejected row by row.</summary>
public enum RowScope
{
    /// <summary>Every row (the statistician; an association's own roster, which declares its members).</summary>
    Any,

    /// <summary>Rows of enterprises that are members of the sending association (AUTH-H01 otherwise).</summary>
    MembersOfAssociation,

    /// <summary>Rows of the sending enterprise itself (AUTH-H02 otherwise).</summary>
    OwnEnterprise,

    /// <summary>Rows of the sending park itself (AUTH-H03 otherwise).</summary>
    OwnPark,
}
