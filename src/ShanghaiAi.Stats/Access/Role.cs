namespace ShanghaiAi.Stats.Access;

/// <summary>Who a caller is, for what they may upload and read (README "Who uses it").</summary>
public enum Role
{
    /// <summary>统计局: everything, the register alone.</summary>
    Statistician,

    /// <summary>行业协会 (Article 8): its rosters, its members' monthly reports; its own uploads.</summary>
    Association,

    /// <summary>园区运营方: its own park's reports and score.</summary>
    Park,

    /// <summary>企业: its own monthly report rows (scope = its credit code).</summary>
    Enterprise,

    /// <summary>规划部门: public outputs only; uploads nothing.</summary>
    Planner,
}
