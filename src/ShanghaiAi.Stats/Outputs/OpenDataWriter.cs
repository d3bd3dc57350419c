using System.Globalization;
using System.Text;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// Open data of a close (data-contracts.md "Outputs"): the indicator table as CSV, Parquet and Arrow IPC, and one
/// SDMX-CSV dataflow. Public files carry only disclosure-safe values: every value of a cell whose conf_status is not F
/// is blank, and <c>contributors</c> is dropped. Numbers are invariant culture, '.' decimal point, no grouping.
/// </summary>
public static class OpenDataWriter
{
    /// <summary>The SDMX dataflow of the indicator table: agency SHSTATS, id DF_AI1, version 1.0.</summary>
    public const string Dataflow = "SHSTATS:DF_AI1(1.0)";

    /// <summary>Columns of the public indicator table (the contract's, without <c>contributors</c>).</summary>
    public static IReadOnlyList<string> PublicColumns => IndicatorTableWriter.PublicColumns;

    /// <summary>Columns of the internal indicator table.</summary>
    public static IReadOnlyList<string> InternalColumns => IndicatorTableWriter.Columns;

    /// <summary>SDMX-CSV v1 columns: DATAFLOW, the dimensions, TIME_PERIOD, OBS_VALUE, then attributes.</summary>
    public static readonly IReadOnlyList<string> SdmxColumns =
    [
        "DATAFLOW", "FREQ", "INDICATOR", "BREAKDOWN", "BREAKDOWN_CODE", "MEASURE", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE",
        "OBS_STATUS", "CONF_STATUS", "VINTAGE",
    ];

    /// <summary>UNIT_MEASURE of a CHANGE_PP observation: percentage points.</summary>
    public const string ChangePpUnit = "百分点";

    /// <summary>The SDMX measures of a cell, in the order written.</summary>
    public static readonly IReadOnlyList<string> SdmxMeasures = ["M", "YTD", "YTD_PREV", "YOY_PCT", "CHANGE_PP"];

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the indicator table as CSV (UTF-8, header row) with the close's writer: public by default
    /// (provisional cells dropped, suppressed values blank).</summary>
    public static void WriteCsv(IReadOnlyList<IndicatorCell> cells, string path, bool isPublic = true)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Guard.NotEmpty(path);
        IndicatorTableWriter.WriteCsv(isPublic ? PublicCell.Of(cells) : cells, path, isPublic);
    }

    /// <summary>
    /// Writes the public indicator table as one SDMX-CSV (v1) dataflow: one observation per cell and measure
    /// (M = the month's value, YTD, YTD_PREV, YOY_PCT, and CHANGE_PP in 百分点 only for indicators that are percentages).
    /// A suppressed observation keeps its row with OBS_VALUE blank and
    /// its CONF_STATUS (SDMX codes A, O, T, D); a free cell's undefined measure (e.g. yoy with a zero base) is omitted.
    /// </summary>
    public static void WriteSdmxCsv(IReadOnlyList<IndicatorCell> cells, string path)
    {
        ArgumentNullException.ThrowIfNull(cells);
        using var w = NewWriter(path);
        w.Write(CsvText.Line(SdmxColumns));
        w.Write('\n');
        foreach (var cell in PublicCell.Of(cells))
        {
            var measures = new (string Measure, decimal? Value, string Text, string Unit)[]
            {
                ("M", cell.Value, Number(cell.Value), cell.Unit),
                ("YTD", cell.ValueYtd, Number(cell.ValueYtd), cell.Unit),
                ("YTD_PREV", cell.ValueYtdPrev, Number(cell.ValueYtdPrev), cell.Unit),
                ("YOY_PCT", cell.YoyPct, Yoy(cell.YoyPct), "%"),
                ("CHANGE_PP", cell.ChangePp, Yoy(cell.ChangePp), ChangePpUnit),
            };
            foreach (var (measure, value, text, unit) in measures)
            {
                if ((cell.IsFree && value is null) || (measure == "CHANGE_PP" && !IndicatorCell.PercentIndicators.Contains(cell.IndicatorCode)))
                {
                    continue;
                }

                w.Write(CsvText.Line(
                [
                    Dataflow, "M", cell.IndicatorCode, cell.Breakdown, cell.BreakdownCode, measure, cell.Period.ToString(), text, unit,
                    cell.ObsStatus, cell.ConfStatus, cell.Vintage,
                ]));
                w.Write('\n');
            }
        }
    }

    /// <summary>A number in invariant culture without grouping or trailing zeros ("1234.5"); empty when null.</summary>
    internal static string Number(decimal? v) => IndicatorTableWriter.Number(v);

    /// <summary>yoy_pct with one decimal ("11.2"); empty when undefined.</summary>
    internal static string Yoy(decimal? v) => IndicatorTableWriter.OneDecimal(v);

    private static StreamWriter NewWriter(string path)
    {
        Guard.NotEmpty(path);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        return new StreamWriter(path, append: false, Utf8NoBom);
    }
}
