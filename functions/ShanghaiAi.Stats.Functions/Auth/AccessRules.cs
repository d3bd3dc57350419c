using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Functions.Auth;

/// <summary>
/// The functions app's view of the core's one role model (<see cref="Authority"/>, src/ShanghaiAi.Stats/Access): the
/// same rules bind the CLI's <c>--as</c>. Statistician everything; association its rosters and its members' monthly
/// reports, its own uploads; park its park's reports and score; enterprise its own monthly reports; planner public
/// outputs only, and uploads nothing.
/// </summary>
public sealed class AccessRules : IAccessRules
{
    public bool MayUpload(Caller caller, string kind) => Authority.MayUpload(caller, kind, ReferenceData.Embedded).Allowed;

    public bool MaySeeUpload(Caller caller, string owner) =>
        Authority.MayRead(caller, Resource.UploadBy(OwnerOf(owner)));

    public bool IsStatistician(Caller caller) => Authority.MayRead(caller, Resource.InternalOutputs);

    public bool MayReadPublic(Caller caller) => Authority.MayRead(caller, Resource.PublicOutputs);

    public IReadOnlySet<string>? ParksVisible(Caller caller) => caller.Role switch
    {
        Role.Statistician or Role.Planner => null,
        Role.Park => new HashSet<string>(StringComparer.Ordinal) { caller.Scope! },
        _ => new HashSet<string>(StringComparer.Ordinal),
    };

    /// <summary>The owner as the uploads are recorded (<c>role:scope</c>, or the role alone).</summary>
    private static Caller OwnerOf(string owner)
    {
        try
        {
            return Caller.Parse(owner);
        }
        catch (Common.StatsException)
        {
            // An owner recorded in a form the rules do not know is nobody's but the statistician's.
            return Caller.Statistician;
        }
    }
}
