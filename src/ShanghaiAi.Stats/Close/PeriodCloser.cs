using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Close;

/// <summary>
/// Closes a period (statistics.md): builds the panel and aggregates it in DuckDB, imputes non-response, applies
/// disclosure control and its audit, and stores a new immutable vintage (<c>2026-09.v2</c> for the second close of a
/// period) with its cells (<see cref="VintageStore"/>). It writes no file: the release (<c>Outputs/PeriodRelease</c>)
/// writes every output of the vintage. A period with no report or nothing in scope is refused and stores nothing.
/// The whole close runs as the warehouse's single writer; stored reports are only read.
/// </summary>
public sealed class PeriodCloser(StatsWarehouse warehouse, ReferenceData reference, TimeProvider time)
{
    public CloseResult Close(Period period, CloseSettings settings)
    {
        Guard.NotNull(settings).Validated();
        var createdAt = time.GetUtcNow();
        return warehouse.Write(c => Run(c, period, settings, createdAt));
    }

    private CloseResult Run(DuckDBConnection c, Period period, CloseSettings settings, DateTimeOffset createdAt)
    {
        var timings = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var sw = Stopwatch.StartNew();
        void Lap(string stage)
        {
            timings[stage] = sw.Elapsed;
            sw.Restart();
        }

        var sequence = VintageStore.NextSequence(c, period);
        var vintageId = string.Create(CultureInfo.InvariantCulture, $"{period}.v{sequence}");
        var steps = ClosePanel.Build(c, period);
        Sql.Exec(c, ClosePanel.MaterialiseSql(period, settings));
        Lap("panel");
        foreach (var (step, t) in steps)
        {
            timings[step] = t;
        }

        var rows = CellAggregator.Run(c, period, settings);
        Lap("aggregate");

        var provisional = period.Month == 1 && settings.CombineJanuaryFebruary;
        var built = CellBuilder.Build(rows, vintageId, period, settings, reference, provisional, AcrossMonths.SuppressedLastMonth(c, period, settings));
        Lap("disclosure");

        var total = rows.FirstOrDefault(r => r.Breakdown == "total");
        Refuse(period, total);
        var (inScope, reported, imputed, followUps, warnings) = total is null ? default : (total.InScope, total.Reported, total.Imputed, total.Missing, total.PrevWarnings);
        decimal? rate = inScope > 0 ? Math.Round((decimal)reported / inScope * 100m, 1, MidpointRounding.AwayFromZero) : null;

        var result = new CloseResult(vintageId, period, sequence, createdAt, built.Cells, inScope, reported, rate, imputed, followUps,
            built.ImputedShare, !provisional, timings)
        {
            SuppressedAcrossMonths = built.SuppressedAcrossMonths,
        };
        var summary = new CloseSummary(vintageId, period.ToString(), sequence, createdAt, inScope, reported, rate, imputed, followUps,
            warnings, built.ImputedShare, result.PrimarySuppressed, result.SecondarySuppressed, result.SuppressedAcrossMonths,
            !provisional, Publication(period, settings), settings);

        Store(c, vintageId, period, sequence, createdAt, settings, summary, built.Cells);
        Lap("store");
        return result;
    }

    /// <summary>
    /// A close needs reports of the period and enterprises in scope: without them it would publish an empty release.
    /// Refused before anything is stored, naming what is missing.
    /// </summary>
    private void Refuse(Period period, AggregateRow? total)
    {
        var missing = new List<string>();
        if (total is null || total.InScope == 0)
        {
            missing.Add("no enterprise in scope (no enterprise of the register is classified into the AI sector: classify the register)");
        }

        if (total is null || total.Reported == 0)
        {
            missing.Add($"no monthly report of an in-scope enterprise for {period}");
        }

        if (missing.Count > 0)
        {
            throw new StatsException($"close of {period} refused, nothing stored: {string.Join("; ", missing)} in the warehouse {warehouse.Path}");
        }
    }

    /// <summary>How the period is published, in words (goes into the summary).</summary>
    internal static string Publication(Period period, CloseSettings s) => (period.Month, s.CombineJanuaryFebruary) switch
    {
        (1, true) => "January collected, not published on its own: internal and provisional (obs_status P); the February close publishes 1-2月",
        (2, true) => "February published combined as 1-2月: the month column of flows is the 1-2月 total",
        _ => "monthly",
    };

    private static void Store(DuckDBConnection c, string vintageId, Period period, int sequence, DateTimeOffset createdAt,
        CloseSettings settings, CloseSummary summary, IReadOnlyList<IndicatorCell> cells)
    {
        using var tx = c.BeginTransaction();
        VintageStore.Add(c, new VintageInfo(vintageId, period, sequence, createdAt.UtcDateTime, JsonSerializer.Serialize(settings, CloseSummary.Json),
            summary.ToJson()), cells);
        var v = Sql.Quote(vintageId);

        // The few enterprises the store needs (imputed, follow-ups), from the panel the aggregation read.
        Sql.Exec(c, $"""
            CREATE OR REPLACE TEMP TABLE close_open AS
            SELECT uscc, status, last_before, months_imputed{string.Concat(CloseIndicator.Reported.Select(i => $", {i.Code}_y"))}
            FROM {ClosePanel.Table} WHERE NOT is_r
            """);
        Sql.Exec(c, ClosePanel.FollowUpSql(period));
        Sql.Exec(c, string.Create(CultureInfo.InvariantCulture, $"""
            INSERT INTO close_imputations (vintage_id, uscc, period, base_period, months_imputed{string.Concat(CloseIndicator.Reported.Select(i => ", " + i.Column))})
            SELECT {v}, uscc, {Sql.Date(period)}, last_before, months_imputed{string.Concat(CloseIndicator.Reported.Select(i => $", {i.Code}_y"))}
            FROM close_open WHERE status = 'I'
            """));
        Sql.Exec(c, string.Create(CultureInfo.InvariantCulture, $"""
            INSERT INTO close_followups
            SELECT {v}, n.uscc, {Sql.Date(period)}, f.last_report_period
            FROM close_open n LEFT JOIN close_followup f ON f.uscc = n.uscc WHERE n.status = 'N'
            """));
        tx.Commit();
    }
}
