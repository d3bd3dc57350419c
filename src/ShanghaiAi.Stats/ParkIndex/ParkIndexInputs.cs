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
        var cells = ReadCells(c, period, vintageId);
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
    public static string LatestVintage(StatsWarehouse warehouse, Period period)
    {
        using var c = warehouse.OpenRead();
        using var cmd = c.CreateCommand();
        cmd.CommandText = string.Create(CultureInfo.InvariantCulture,
            $"SELECT vintage_id FROM vintages WHERE period = DATE '{period.FirstDay:yyyy-MM-dd}' ORDER BY sequence DESC LIMIT 1");
        return cmd.ExecuteScalar() as string
               ?? throw new StatsException($"{warehouse.Path}: no vintage of period {period} in the vintages table; close the period first (aistats close --period {period})");
    }

    /// <summary>Checks that a vintage exists and belongs to the period (for a vintage named on the command line).</summary>
    public static void RequireVintage(StatsWarehouse warehouse, Period period, string vintageId)
    {
        using var c = warehouse.OpenRead();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT strftime(period, '%Y-%m') FROM vintages WHERE vintage_id = $vintage";
        cmd.Parameters.Add(new DuckDBParameter("vintage", vintageId));
        var found = cmd.ExecuteScalar() as string;
        if (found is null)
        {
            throw new StatsException($"{warehouse.Path}: vintage '{vintageId}' not found in the vintages table");
        }

        if (found != period.ToString())
        {
            throw new StatsException($"{warehouse.Path}: vintage '{vintageId}' is of period {found}, expected period {period}");
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

    private static Dictionary<string, ParkReportValues> ReadParkReports(DuckDBConnection c, IReadOnlyList<MethodIndicator> inds, Period period)
    {
        var fields = inds.Where(i => i.Source.Type == IndicatorSourceType.ParkReport).Select(i => i.Source.Field!).Distinct().ToList();
        var result = new Dictionary<string, ParkReportValues>(StringComparer.Ordinal);
        var columns = string.Concat(fields.Select(f => ", " + (f == "ethics_review" ? "CAST(ethics_review AS INTEGER)" : "CAST(" + f + " AS DOUBLE)")));
        using var cmd = c.CreateCommand();
        cmd.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
            SELECT park_id, period{columns} FROM (
                SELECT *, row_number() OVER (PARTITION BY park_id ORDER BY period DESC, revision DESC) AS rn
                FROM park_reports
                WHERE superseded_at IS NULL AND period <= DATE '{period.FirstDay:yyyy-MM-dd}'
                  AND period >= DATE '{period.AddMonths(-2).FirstDay:yyyy-MM-dd}')
            WHERE rn = 1
            """);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var i = 0; i < fields.Count; i++)
            {
                values[fields[i]] = r.IsDBNull(i + 2) ? double.NaN : Convert.ToDouble(r.GetValue(i + 2), CultureInfo.InvariantCulture);
            }

            var date = r.GetDateTime(1);
            result[r.GetString(0)] = new ParkReportValues(new Period(date.Year, date.Month), values);
        }

        return result;
    }

    private static Dictionary<(string Park, string Indicator), double[]> ReadCells(DuckDBConnection c, Period period, string vintageId)
    {
        var result = new Dictionary<(string, string), double[]>();
        using var cmd = c.CreateCommand();
        cmd.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
            SELECT breakdown_code, indicator_code, CAST(value AS DOUBLE), CAST(value_ytd AS DOUBLE),
                   CAST(value_ytd_prev AS DOUBLE), CAST(yoy_pct AS DOUBLE)
            FROM indicator_cells
            WHERE vintage_id = $vintage AND breakdown = 'park' AND conf_status = 'F'
              AND period = DATE '{period.FirstDay:yyyy-MM-dd}'
            """);
        cmd.Parameters.Add(new DuckDBParameter("vintage", vintageId));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var f = new double[4];
            for (var i = 0; i < 4; i++)
            {
                f[i] = r.IsDBNull(i + 2) ? double.NaN : r.GetDouble(i + 2);
            }

            result[(r.GetString(0), r.GetString(1))] = f;
        }

        return result;
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

    private sealed record ParkReportValues(Period Period, Dictionary<string, double> Values);
}
