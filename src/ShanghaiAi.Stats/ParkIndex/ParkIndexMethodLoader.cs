using System.Globalization;
using System.Text.Json;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>
/// Reads and validates a park-index method file. Every problem names the file, where in it, what was expected and
/// what was found.
/// </summary>
public static class ParkIndexMethodLoader
{
    public const string DefaultEdition = "2025";

    /// <summary>The park report columns an indicator may use.</summary>
    public static readonly IReadOnlyList<string> ParkReportFields =
    [
        "compute_capacity_pflops", "public_compute_sme_share", "open_datasets", "scenarios_opened",
        "demonstration_projects", "financing_raised", "incubator_area", "talent_services", "ip_services",
        "rent_relief", "pue", "ethics_review",
    ];

    internal const double WeightTolerance = 1e-6;

    /// <summary>The method embedded in the assembly (reference-data/park-index/method-EDITION.json).</summary>
    public static ParkIndexMethod LoadEmbedded(ReferenceData reference, string edition = DefaultEdition)
    {
        var file = $"park-index/method-{edition}.json";
        var text = ReferenceLoader.ReadEmbedded(file) ?? throw new StatsException($"{file}: reference file not found");
        return Parse(text, file, reference);
    }

    /// <summary>Reads a method file from disk.</summary>
    public static ParkIndexMethod LoadFile(string path, ReferenceData reference)
    {
        if (!File.Exists(path))
        {
            throw new StatsException($"{path}: method file not found");
        }

        return Parse(File.ReadAllText(path), Path.GetFileName(path), reference);
    }

    /// <summary>Parses and validates method JSON; <paramref name="file"/> names it in messages.</summary>
    public static ParkIndexMethod Parse(string json, string file, ReferenceData reference)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new StatsException($"{file}: not valid JSON ({e.Message})", e);
        }

        using (doc)
        {
            var root = new MethodJsonNode(file, string.Empty, doc.RootElement);
            var version = root.String("method_version");
            var normalisation = ParseNormalisation(root, "normalisation", root.String("normalisation"));
            var aggregation = ParseAggregation(root, "aggregation", root.String("aggregation"));
            var offset = root.Number("geometric_offset", 1.0);
            root.Expect("geometric_offset", offset > 0, "a number > 0", offset);
            var missing = root.Object("missing");
            var impute = missing.String("impute");
            missing.Expect("impute", impute == "dimension-mean", "'dimension-mean'", impute);
            var maxMissing = missing.Number("max_missing_share");
            missing.Expect("max_missing_share", maxMissing is >= 0 and < 1, "a share in [0, 1)", maxMissing);
            var outliers = ParseOutliers(root.Object("outliers"));
            var uncertainty = ParseUncertainty(root.Object("uncertainty"));
            var needGoalposts = normalisation == Normalisation.Goalposts || uncertainty.Normalisations.Contains(Normalisation.Goalposts);
            var dimensions = MethodFrameworkParser.ParseDimensions(root, reference, needGoalposts);
            return new ParkIndexMethod(version, root.String("title_zh"), root.String("title_en"), normalisation, aggregation,
                offset, maxMissing, outliers, uncertainty, dimensions);
        }
    }

    private static OutlierSettings ParseOutliers(MethodJsonNode o)
    {
        var skew = o.Number("skew_threshold");
        var kurt = o.Number("kurtosis_threshold");
        var win = (int)o.Number("max_winsorised");
        var min = (int)o.Number("min_parks", 5);
        o.Expect("skew_threshold", skew > 0, "a number > 0", skew);
        o.Expect("max_winsorised", win >= 0, "an integer >= 0", win);
        return new OutlierSettings(skew, kurt, win, Math.Max(min, 3));
    }

    private static UncertaintySettings ParseUncertainty(MethodJsonNode u)
    {
        var runs = u.Number("runs");
        u.Expect("runs", runs is >= 1 and <= 1_000_000 && runs == Math.Floor(runs), "an integer 1-1000000", runs);
        var seed = u.Number("seed");
        u.Expect("seed", seed >= 0 && seed == Math.Floor(seed), "an integer >= 0", seed);
        var spread = u.Number("weight_spread");
        u.Expect("weight_spread", spread is >= 0 and < 1, "a fraction in [0, 1)", spread);
        var norms = u.Strings("normalisations").Select((s, i) => ParseNormalisation(u, $"normalisations[{i}]", s)).ToList();
        var aggs = u.Strings("aggregations").Select((s, i) => ParseAggregation(u, $"aggregations[{i}]", s)).ToList();
        u.Expect("normalisations", norms.Count > 0, "at least one normalisation", "[]");
        u.Expect("aggregations", aggs.Count > 0, "at least one aggregation", "[]");
        var bins = (int)u.Number("weight_bins", 10);
        u.Expect("weight_bins", bins is >= 2 and <= 100, "an integer 2-100", bins);
        return new UncertaintySettings((int)runs, (ulong)seed, spread, norms, aggs, bins);
    }

    internal static Normalisation ParseNormalisation(MethodJsonNode node, string property, string text) => text switch
    {
        "min-max" => Normalisation.MinMax,
        "z-score" => Normalisation.ZScore,
        "goalposts" => Normalisation.Goalposts,
        _ => throw node.Error(property, "one of min-max, z-score, goalposts", text),
    };

    internal static Aggregation ParseAggregation(MethodJsonNode node, string property, string text) => text switch
    {
        "arithmetic" => Aggregation.Arithmetic,
        "geometric" => Aggregation.Geometric,
        _ => throw node.Error(property, "one of arithmetic, geometric", text),
    };

    internal static string Format(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);
}
