using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>
/// Writes the index outputs: park-scores.csv (data-contracts.md columns park_id, period, score, rank, rank_p05,
/// rank_p95, dim_A..., method_version, then rank_median and flags), park-sensitivity.csv, park-explanations.json and
/// park-index-charts.json (the dashboard's ranked bar chart with interval bars, dimension heat map and trend).
/// Numbers in invariant culture; JSON keeps Chinese text unescaped.
/// </summary>
public static class ParkIndexWriter
{
    public const string ScoresFile = "park-scores.csv";
    public const string ChartsFile = "park-index-charts.json";
    public const string ExplanationsFile = "park-explanations.json";
    public const string SensitivityFile = "park-sensitivity.csv";

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the index files of <paramref name="result"/> into <paramref name="outDir"/>.</summary>
    public static ParkIndexFiles WriteAll(string outDir, ParkIndexResult result, ReferenceData reference)
    {
        Guard.NotNull(result);
        Directory.CreateDirectory(outDir);
        return WriteAll(outDir, result.Method, result.Period, result.VintageId, result.Scores, result.Explanations, result.Uncertainty,
            result.Treatments, result.Trend, reference);
    }

    public static ParkIndexFiles WriteAll(string outDir, ParkIndexMethod method, Period period, string vintageId, IReadOnlyList<ParkScore> rows,
        IReadOnlyList<ParkExplanation> explanations, UncertaintyResult uncertainty, IReadOnlyList<IndicatorTreatment> treatments,
        IReadOnlyList<ParkTrendPoint> trend, ReferenceData reference)
    {
        var files = new ParkIndexFiles(Path.Combine(outDir, ScoresFile), Path.Combine(outDir, ChartsFile),
            Path.Combine(outDir, ExplanationsFile), Path.Combine(outDir, SensitivityFile));
        File.WriteAllText(files.ScoresCsv, ScoresCsv(method, rows), new UTF8Encoding(false));
        File.WriteAllText(files.SensitivityCsv, SensitivityCsv(uncertainty), new UTF8Encoding(false));
        WriteJson(files.ExplanationsJson, w => Explanations(w, period, vintageId, explanations));
        WriteJson(files.ChartsJson, w => ParkChartsJson.Write(w, method, period, vintageId, rows, uncertainty, treatments, trend, reference));
        return files;
    }

    /// <summary>The text of park-scores.csv.</summary>
    public static string ScoresCsv(ParkIndexMethod method, IReadOnlyList<ParkScore> rows)
    {
        var sb = new StringBuilder();
        sb.Append(CsvText.Line(["park_id", "period", "score", "rank", "rank_p05", "rank_p95",
            .. method.Dimensions.Select(d => "dim_" + d.Code), "method_version", "rank_median", "flags"])).Append('\n');
        foreach (var r in rows)
        {
            sb.Append(CsvText.Line([r.ParkId, r.Period.ToString(), Num(r.Score), Int(r.Rank), Int(r.RankP05), Int(r.RankP95),
                .. method.Dimensions.Select(d => r.Dimensions.TryGetValue(d.Code, out var v) ? Num(v) : string.Empty),
                r.MethodVersion, r.RankMedian is { } m ? m.ToString("0.#", CultureInfo.InvariantCulture) : string.Empty,
                string.Join(';', r.Flags)])).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The text of park-sensitivity.csv: overall share per assumption, then one column per park.</summary>
    public static string SensitivityCsv(UncertaintyResult u)
    {
        var parks = u.Sensitivity.Count > 0 ? u.Sensitivity[0].ByPark.Keys.ToList() : [];
        var sb = new StringBuilder();
        sb.Append(CsvText.Line(["assumption", "share_of_rank_variance", .. parks])).Append('\n');
        foreach (var s in u.Sensitivity)
        {
            sb.Append(CsvText.Line([s.Assumption, Share(s.Share), .. parks.Select(p => Share(s.ByPark[p]))])).Append('\n');
        }

        return sb.ToString();
    }

    private static void Explanations(Utf8JsonWriter w, Period period, string vintageId, IReadOnlyList<ParkExplanation> explanations)
    {
        w.WriteStartObject();
        w.WriteString("period", period.ToString());
        w.WriteString("vintage", vintageId);
        w.WriteStartArray("parks");
        foreach (var e in explanations)
        {
            w.WriteStartObject();
            w.WriteString("park_id", e.ParkId);
            w.WriteStartObject("dimensions");
            foreach (var (code, v) in e.DimensionScores)
            {
                w.WriteNumber(code, Round(v));
            }

            w.WriteEndObject();
            Drivers(w, "lifts", e.Lifts);
            Drivers(w, "pulls", e.Pulls);
            w.WriteString("text_zh", e.TextZh);
            w.WriteString("text_en", e.TextEn);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Drivers(Utf8JsonWriter w, string name, IReadOnlyList<IndicatorDriver> drivers)
    {
        w.WriteStartArray(name);
        foreach (var d in drivers)
        {
            w.WriteStartObject();
            w.WriteString("indicator", d.IndicatorCode);
            w.WriteString("name_zh", d.NameZh);
            w.WriteString("name_en", d.NameEn);
            w.WriteNumber("points", Round(d.Points));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteJson(string path, Action<Utf8JsonWriter> body)
    {
        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream, JsonOptions);
        body(w);
    }

    internal static double Round(double v) => Math.Round(v, 2, MidpointRounding.AwayFromZero);

    internal static void NumberOrNull(Utf8JsonWriter w, string name, double? v)
    {
        if (v is { } x && double.IsFinite(x))
        {
            w.WriteNumber(name, Round(x));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Num(double? v) => v is { } x ? Round(x).ToString("0.00", CultureInfo.InvariantCulture) : string.Empty;

    private static string Int(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Share(double v) => v.ToString("0.0000", CultureInfo.InvariantCulture);
}
