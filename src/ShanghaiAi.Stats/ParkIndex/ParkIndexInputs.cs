using System.Globalization;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>
/// Reads the raw indicator matrix of a close from the warehouse: each park's latest current park report with a
/// period within the last 3 months up to the close period; the vintage's indicator cells with breakdown 'park'
/// (only conf_status F counts: a suppressed cell is missing data); and the share of the park's AI enterprises in a
/// size class, counted from current classifications (category &lt;&gt; '00') joined with the current register.
/// </summary>
public static class ParkIndexInputs
{
    /// <summary>The raw matrix for the parks of the parks register, in register order.</summary>
    public static ParkIndexInputData Load(StatsWarehouse warehouse, ReferenceData reference, ParkIndexMethod method,
        Period period, string vintageId)
    {
        var parks = reference.Parks.Select(p => p.ParkId).ToList();
        var inds = method.Indicators;
        using var c = warehouse.OpenRead();
        var reports = ReadParkReports(c, inds, period);
        var cells = ReadCells(warehouse, period, vintageId);
        var sizeShares = ReadSizeShares(c, inds);
        var values = new double[parks.Count * inds.Count];
        var reportPeriods = new Dictionary<string, Period?>(StringComparer.Ordinal);
        for (var p = 0; p < parks.Count; p++)
        {
            var id = parks[p];
            reports.TryGetValue(id, out var report);
            reportPeriods[id] = report?.Period;
            for (var k = 0; k < inds.Count; k++)
            {
                var s = inds[k].Source;
                values[(p * inds.Count) + k] = s.Type switch
                {
                    IndicatorSourceType.ParkReport => report?.Values.GetValueOrDefault(s.Field!, double.NaN) ?? double.NaN,
                    IndicatorSourceType.Cells => CellValue(cells, id, s),
                    _ => sizeShares.GetValueOrDefault((id, s.MatchValue!), double.NaN),
                };
            }
        }

        return new ParkIndexInputData(new IndicatorMatrix(parks, inds.Select(i => i.Code).ToList(), values), reportPeriods,
            cells.Count);
    }

    /// <summary>The latest vintage (highest sequence) of a period.</summary>
    public static string LatestVintage(StatsWarehouse warehouse, Period period) => VintageStore.RequireLatest(warehouse, period).VintageId;

    /// <summary>Checks that a vintage exists and belongs to the period (for a vintage named on the command line).</summary>
    public static void RequireVintage(StatsWarehouse warehouse, Period period, string vintageId)
    {
        var found = VintageStore.Get(warehouse, vintageId);
        if (found.Period != period)
        {
            throw new StatsException($"{warehouse.Path}: vintage '{vintageId}' is of period {found.Period}, expected period {period}");
        }
    }

    private static double CellValue(Dictionary<(string Park, string Indicator), double[]> cells, string park, IndicatorSource s)
    {
        var num = Field(cells, park, s.Numerator!.Value);
        if (s.Denominator is not { } d)
        {
            return num * s.Scale;
        }

        var den = Field(cells, park, d);
        return double.IsNaN(num) || double.IsNaN(den) || den == 0 ? double.NaN : num / den * s.Scale;
    }

    private static double Field(Dictionary<(string, string), double[]> cells, string park, CellRef r)
        => cells.TryGetValue((park, r.IndicatorCode), out var f) ? f[IndexOfField(r.Field)] : double.NaN;

    private static int IndexOfField(string field)
    {
        for (var i = 0; i < CellRef.Fields.Count; i++)
        {
            if (CellRef.Fields[i] == field)
            {
                return i;
            }
        }

        throw new ArgumentException($"unknown cell field '{field}'", nameof(field));
    }

    /// <summary>The park-report fields the method uses, from each park's latest current report of the last 3 months.</summary>
    private static Dictionary<string, StoredParkReport> ReadParkReports(DuckDBConnection c, IReadOnlyList<MethodIndicator> inds, Period period)
    {
        var fields = inds.Where(i => i.Source.Type == IndicatorSourceType.ParkReport).Select(i => i.Source.Field!).Distinct().ToList();
        return ParkReportStore.Latest(c, fields, period.AddMonths(-2), period);
    }

    /// <summary>The vintage's park cells that may be used (conf_status F), read through <see cref="VintageStore"/>.</summary>
    private static Dictionary<(string Park, string Indicator), double[]> ReadCells(StatsWarehouse warehouse, Period period, string vintageId)
    {
        static double D(decimal? v) => v is { } d ? (double)d : double.NaN;
        return VintageStore.Cells(warehouse, vintageId)
            .Where(x => x.Breakdown == "park" && x.IsFree && x.Period == period)
            .ToDictionary(x => (x.BreakdownCode, x.IndicatorCode), x => new[] { D(x.Value), D(x.ValueYtd), D(x.ValueYtdPrev), D(x.YoyPct) });
    }

    private static Dictionary<(string Park, string SizeClass), double> ReadSizeShares(DuckDBConnection c, IReadOnlyList<MethodIndicator> inds)
    {
        var result = new Dictionary<(string, string), double>();
        if (inds.All(i => i.Source.Type != IndicatorSourceType.Register))
        {
            return result;
        }

        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT r.park_id, r.size_class, CAST(count(*) AS DOUBLE) AS n, CAST(sum(count(*)) OVER (PARTITION BY r.park_id) AS DOUBLE) AS total
            FROM classifications c JOIN register r ON r.uscc = c.uscc
            WHERE c.valid_to IS NULL AND c.category <> '00' AND r.valid_to IS NULL AND r.park_id IS NOT NULL
            GROUP BY r.park_id, r.size_class
            """;
        using var rd = cmd.ExecuteReader();
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        while (rd.Read())
        {
            var park = rd.GetString(0);
            totals[park] = Convert.ToDouble(rd.GetValue(3), CultureInfo.InvariantCulture);
            if (!rd.IsDBNull(1))
            {
                result[(park, rd.GetString(1))] = Convert.ToDouble(rd.GetValue(2), CultureInfo.InvariantCulture);
            }
        }

        foreach (var key in result.Keys.ToList())
        {
            result[key] = result[key] / totals[key.Item1] * 100;
        }

        foreach (var park in totals.Keys)
        {
            foreach (var size in new[] { "规上", "规下" })
            {
                result.TryAdd((park, size), 0);
            }
        }

        return result;
    }
}
