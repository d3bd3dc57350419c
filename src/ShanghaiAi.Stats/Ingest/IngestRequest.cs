using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>One upload to ingest.</summary>
/// <param name="Kind">register | member-roster | monthly-report | park-report.</param>
/// <param name="Role">The caller's role: statistician | association | park | enterprise | planner (see <see cref="Caller"/>).</param>
/// <param name="Actor">The caller's scope (association id, park id, credit code) or, for the statistician, the user;
/// the upload is recorded under role and actor, and an association's roster under its id.</param>
/// <param name="ReportDir">Folder of the validation reports; default <see cref="IngestOptions.ReportDir"/>.</param>
/// <param name="Sheet">The XLSX sheet to read; default the first sheet with a header row of this kind.</param>
public sealed record IngestRequest(
    string Kind,
    string FilePath,
    string Role = "statistician",
    string Actor = "local",
    string? ReportDir = null,
    string? Sheet = null)
{
    /// <summary>An upload sent by <paramref name="caller"/> (the statistician's uploads are recorded under actor "local").</summary>
    public IngestRequest(string kind, string filePath, Caller caller, string? reportDir = null, string? sheet = null)
        : this(kind, filePath, Caller.Name(Guard.NotNull(caller).Role), caller.Scope ?? "local", reportDir, sheet)
    {
    }

    /// <summary>Who sent it, as the rules of <see cref="Authority"/> see it.</summary>
    public Caller Caller
    {
        get
        {
            var role = Access.Caller.ParseRole(Role ?? string.Empty)
                ?? throw new StatsException($"caller role '{Role}': expected one of statistician, association, park, enterprise, planner");
            return role is Access.Role.Statistician or Access.Role.Planner ? new Caller(role, null) : new Caller(role, Actor);
        }
    }
}
