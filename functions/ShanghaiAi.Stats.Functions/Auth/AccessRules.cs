using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Ingest;

namespace ShanghaiAi.Stats.Functions.Auth;

/// <summary>
/// The roles as the issue states them: statistician everything; association its rosters and its members' monthly
/// reports, its own uploads; park its park's reports and score; enterprise its own monthly reports; planner public
/// outputs only (never microdata, never a suppressed value, never one enterprise's figures), and uploads nothing.
/// </summary>
public sealed class AccessRules : IAccessRules
{
    public bool MayUpload(Caller caller, string kind) => caller.Role switch
    {
        Role.Statistician => true,
        Role.Association => kind is IngestKinds.MemberRoster or IngestKinds.MonthlyReport,
        Role.Park => kind == IngestKinds.ParkReport,
        Role.Enterprise => kind == IngestKinds.MonthlyReport,
        _ => false,
    };

    public bool MaySeeUpload(Caller caller, string owner) =>
        caller.Role == Role.Statistician || string.Equals(caller.ToString(), owner, StringComparison.Ordinal);

    public bool IsStatistician(Caller caller) => caller.Role == Role.Statistician;

    public bool MayReadPublic(Caller caller) => true;

    public IReadOnlySet<string>? ParksVisible(Caller caller) => caller.Role switch
    {
        Role.Statistician or Role.Planner => null,
        Role.Park => new HashSet<string>(StringComparer.Ordinal) { caller.Scope! },
        _ => new HashSet<string>(StringComparer.Ordinal),
    };
}
