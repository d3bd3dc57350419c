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
/// disclosure control and its audit, stores a new immutable vintage (<c>2026-09.v2</c> for the second close of a
/// period) with its cells, and writes the indicator tables, the revision table and the summary. The whole close runs
/// as the warehouse's single writer; stored reports are only read.
/// </summary>
public sealed partial class PeriodCloser(StatsWarehouse warehouse, ReferenceData reference, TimeProvider time)
{
    public CloseResult Close(Period period, CloseSettings settings, string outDir)
    {
        Guard.NotNull(settings).Validated();
        Guard.NotEmpty(outDir);
        Directory.CreateDirectory(outDir);
        var createdAt = time.GetUtcNow();
        return warehouse.Write(c => Run(c, period, settings, outDir, createdAt));
    }

    private CloseResult Run(DuckDBConnection c, Period period, CloseSettings settings, string outDir, DateTimeOffset createdAt)
    {
        var timings = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var sw = Stopwatch.StartNew();
        void Lap(string stage)
        {
            timings[stage] = sw.Elapsed;
            sw.Restart();
        }

        var sequence = 1 + Scalar(c, $"SELECT coalesce(max(sequence), 0) FROM vintages WHERE period = {ClosePanel.D(period)}");
        var vintageId = string.Create(CultureInfo.InvariantCulture, $"{period}.v{sequence}");
        var steps = ClosePanel.Build(c, period);
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
        var (inScope, reported, imputed, followUps, warnings) = total is null ? default : (total.InScope, total.Reported, total.Imputed, total.Missing, total.PrevWarnings);
        decimal? rate = inScope > 0 ? Math.Round((decimal)reported / inScope * 100m, 1, MidpointRounding.AwayFromZero) : null;

        var files = FileNames(outDir, settings);
        var result = new CloseResult(vintageId, period, sequence, createdAt, built.Cells, inScope, reported, rate, imputed, followUps,
            built.ImputedShare, !provisional, files, timings)
        {
            SuppressedAcrossMonths = built.SuppressedAcrossMonths,
        };
        var summary = new CloseSummary(vintageId, period.ToString(), sequence, createdAt, inScope, reported, rate, imputed, followUps,
            warnings, built.ImputedShare, result.PrimarySuppressed, result.SecondarySuppressed, result.SuppressedAcrossMonths,
            !provisional, Publication(period, settings), settings, files);

        Store(c, vintageId, period, sequence, createdAt, settings, summary, built.Cells);
        Lap("store");

        WriteFiles(c, vintageId, period, built.Cells, files, summary);
        Lap("files");

        return result;
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
        Sql.Exec(c, "INSERT INTO vintages (vintage_id, period, sequence, created_at, settings_json, summary_json) VALUES ($1, $2, $3, $4, $5, $6)",
            vintageId, period.FirstDay.ToDateTime(TimeOnly.MinValue), sequence, createdAt.UtcDateTime,
            JsonSerializer.Serialize(settings, CloseSummary.Json), summary.ToJson());
        IndicatorCellStore.Append(c, cells);
        var v = Sql.Quote(vintageId);

        // The panel once more, kept for the few enterprises the store needs (imputed, follow-ups), with only the
        // columns it stores: DuckDB then drops what the rest of the panel alone needs (measured: about half the time).
        Sql.Exec(c, $"""
            CREATE OR REPLACE TEMP TABLE close_open AS WITH {ClosePanel.With(period, settings, "panel")}
            SELECT uscc, status, last_before, months_imputed{string.Concat(CloseIndicator.Reported.Select(i => $", {i.Code}_y"))}
            FROM panel WHERE NOT is_r
            """);
        Sql.Exec(c, ClosePanel.FollowUpSql(period));
        Sql.Exec(c, string.Create(CultureInfo.InvariantCulture, $"""
            INSERT INTO close_imputations (vintage_id, uscc, period, base_period, months_imputed{string.Concat(CloseIndicator.Reported.Select(i => ", " + i.Column))})
            SELECT {v}, uscc, {ClosePanel.D(period)}, last_before, months_imputed{string.Concat(CloseIndicator.Reported.Select(i => $", {i.Code}_y"))}
            FROM close_open WHERE status = 'I'
            """));
        Sql.Exec(c, string.Create(CultureInfo.InvariantCulture, $"""
            INSERT INTO close_followups
            SELECT {v}, n.uscc, {ClosePanel.D(period)}, f.last_report_period
            FROM close_open n LEFT JOIN close_followup f ON f.uscc = n.uscc WHERE n.status = 'N'
            """));
        tx.Commit();
    }

    private static int Scalar(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
