using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>The four kinds of upload of data-contracts.md.</summary>
public static class IngestKinds
{
    public const string Register = "register";
    public const string MemberRoster = "member-roster";
    public const string MonthlyReport = "monthly-report";
    public const string ParkReport = "park-report";

    public static IReadOnlyList<string> All { get; } = [Register, MemberRoster, MonthlyReport, ParkReport];

    /// <summary>The canonical kind for <paramref name="text"/> (case-insensitive), or a <see cref="StatsException"/>.</summary>
    public static string Parse(string text)
    {
        var t = (text ?? string.Empty).Trim().ToLowerInvariant();
        return All.FirstOrDefault(k => k == t)
               ?? throw new StatsException($"upload kind: expected one of {string.Join(", ", All)}, found '{text}' [FILE-F10]");
    }
}
