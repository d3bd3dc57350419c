using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>The indicator table as Arrow IPC (the same columns and types as the CSV).</summary>
public static class ArrowIndicatorWriter
{
    /// <summary>Decimal type of value, value_ytd, value_ytd_prev: as the warehouse's DECIMAL(38,4).</summary>
    public static readonly Decimal128Type ValueType = new(38, 4);

    /// <summary>Decimal type of yoy_pct (as the warehouse's DECIMAL(38,1)) and change_pp.</summary>
    public static readonly Decimal128Type YoyType = new(38, 1);

    /// <summary>
    /// Writes the indicator table as an Arrow IPC file (one record batch; public by default). Strings are utf8, period
    /// is "YYYY-MM" text as in the CSV, values are decimal128(38,4), yoy_pct and change_pp decimal128(38,1), contributors int32.
    /// </summary>
    public static void Write(IReadOnlyList<IndicatorCell> cells, string path, bool isPublic = true)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Guard.NotEmpty(path);
        var rows = isPublic ? PublicCell.Of(cells) : cells;
        var batch = ToRecordBatch(rows, isPublic);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        using var stream = File.Create(path);
        using var writer = new ArrowFileWriter(stream, batch.Schema);
        writer.WriteRecordBatch(batch);
        writer.WriteEnd();
    }

    /// <summary>The cells as one Arrow record batch (columns as <see cref="OpenDataWriter.PublicColumns"/> / <see cref="OpenDataWriter.InternalColumns"/>).</summary>
    public static RecordBatch ToRecordBatch(IReadOnlyList<IndicatorCell> cells, bool isPublic)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var text = (isPublic ? OpenDataWriter.PublicColumns : OpenDataWriter.InternalColumns).ToDictionary(c => c, _ => new StringArray.Builder(), StringComparer.Ordinal);
        var values = new[] { "value", "value_ytd", "value_ytd_prev" }.ToDictionary(c => c, _ => new Decimal128Array.Builder(ValueType), StringComparer.Ordinal);
        var yoy = new Decimal128Array.Builder(YoyType);
        var changePp = new Decimal128Array.Builder(YoyType);
        var contributors = new Int32Array.Builder();
        foreach (var c in cells)
        {
            text["vintage"].Append(c.Vintage);
            text["period"].Append(c.Period.ToString());
            text["indicator_code"].Append(c.IndicatorCode);
            text["breakdown"].Append(c.Breakdown);
            text["breakdown_code"].Append(c.BreakdownCode);
            text["unit"].Append(c.Unit);
            text["obs_status"].Append(c.ObsStatus);
            text["conf_status"].Append(c.ConfStatus);
            AppendDecimal(values["value"], c.Value, 4);
            AppendDecimal(values["value_ytd"], c.ValueYtd, 4);
            AppendDecimal(values["value_ytd_prev"], c.ValueYtdPrev, 4);
            AppendDecimal(yoy, c.YoyPct, 1);
            AppendDecimal(changePp, c.ChangePp, 1);
            contributors.Append(c.Contributors);
        }

        var fields = new List<Field>();
        var arrays = new List<IArrowArray>();
        foreach (var column in isPublic ? OpenDataWriter.PublicColumns : OpenDataWriter.InternalColumns)
        {
            var (type, array, nullable) = column switch
            {
                "value" or "value_ytd" or "value_ytd_prev" => ((IArrowType)ValueType, (IArrowArray)values[column].Build(), true),
                "yoy_pct" => (YoyType, yoy.Build(), true),
                "change_pp" => (YoyType, changePp.Build(), true),
                "contributors" => (Int32Type.Default, contributors.Build(), false),
                _ => (StringType.Default, text[column].Build(), false),
            };
            fields.Add(new Field(column, type, nullable));
            arrays.Add(array);
        }

        return new RecordBatch(new Schema(fields, null), arrays, cells.Count);
    }

    private static void AppendDecimal(Decimal128Array.Builder builder, decimal? value, int scale)
    {
        if (value is { } v)
        {
            builder.Append(Math.Round(v, scale, MidpointRounding.AwayFromZero));
        }
        else
        {
            builder.AppendNull();
        }
    }
}
