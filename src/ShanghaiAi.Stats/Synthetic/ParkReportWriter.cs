using System.Globalization;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Synthetic;

/// <summary>Park reports (园区监测) of the 12 parks for every quarter-end month in the window and the end month.</summary>
internal static class ParkReportWriter
{
    public static readonly string[] Header =
    [
        "park_id", "period", "compute_capacity_pflops", "public_compute_sme_share", "open_datasets", "scenarios_opened",
        "demonstration_projects", "financing_raised", "incubator_area", "talent_services", "ip_services", "rent_relief", "pue",
        "ethics_review",
    ];

    public static List<string> WriteAll(GeneratorOptions options, IReadOnlyList<Park> parks, string parksDir)
    {
        var paths = new List<string>();
        for (var m = 0; m < options.Months; m++)
        {
            var period = options.Start.AddMonths(m);
            if (period.Month % 3 != 0 && period != options.End)
            {
                continue;
            }

            var path = Path.Combine(parksDir, $"park-report-{period}.csv");
            using var w = new StreamWriter(path, append: false, ReportWriter.Utf8Bom) { NewLine = "\n" };
            w.Write(CsvText.Line(Header));
            w.Write('\n');
            for (var p = 0; p < parks.Count; p++)
            {
                w.Write(CsvText.Line(Row(options, parks[p], p, period)));
                w.Write('\n');
            }

            paths.Add(path);
        }

        return paths;
    }

    private static string[] Row(GeneratorOptions options, Park park, int index, Period period)
    {
        // The park's own character (fixed), then this period's draw.
        var baseRng = Seeds.For(options.Seed, index, Seeds.Park);
        var scale = 0.4 + (1.6 * baseRng.NextDouble());
        var computeFocus = park.FocusZh.Contains("算力", StringComparison.Ordinal) ? 4.0 : 1.0;
        var capacity0 = (100 + (900 * baseRng.NextDouble())) * scale * computeFocus;
        var sme0 = 15 + (40 * baseRng.NextDouble());
        var pue0 = 1.25 + (0.35 * baseRng.NextDouble());
        var ethicsFrom = options.Start.Index - 24 + baseRng.Next(options.Months + 36);
        var growth = 0.2 + (0.3 * baseRng.NextDouble());

        var rng = Seeds.For(options.Seed, (index * 100_000L) + period.Index, Seeds.Park);
        var years = (period.Index - options.Start.Index) / 12.0;
        var trend = Math.Pow(1 + growth, years);
        double Noise() => Math.Exp(0.08 * rng.Gaussian());
        int Count(double x) => Math.Max(0, (int)Math.Round(x * scale * trend * Noise()));

        return
        [
            park.ParkId,
            period.ToString(),
            Fixed(capacity0 * trend * Noise(), 1),
            Fixed(Math.Clamp(sme0 + (8 * years) + (3 * rng.Gaussian()), 0, 100), 1),
            Count(40).ToString(CultureInfo.InvariantCulture),
            Count(15).ToString(CultureInfo.InvariantCulture),
            Count(10).ToString(CultureInfo.InvariantCulture),
            Fixed(50_000 * scale * trend * Math.Exp(0.5 * rng.Gaussian()), 1),
            Math.Max(0, (int)Math.Round(60_000 * scale * Math.Pow(1.05, years))).ToString(CultureInfo.InvariantCulture),
            Count(3_000).ToString(CultureInfo.InvariantCulture),
            Count(120).ToString(CultureInfo.InvariantCulture),
            Fixed(800 * scale * Noise(), 1),
            Fixed(Math.Max(1.08, pue0 - (0.04 * years) + (0.01 * rng.Gaussian())), 2),
            period.Index >= ethicsFrom ? "yes" : "no",
        ];
    }

    private static string Fixed(double value, int decimals)
        => Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(decimals == 1 ? "0.0" : "0.00", CultureInfo.InvariantCulture);
}
