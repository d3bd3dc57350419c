using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Access;

/// <summary>
/// The row-level half of an upload's authority: given the permit (and, for an association's monthly reports, its
/// members), says of each row's enterprise or park whether it lies outside the sender's authority, as the rule id to
/// reject the row with (<c>AUTH-H01..03</c>), or null when it lies within.
/// </summary>
public sealed class RowAuthority
{
    private readonly UploadPermit _permit;
    private readonly IReadOnlySet<string>? _members;

    /// <param name="members">The credit codes of the sending association's members; required when the permit's rows
    /// are <see cref="RowScope.MembersOfAssociation"/>.</param>
    public RowAuthority(UploadPermit permit, IReadOnlySet<string>? members = null)
    {
        Guard.NotNull(permit);
        Guard.That(permit.Allowed, "a row authority is built for an allowed upload only");
        Guard.That(permit.Rows != RowScope.MembersOfAssociation || members is not null, "an association's rows are checked against its members");
        _permit = permit;
        _members = members;
    }

    /// <summary>True when rows must be checked against the association's members (load them first).</summary>
    public static bool NeedsMembers(UploadPermit permit) => Guard.NotNull(permit).Rows == RowScope.MembersOfAssociation;

    /// <summary>The sender's scope as a rule's expected text fills it: association id, credit code or park id.</summary>
    public string Scope => _permit.Caller.Scope ?? string.Empty;

    /// <summary>The rule a row of enterprise <paramref name="uscc"/> (a valid, normalised credit code) breaks, or null.</summary>
    public string? EnterpriseOutside(string uscc) => _permit.Rows switch
    {
        RowScope.MembersOfAssociation when !_members!.Contains(uscc) => "AUTH-H01",
        RowScope.OwnEnterprise when !string.Equals(uscc, _permit.Caller.Scope, StringComparison.Ordinal) => "AUTH-H02",
        _ => null,
    };

    /// <summary>The rule a row of park <paramref name="parkId"/> (an id of the parks register) breaks, or null.</summary>
    public string? ParkOutside(string parkId) => _permit.Rows switch
    {
        RowScope.OwnPark when !string.Equals(parkId, _permit.Caller.Scope, StringComparison.Ordinal) => "AUTH-H03",
        _ => null,
    };
}
