using System.Globalization;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;
using static ShanghaiAi.Stats.Ingest.MonthlyColumns;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>The history edits of form AI-1, on the staged rows beside their earlier months (read by <see cref="ReportStore"/>).</summary>
internal static class MonthlyHistoryEdits
{
    /// <summary>History edits on the rows <see cref="ReportStore.History"/> hands back (the upload's own rows count as
    /// history): YTD fell vs. last month (S01), AI share jump (S03), 100 x the enterprise's history (S07), 上年同期
    /// differs from what was reported a year ago (S06).</summary>
    public static void Run(IngestContext ctx, IReadOnlyList<ReportHistory> rows)
    {
        var log = ctx.Log;
        foreach (var (row, date, rev, ai, prev, pmRev, pmAi, lyRev) in rows)
        {
            var period = Period.FromDate(date);
            if (rev is { } a && pmRev is { } b && a < b)
            {
                log.Add(row, Revenue, Show(a), "AI1-S01", Show(b));
            }

            if (rev > 0 && pmRev > 0 && ai is { } x && pmAi is { } y)
            {
                var share = x / rev.Value * 100m;
                var before = y / pmRev.Value * 100m;
                if (Math.Abs(share - before) > 50m)
                {
                    log.Add(row, AiRevenue, share.ToString("0.0", CultureInfo.InvariantCulture) + "%", "AI1-S03", before.ToString("0.0", CultureInfo.InvariantCulture));
                }
            }

            var history = Math.Max(pmRev ?? 0m, lyRev ?? 0m);
            if (rev > PlausibleFloor && history > 0 && rev > 100m * history)
            {
                log.Add(row, Revenue, Show(rev.Value), "AI1-S07", $"revenue_ytd within 100 x the enterprise's own history ({Show(history)})");
            }

            if (prev is { } pv && lyRev is { } lv && Math.Abs(pv - lv) > Math.Max(1m, 0.01m * Math.Abs(lv)))
            {
                log.Add(row, RevenuePrev, Show(pv), "AI1-S06", string.Create(CultureInfo.InvariantCulture, $"{period.SameMonthLastYear} ({Show(lv)})"));
            }
        }
    }
}
