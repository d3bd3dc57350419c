using System.Globalization;
using System.Text;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// Writes the indicator table (data-contracts.md "Outputs") with exactly the contract's columns: numbers in
/// invariant culture without grouping, yoy_pct with one decimal, empty where undefined; the optional last column
/// <c>change_pp</c> (the change in percentage points of an indicator that is a percentage, one decimal) is written,
/// empty on every other indicator. The public variant drops <c>contributors</c> and blanks value, value_ytd,
/// value_ytd_prev, yoy_pct and change_pp of every cell that is not F.
/// </summary>
public static class IndicatorTableWriter
{
    public static readonly IReadOnlyList<string> Columns =
        ["vintage", "period", "indicator_code", "breakdown", "breakdown_code", "value", "value_ytd", "value_ytd_prev", "yoy_pct", "unit", "contributors", "obs_status", "conf_status", "change_pp"];

    public static readonly IReadOnlyList<string> PublicColumns = Columns.Where(c => c != "contributors").ToList();

    /// <summary>Writes the cells, in the order given, as UTF-8 CSV (no BOM).</summary>
    public static void WriteCsv(IEnumerable<IndicatorCell> cells, string path, bool isPublic)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        using var w = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine(CsvText.Line(isPublic ? PublicColumns : Columns));
        foreach (var c in cells)
        {
            w.WriteLine(CsvText.Line(Fields(c, isPublic)));
        }
    }

    /// <summary>The fields of one row, as written.</summary>
    public static IEnumerable<string> Fields(IndicatorCell c, bool isPublic)
    {
        var show = !isPublic || c.IsFree;
        yield return c.Vintage;
        yield return c.Period.ToString();
        yield return c.IndicatorCode;
        yield return c.Breakdown;
        yield return c.BreakdownCode;
        yield return show ? Number(c.Value) : string.Empty;
        yield return show ? Number(c.ValueYtd) : string.Empty;
        yield return show ? Number(c.ValueYtdPrev) : string.Empty;
        yield return show ? OneDecimal(c.YoyPct) : string.Empty;
        yield return c.Unit;
        if (!isPublic)
        {
            yield return c.Contributors.ToString(CultureInfo.InvariantCulture);
        }

        yield return c.ObsStatus;
        yield return c.ConfStatus;
        yield return show ? OneDecimal(c.ChangePp) : string.Empty;
    }

    /// <summary>One decimal, invariant ("11.2", "-0.2"); empty for null. yoy_pct and change_pp are written so.</summary>
    public static string OneDecimal(decimal? v) => v is { } d ? d.ToString("0.0", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Invariant, no grouping, no trailing zeros; empty for null.</summary>
    public static string Number(decimal? v) => v is { } d ? d.ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;
}
