using System.Diagnostics;
using System.Globalization;
using ShanghaiAi.Stats.ParkIndex;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>
/// Park index uncertainty analysis: 1,000 Monte Carlo runs over 50 parks x 25 indicators (5 dimensions of 5),
/// against 1,000 plain scoring passes (steps 1-4 and ranks from the in-memory matrix) measured in the same run.
/// Target: the analysis costs at most 1.2x the plain passes. Also reported: the ratio against 1,000 bare
/// aggregate-and-rank passes on prepared data (the lower bound of any run). Args: [parks] [indicators] [runs].
/// </summary>
public static class ParkIndexBenchmark
{
    public static void Run(string[] args)
    {
        var parks = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
        var indicators = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 25;
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
        var method = SyntheticMethod(indicators, runs);
        var matrix = SyntheticMatrix(parks, method);

        // Warm up (JIT) each path once.
        ParkScorer.Score(matrix, method);
        UncertaintyAnalysis.Run(IndexPreparation.Prepare(matrix, method), method.Uncertainty with { Runs = 10 });

        var plain = Best(3, () =>
        {
            for (var i = 0; i < runs; i++)
            {
                ParkScorer.Score(matrix, method);
            }
        });
        var prepared = IndexPreparation.Prepare(matrix, method);
        var bare = Best(3, () =>
        {
            for (var i = 0; i < runs; i++)
            {
                ParkScorer.Score(prepared);
            }
        });
        UncertaintyResult? result = null;
        var mc = Best(3, () => result = UncertaintyAnalysis.Run(IndexPreparation.Prepare(matrix, method)));

        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"park index uncertainty: {parks} parks x {indicators} indicators, {runs} runs"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {runs} x plain scoring pass (steps 1-4 + ranks): {plain.TotalMilliseconds,9:0.0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {runs} x aggregate+rank on prepared data:        {bare.TotalMilliseconds,9:0.0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  uncertainty analysis ({runs} runs, incl. prepare): {mc.TotalMilliseconds,9:0.0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio vs plain passes: {mc / plain:0.000}x (target <= 1.2x); vs bare aggregate+rank: {mc / bare:0.000}x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  peak working set: {peak:0.0} MiB; top park median rank {result!.MedianRanks.Min():0.#}"));
    }

    private static TimeSpan Best(int times, Action body)
    {
        var best = TimeSpan.MaxValue;
        for (var t = 0; t < times; t++)
        {
            var sw = Stopwatch.StartNew();
            body();
            sw.Stop();
            best = sw.Elapsed < best ? sw.Elapsed : best;
        }

        return best;
    }

    private static ParkIndexMethod SyntheticMethod(int indicators, int runs)
    {
        const int perDimension = 5;
        var dims = new List<MethodDimension>();
        var dimCount = (indicators + perDimension - 1) / perDimension;
        for (var d = 0; d < dimCount; d++)
        {
            var inds = new List<MethodIndicator>();
            var n = Math.Min(perDimension, indicators - (d * perDimension));
            for (var i = 0; i < n; i++)
            {
                var code = string.Create(CultureInfo.InvariantCulture, $"i{(d * perDimension) + i:D2}");
                inds.Add(new MethodIndicator(code, code, code, "unit", i == 0 ? -1 : 1, 1.0 / n, IndicatorSource.ParkReport("pue"), null, null));
            }

            var dc = ((char)('A' + d)).ToString();
            dims.Add(new MethodDimension(dc, dc, dc, 1.0 / dimCount, inds));
        }

        return new ParkIndexMethod("bench", "基准", "bench", Normalisation.MinMax, Aggregation.Arithmetic, 1, 1 / 3.0,
            new OutlierSettings(2, 3.5, 5, 5),
            new UncertaintySettings(runs, 12345, 0.25, [Normalisation.MinMax, Normalisation.ZScore], [Aggregation.Arithmetic, Aggregation.Geometric], 10),
            dims);
    }

    private static IndicatorMatrix SyntheticMatrix(int parks, ParkIndexMethod method)
    {
        var codes = method.Indicators.Select(i => i.Code).ToList();
        var ids = Enumerable.Range(1, parks).Select(p => string.Create(CultureInfo.InvariantCulture, $"P{p:D3}")).ToList();
        var rng = new Random(2025);
        var v = new double[parks * codes.Count];
        for (var i = 0; i < v.Length; i++)
        {
            // Every 7th indicator is heavy-tailed (lognormal) so the outlier step has work to do; 2% missing.
            var k = i % codes.Count;
            v[i] = rng.NextDouble() < 0.02 ? double.NaN
                : k % 7 == 3 ? Math.Exp(2 * rng.NextDouble() * rng.NextDouble() * 4) : 10 + (90 * rng.NextDouble());
        }

        return new IndicatorMatrix(ids, codes, v);
    }
}
