using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.ParkIndex;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// The one release stage: given a stored vintage, writes every output of it once, into <c>public/</c> and
/// <c>internal/</c> (<see cref="ReleaseLayout"/>) under the output folder. <c>aistats close</c>, <c>parks</c>,
/// <c>export</c>, <c>demo</c> and the functions app all call it, so the same vintage released twice gives the same
/// files under the same names, byte for byte. A release is atomic: it is written into a staging folder, the public
/// part is checked (<see cref="PublicPartCheck"/>), both parts are moved in place, and only then the vintage is
/// recorded as released (<see cref="VintageStore.MarkReleased"/>). A release that did not finish leaves the vintage
/// unreleased; releasing it again completes it.
/// </summary>
public sealed class PeriodRelease(StatsWarehouse warehouse, ReferenceData reference, TimeProvider time)
{
    /// <summary>How many months (the vintage's and the earlier ones) feed the dashboard's tables and the Parquet lake (the
    /// charts plot every closed month: <see cref="ReleaseContent.ChartCells"/>).</summary>
    public const int TrendMonths = 12;

    /// <summary>Releases the vintage a close just stored.</summary>
    public ReleaseResult Release(CloseResult close, string outDir, ReleaseOptions? options = null)
        => Release(Guard.NotNull(close).VintageId, outDir, options);

    /// <summary>Releases a stored vintage (a new one, or an earlier one again) into <paramref name="outDir"/>.</summary>
    public ReleaseResult Release(string vintageId, string outDir, ReleaseOptions? options = null)
    {
        Guard.NotEmpty(outDir);
        options ??= ReleaseOptions.Default;
        var content = Read(VintageStore.Get(warehouse, vintageId), options);
        var root = Path.GetFullPath(outDir);
        var staging = ReleaseLayout.Staging(root, content.VintageId);
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        var written = new ReleaseFiles(staging);
        WriteInternal(content, written.Part(ReleaseLayout.Internal), written);
        WritePublic(content, written.Part(ReleaseLayout.Public), written, options);
        var (codes, names) = EnterpriseIdentities.Read(warehouse);
        try
        {
            PublicPartCheck.Verify(written.Part(ReleaseLayout.Public), new PublicPartCheck.Forbidden(codes, names, content.Cells, [.. content.Trend, .. content.ChartCells]),
                content.VintageId);
        }
        catch (StatsException)
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }

        MoveInPlace(staging, root);
        VintageStore.MarkReleased(warehouse, content.VintageId, time.GetUtcNow());
        return new ReleaseResult(content.VintageId, content.Period, root, content.IsPublic, written.Of(ReleaseLayout.Public),
            written.Of(ReleaseLayout.Internal), content.Parks);
    }

    /// <summary>Reads everything the release is written from, once.</summary>
    private ReleaseContent Read(VintageInfo vintage, ReleaseOptions options)
    {
        var cells = VintageStore.Cells(warehouse, vintage.VintageId);
        var earlier = VintageStore.LatestCellsBetween(warehouse, vintage.Period.AddMonths(1 - TrendMonths), vintage.Period);
        var first = VintageStore.First(warehouse, vintage.Period) is { } f && f.VintageId != vintage.VintageId
            ? VintageStore.Cells(warehouse, f.VintageId)
            : cells;
        var parks = ParkIndexRunner.Run(warehouse, reference, vintage.Period, vintage.VintageId,
            (options.Parks ?? new ParkIndexOptions()) with { Clock = time });
        var isPublic = cells.Any(PublicCell.IsPublishable);
        var series = VintageStore.LatestTotalsBefore(warehouse, vintage.Period);
        return new ReleaseContent(vintage, cells, [.. earlier, .. cells], first, parks, new ClassificationStore(warehouse).ReviewQueue(), isPublic,
            [.. series, .. cells]);
    }

    /// <summary>The statistician's part: internal values, contributors, revisions in clear, the review queue.</summary>
    private void WriteInternal(ReleaseContent r, string dir, ReleaseFiles files)
    {
        files.Write("indicators.csv", p => IndicatorTableWriter.WriteCsv(r.Cells, p, isPublic: false), dir);
        files.Write("indicators.parquet", p => ParquetIndicatorWriter.Write(r.Cells, p, isPublic: false), dir);
        files.Write("revisions.csv", p => RevisionTable.Write(r.FirstCells, r.Cells, p), dir);
        files.Write("close-summary.json", p => File.WriteAllText(p, r.Vintage.SummaryJson ?? "{}"), dir);
        files.Write(ReviewQueueFile.Name, p => ReviewQueueFile.Write(r.Review, p), dir);
        files.Write(ReturnWorkbookWriter.FileName(r.Period, false), p => WriteReturn(r, p, isPublic: false), dir);
        if (!r.IsPublic)
        {
            WriteParkIndex(r, dir, files);
        }
    }

    /// <summary>
    /// The public part: disclosure-safe only. Every writer of the public part is listed here, in order; a new public
    /// output (e.g. datapackage.json, a Parquet lake, an SDMX structure) is one more line here or an
    /// <see cref="IReleaseWriter"/> in <see cref="ReleaseOptions.PublicWriters"/>.
    /// </summary>
    private void WritePublic(ReleaseContent r, string dir, ReleaseFiles files, ReleaseOptions options)
    {
        files.Write("indicators-public.csv", p => OpenDataWriter.WriteCsv(r.Cells, p), dir);
        files.Write("indicators-public.parquet", p => ParquetIndicatorWriter.Write(r.Cells, p), dir);
        if (!r.IsPublic)
        {
            return;
        }

        files.Write("indicators-public.arrow", p => ArrowIndicatorWriter.Write(r.Cells, p), dir);
        files.Write("indicators-sdmx.csv", p => OpenDataWriter.WriteSdmxCsv(r.Cells, p), dir);
        files.Written(OpenDataPackage.Write(dir, r.Trend,
            [
                new("indicators-public.csv", OpenDataFormat.IndicatorCsv), new("indicators-public.parquet", OpenDataFormat.IndicatorParquet),
                new("indicators-public.arrow", OpenDataFormat.IndicatorArrow), new("indicators-sdmx.csv", OpenDataFormat.SdmxCsv),
            ],
            r.VintageId, r.Period, reference).Select(f => Path.Combine(dir, f)));
        files.Write(ReturnWorkbookWriter.FileName(r.Period, true), p => WriteReturn(r, p, isPublic: true), dir);
        WriteParkIndex(r, dir, files);
        var charts = Path.Combine(dir, "charts");
        files.Written(ChartWriter.WriteAll(r.ChartCells, reference, charts));
        var parkScores = r.Parks.Scores.Select(s => new DashboardParkScore(s.ParkId,
            s.Score is { } x ? Math.Round((decimal)x, 2, MidpointRounding.AwayFromZero) : null, s.Rank, s.RankP05, s.RankP95)).ToList();
        var dashboard = DashboardWriter.Write(r.Trend, reference, r.Period, Path.Combine(dir, "dashboard"),
            new DashboardOptions(ParkScores: parkScores, ChartsDir: charts, ImputedSharePct: ImputedShares.FromSummaryJson(r.Vintage.SummaryJson)));
        files.Written(Directory.EnumerateFiles(Path.GetDirectoryName(dashboard)!, "*", SearchOption.AllDirectories));
        foreach (var writer in options.PublicWriters ?? [])
        {
            var before = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToHashSet(StringComparer.Ordinal);
            writer.Write(r, dir);
            files.Written(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Where(f => !before.Contains(f)));
        }
    }

    private void WriteParkIndex(ReleaseContent r, string dir, ReleaseFiles files)
        => files.Written(ParkIndexWriter.WriteAll(dir, r.Parks, reference).All);

    /// <summary>The monthly return with the park index sheet (园区智能化指数); its document dates are the vintage's, so a
    /// release written again is the same file.</summary>
    private void WriteReturn(ReleaseContent r, string path, bool isPublic)
    {
        var stamp = DateTime.SpecifyKind(r.Vintage.CreatedAt, DateTimeKind.Utc);
        ReturnWorkbookWriter.Write(r.Cells, reference, r.Period, path, isPublic, new ReturnOptions(
            AddSheets: wb =>
            {
                ParkScoreWorkbook.AddSheet(wb, r.Parks.Sheet);
                wb.Properties.Created = stamp;
                wb.Properties.Modified = stamp;
            },
            ImputedSharePct: ImputedShares.FromSummaryJson(r.Vintage.SummaryJson)));
        DeterministicZip.Normalise(path, stamp);
    }

    /// <summary>Moves the two parts of the staging folder in place of the previous ones, then removes the staging folder.</summary>
    private static void MoveInPlace(string staging, string root)
    {
        foreach (var part in new[] { ReleaseLayout.Internal, ReleaseLayout.Public })
        {
            var target = Path.Combine(root, part);
            if (Directory.Exists(target))
            {
                Directory.Move(target, Path.Combine(staging, "previous-" + part));
            }

            Directory.Move(Path.Combine(staging, part), target);
        }

        Directory.Delete(staging, recursive: true);
    }

    /// <summary>The files written into the staging folder, counted for the test-only fault hook.</summary>
    private sealed class ReleaseFiles(string staging)
    {
        private readonly List<string> _files = [];

        public string Part(string part)
        {
            var dir = Path.Combine(staging, part);
            Directory.CreateDirectory(dir);
            return dir;
        }

        public void Write(string name, Action<string> write, string dir)
        {
            var path = Path.Combine(dir, name);
            write(path);
            Written([path]);
        }

        public void Written(IEnumerable<string> paths)
        {
            foreach (var p in paths)
            {
                var rel = Path.GetRelativePath(staging, p).Replace('\\', '/');
                if (!_files.Contains(rel, StringComparer.Ordinal))
                {
                    _files.Add(rel);
                    ReleaseFaultInjection.FilesWritten(_files.Count);
                }
            }
        }

        public IReadOnlyList<string> Of(string part)
            => _files.Where(f => f.StartsWith(part + "/", StringComparison.Ordinal)).ToList();
    }
}
