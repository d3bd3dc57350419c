using ShanghaiAi.Stats.Access;

namespace ShanghaiAi.Stats.Functions.Auth;

/// <summary>The authority questions the functions ask of a caller. <see cref="AccessRules"/> answers them as the
/// issue states the roles; pointed at the core's rules (Access/) once they land, so the CLI's --as and the API agree.</summary>
public interface IAccessRules
{
    bool MayUpload(Caller caller, string kind);

    /// <summary>Whether the caller may see an upload sent by <paramref name="owner"/> (ROLE or ROLE:SCOPE).</summary>
    bool MaySeeUpload(Caller caller, string owner);

    /// <summary>Close periods, review warnings and classifications, read internal tables and microdata.</summary>
    bool IsStatistician(Caller caller);

    /// <summary>Public outputs (indicator tables with suppressed values blanked, public return, dashboard).</summary>
    bool MayReadPublic(Caller caller);

    /// <summary>Park scores: null = every park; an empty set = none; else the parks the caller may see.</summary>
    IReadOnlySet<string>? ParksVisible(Caller caller);
}
