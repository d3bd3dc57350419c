using System.Text;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// <c>revisions.csv</c>: for each cell of a period, its first release against the latest vintage (internal values;
/// a cell present in only one of them has the other side empty).
/// </summary>
public static class RevisionTable
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "period", "indicator_code", "breakdown", "breakdown_code", "first_vintage", "latest_vintage",
        "first_value", "latest_value", "value_revision", "first_value_ytd", "latest_value_ytd", "value_ytd_revision",
        "first_obs_status", "latest_obs_status", "first_conf_status", "latest_conf_status",
    ];

    public static void Write(IReadOnlyList<IndicatorCell> first, IReadOnlyList<IndicatorCell> latest, string path)
    {
        static string K(IndicatorCell c) => $"{c.IndicatorCode}\u001f{c.Breakdown}\u001f{c.BreakdownCode}";
        var firstByKey = first.ToDictionary(K, StringComparer.Ordinal);
        var latestKeys = latest.Select(K).ToHashSet(StringComparer.Ordinal);
        var firstVintage = first.FirstOrDefault()?.Vintage ?? string.Empty;
        var latestVintage = latest.FirstOrDefault()?.Vintage ?? string.Empty;
        using var w = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine(CsvText.Line(Columns));
        foreach (var l in latest.Concat(first.Where(f => !latestKeys.Contains(K(f)))))
        {
            var isLatest = latestKeys.Contains(K(l));
            var f = firstByKey.GetValueOrDefault(K(l));
            var now = isLatest ? l : null;
            w.WriteLine(CsvText.Line(
            [
                l.Period.ToString(), l.IndicatorCode, l.Breakdown, l.BreakdownCode, firstVintage, latestVintage,
                IndicatorTableWriter.Number(f?.Value), IndicatorTableWriter.Number(now?.Value), IndicatorTableWriter.Number(f?.Value is { } a && now?.Value is { } b ? b - a : null),
                IndicatorTableWriter.Number(f?.ValueYtd), IndicatorTableWriter.Number(now?.ValueYtd), IndicatorTableWriter.Number(f?.ValueYtd is { } c && now?.ValueYtd is { } d ? d - c : null),
                f?.ObsStatus, now?.ObsStatus, f?.ConfStatus, now?.ConfStatus,
            ]));
        }
    }
}
