using System.Diagnostics;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.ParkIndex;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Synthetic;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Pipeline;

/// <summary>
/// The whole pipeline on the embedded default: generate the synthetic data set, ingest every file through the
/// upload path (archive, validation, atomic load), classify every enterprise, close the latest months, score the
/// parks and release every output (<see cref="PeriodRelease"/>: <c>public/</c> and <c>internal/</c>). Each stage is the
/// real one the commands use; the demo only strings them together.
/// </summary>
public sealed class DemoPipeline(ReferenceData reference, TimeProvider time)
{
    public DemoResult Run(DemoOptions options, IProgress<DemoStep>? progress = null)
    {
        var timings = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var stages = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var end = options.ResolveEnd(time);
        var outDir = Path.GetFullPath(options.OutDir);
        Directory.CreateDirectory(outDir);
        var dataDir = Path.Combine(outDir, "data");
        var dbPath = Path.Combine(outDir, "aistats.duckdb");
        foreach (var stale in new[] { dbPath, dbPath + ".wal" })
        {
            File.Delete(stale);
        }

        if (Directory.Exists(Path.Combine(outDir, "archive")))
        {
            Directory.Delete(Path.Combine(outDir, "archive"), recursive: true);
        }

        var sw = Stopwatch.StartNew();
        progress?.Report(new DemoStep("generate", 0, 1));
        var data = SyntheticGenerator.Generate(new GeneratorOptions(options.Enterprises, options.Months, end, options.Seed), dataDir, reference);
        progress?.Report(new DemoStep("generate", 1, 1));
        timings["generate"] = Lap(sw);

        var warehouse = StatsWarehouse.Open(dbPath);
        using var open = warehouse.KeepOpen();
        var ingest = new IngestService(warehouse, reference, time, IngestOptions.ForDatabase(dbPath));
        var reportDir = Path.Combine(outDir, "validation");
        var uploads = new List<IngestResult>();
        var files = new List<(string Kind, string Path, string Role, string Actor)>
        {
            ("register", data.RegisterPath, "statistician", "demo"),
        };
        files.AddRange(data.MemberRosterPaths.Select(p => ("member-roster", p, "association", Path.GetFileNameWithoutExtension(p))));
        files.AddRange(data.ReportPaths.Select(p => ("monthly-report", p, "statistician", "demo")));
        files.AddRange(data.ParkReportPaths.Select(p => ("park-report", p, "statistician", "demo")));
        for (var i = 0; i < files.Count; i++)
        {
            var f = files[i];
            var fileWatch = Stopwatch.StartNew();
            uploads.Add(ingest.Ingest(new IngestRequest(f.Kind, f.Path, f.Role, f.Actor, reportDir)));
            stages["ingest." + f.Kind] = stages.GetValueOrDefault("ingest." + f.Kind) + fileWatch.Elapsed;
            progress?.Report(new DemoStep("ingest", i + 1, files.Count));
        }

        warehouse.Checkpoint();
        timings["ingest"] = Lap(sw);

        progress?.Report(new DemoStep("classify", 0, 1));
        var classifier = new Classifier(ClassificationStandard.LoadEmbedded());
        var classification = new ClassificationStore(warehouse).Reclassify(classifier, time.GetUtcNow(), onlyChanged: true);
        ClassificationExport.WriteCurrent(warehouse, Path.Combine(outDir, "classified.csv"));
        progress?.Report(new DemoStep("classify", 1, 1));
        timings["classify"] = Lap(sw);

        // Close every generated month (the trend charts plot every closed month), oldest first, each close building on the
        // one before (imputation bases). Park scores are stored for the months of the park score trend only; the latest
        // month is released into outDir.
        var closer = new PeriodCloser(warehouse, reference, time);
        var closeMonths = options.MonthsClosed;
        var parkOptions = new ParkIndexOptions(Clock: time);
        CloseResult? latest = null;
        var parkTime = TimeSpan.Zero;
        for (var k = closeMonths - 1; k >= 0; k--)
        {
            latest = closer.Close(end.AddMonths(-k), CloseSettings.Default);
            foreach (var (stage, t) in latest.Timings)
            {
                stages["close." + stage] = stages.GetValueOrDefault("close." + stage) + t;
            }

            if (k > 0 && k < parkOptions.TrendPeriods)
            {
                var parkWatch = Stopwatch.StartNew();
                ParkIndexRunner.Run(warehouse, reference, latest.Period, latest.VintageId, parkOptions);
                parkTime += parkWatch.Elapsed;
            }

            progress?.Report(new DemoStep("close", closeMonths - k, closeMonths));
        }

        timings["close"] = Lap(sw) - parkTime;
        timings["parks"] = parkTime;
        progress?.Report(new DemoStep("parks", 1, 1));

        progress?.Report(new DemoStep("outputs", 0, 1));
        var release = new PeriodRelease(warehouse, reference, time).Release(latest!, outDir);
        ContractView.Link(release);
        progress?.Report(new DemoStep("outputs", 1, 1));
        timings["outputs"] = Lap(sw);

        return new DemoResult(outDir, dbPath, end, data, uploads, classification, latest!, release, timings)
        {
            Stages = stages,
            Closes = closeMonths,
        };
    }

    private static TimeSpan Lap(Stopwatch sw)
    {
        var t = sw.Elapsed;
        sw.Restart();
        return t;
    }
}
