using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Access;

/// <summary>
/// A caller of the core: a role and, except for the statistician and the planner, the scope it acts for
/// (association id, park id or the enterprise's credit code). The CLI's <c>--as ROLE:ID</c> and the functions app's
/// API keys both resolve to one of these; the rules of what it may do live in this folder.
/// </summary>
public sealed record Caller
{
    public Caller(Role role, string? scope)
    {
        if (role is Role.Association or Role.Park or Role.Enterprise && string.IsNullOrWhiteSpace(scope))
        {
            throw new StatsException($"caller {Name(role)}: expected a scope (association id, park id or credit code), found none");
        }

        Role = role;
        Scope = string.IsNullOrWhiteSpace(scope) ? null : scope.Trim();
    }

    public Role Role { get; }

    /// <summary>Association id, park id or credit code; null for the statistician and the planner.</summary>
    public string? Scope { get; }

    /// <summary>The statistics office acting on its own machine.</summary>
    public static Caller Statistician { get; } = new(Role.Statistician, null);

    /// <summary>The lower-case name used in commands, keys and records: statistician, association, park, enterprise, planner.</summary>
    public static string Name(Role role) => role switch
    {
        Role.Statistician => "statistician",
        Role.Association => "association",
        Role.Park => "park",
        Role.Enterprise => "enterprise",
        Role.Planner => "planner",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>Parses a role name as <see cref="Name"/> writes it; null when it is not one.</summary>
    public static Role? ParseRole(string text) => text.Trim().ToLowerInvariant() switch
    {
        "statistician" => Role.Statistician,
        "association" => Role.Association,
        "park" => Role.Park,
        "enterprise" => Role.Enterprise,
        "planner" => Role.Planner,
        _ => null,
    };

    /// <summary>Parses <c>ROLE</c> or <c>ROLE:SCOPE</c>, e.g. <c>association:A01</c>, <c>statistician</c>.</summary>
    public static Caller Parse(string text)
    {
        var parts = text.Split(':', 2);
        var role = ParseRole(parts[0])
            ?? throw new StatsException($"caller '{text}': expected ROLE or ROLE:ID with ROLE one of statistician, association, park, enterprise, planner, found role '{parts[0]}'");
        var scope = parts.Length == 2 ? parts[1] : null;
        return role is Role.Statistician or Role.Planner ? new Caller(role, null) : new Caller(role, scope);
    }

    public override string ToString() => Scope is null ? Name(Role) : $"{Name(Role)}:{Scope}";
}
