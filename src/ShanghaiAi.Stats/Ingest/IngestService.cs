using System.Security.Cryptography;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// The one entry point of ingestion: archive the raw file under its SHA-256, replay an earlier result for the same
/// file, read and validate it, load the accepted rows atomically (one DuckDB transaction), and write the validation
/// report (JSON + XLSX). A file that cannot be used throws <see cref="StatsException"/> and is recorded as
/// <c>rejected-file</c> with its archive kept.
/// </summary>
public sealed class IngestService(StatsWarehouse warehouse, ReferenceData reference, TimeProvider time, IngestOptions options)
{
    /// <summary>Where the time goes, stage by stage (optional; <c>--verbose</c>).</summary>
    public IngestStages? Stages { get; init; }

    public IngestResult Ingest(IngestRequest request)
    {
        Guard.NotNull(request);
        var kind = IngestKinds.Parse(request.Kind);
        var fileName = Path.GetFileName(request.FilePath);

        // Authority first: a caller who may not send this kind, or whose scope is unknown, is refused before its file
        // is archived or recorded (AUTH-F01, AUTH-F02); the rows of an allowed upload are checked in the kind's loader.
        var permit = Authority.MayUpload(request.Caller, kind, reference);
        if (permit.Refusal is { } no)
        {
            throw FileRejection.Create(fileName, no.RuleId, no.En, no.Zh);
        }

        if (!File.Exists(request.FilePath))
        {
            throw new StatsException($"{request.FilePath}: file not found");
        }

        request = request with { Kind = kind, Role = Caller.Name(permit.Caller.Role), Actor = permit.Caller.Scope ?? request.Actor.Trim() };

        // The file is archived once the warehouse is ours: an upload that could not get it leaves nothing behind.
        return warehouse.Write(c =>
        {
            Stages?.Mark("warehouse write connection");
            var (sha, archivePath, length) = Archive(request.FilePath);
            Stages?.Mark("archive (copy + SHA-256)");
            return IngestLocked(c, request, permit, fileName, sha, archivePath, length);
        });
    }

    /// <summary>Runs an upload again from its archived copy (after a crash, or to re-validate).</summary>
    public IngestResult Rerun(string uploadId)
    {
        var (kind, role, actor, archive, fileName) = warehouse.Read(c => UploadStore.Find(c, uploadId))
            ?? throw new StatsException($"upload '{uploadId}': not found");

        // The archived copy under its original name, so reports and messages name the file the person sent.
        var dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "aistats-rerun-" + uploadId);
        Directory.CreateDirectory(dir);
        var copy = System.IO.Path.Combine(dir, fileName);
        File.Copy(archive, copy, overwrite: true);
        try
        {
            return Ingest(new IngestRequest(kind, copy, role, actor));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Copies the raw file, unchanged, to <c>archive/ab/abcdef…{ext}</c> before anything else happens (hashing
    /// while copying: one read of the file).</summary>
    private (string Sha, string Path, long Length) Archive(string path)
    {
        Directory.CreateDirectory(options.ArchiveDir);
        var tmp = System.IO.Path.Combine(options.ArchiveDir, "incoming-" + Guid.NewGuid().ToString("N") + ".part");
        string sha;
        long length;
        try
        {
            using (var input = File.OpenRead(path))
            using (var output = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[1 << 20];
                int n;
                while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
                {
                    hash.AppendData(buffer, 0, n);
                    output.Write(buffer, 0, n);
                }

                length = input.Length;
                sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            var dir = System.IO.Path.Combine(options.ArchiveDir, sha[..2]);
            Directory.CreateDirectory(dir);
            var target = System.IO.Path.Combine(dir, sha + System.IO.Path.GetExtension(path).ToLowerInvariant());
            if (!File.Exists(target))
            {
                File.Move(tmp, target, overwrite: true);
            }

            return (sha, target, length);
        }
        finally
        {
            if (File.Exists(tmp))
            {
                File.Delete(tmp);
            }
        }
    }

    private IngestResult IngestLocked(DuckDBConnection c, IngestRequest request, UploadPermit permit, string fileName, string sha, string archivePath, long length)
    {
        // Idempotent per row, not per file: the same bytes are read again whenever the earlier result could differ (rows
        // were rejected, e.g. before the register held them; the file was refused, e.g. for a wrong sheet), and only
        // rows that differ from the stored ones become revisions. A file loaded with no row rejected answers from its
        // earlier result: reading it again would change nothing (its duplicates are the file's own).
        var reportDir = request.ReportDir ?? options.ReportDir;
        Directory.CreateDirectory(reportDir);
        ReportFiles.Repair(c, reportDir);
        var prior = UploadStore.Latest(c, sha, request.Kind, request.Actor);
        Stages?.Mark("earlier upload of the same file");
        if (prior is { Status: "loaded", Rejected: 0 })
        {
            var replay = UploadReplay.Of(prior);
            Stages?.Mark("replay");
            return replay;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var retry = prior is { Status: not "loaded" };
        var uploadId = retry ? prior!.UploadId : UploadStore.NewId(c, sha);
        UploadStore.Received(c, retry, uploadId, sha, request.Kind, request.Role, request.Actor, fileName, archivePath, now);
        var jsonPath = System.IO.Path.Combine(reportDir, uploadId + ".validation.json");
        var xlsxPath = System.IO.Path.Combine(reportDir, uploadId + ".validation.xlsx");
        var meta = new UploadMeta(uploadId, request.Kind, fileName, sha, archivePath, now, request.Role, request.Actor, jsonPath, xlsxPath);
        string? format = null;
        try
        {
            if (length > options.MaxFileBytes)
            {
                throw FileRejection.Create(fileName, "FILE-F02", $"{length} bytes; expected at most {options.MaxFileBytes} bytes",
                    $"{length}字节；应不超过{options.MaxFileBytes}字节");
            }

            using var file = UploadFile.OpenPath(fileName, archivePath, request.Kind, request.Sheet, options);
            format = file.Format;
            using var log = new ValidationLog(fileName, file.Header, KindSchema.For(request.Kind), options.MaxIssues, options.SpillIssuesAboveBytes);
            log.HeaderNotes();
            var ctx = new IngestContext
            {
                Connection = c, File = file, Log = log, Request = request, UploadId = uploadId, Now = now,
                Reference = reference, Options = options, FileName = fileName, Permit = permit, Stages = Stages,
            };

            // Monthly reports are validated into a connection-local temp table before the transaction opens (see
            // MonthlyReportIngest); nothing reaches a stored table outside it.
            Stages?.Mark("open file, header");
            var staged = request.Kind == IngestKinds.MonthlyReport ? MonthlyReportIngest.Stage(ctx) : null;
            Stages?.Mark("stage (monthly: duplicates, unchanged)");
            using var tx = c.BeginTransaction();
            switch (request.Kind)
            {
                case IngestKinds.MonthlyReport:
                    MonthlyReportIngest.Load(ctx, staged!);
                    break;
                case IngestKinds.ParkReport:
                    ParkReportIngest.Run(ctx);
                    break;
                default:
                    RegisterIngest.Run(ctx);
                    break;
            }

            Stages?.Mark("load (transaction; monthly: history edits)");
            if (ctx.DataRows == 0)
            {
                throw FileRejection.Create(fileName, "FILE-F08", $"header in row {file.Header.HeaderRow} but no data rows below it; expected at least one data row",
                    $"第{file.Header.HeaderRow}行为表头，但其下没有数据行；应至少有一行数据");
            }

            var result = Summarise(meta, ctx, log, options.ResultIssues);
            var json = ValidationReportJson.Write(meta, file.Describe(), file.Header, log, result, null);
            Stages?.Mark("JSON report");
            XlsxReportWriter.Write(ReportFiles.PartOf(xlsxPath), file, log, ctx.DataRows, options.XlsxReportAllRowsLimit, result, ctx.Offsets);
            Stages?.Mark("XLSX report");
            UploadStore.Loaded(c, result.UploadId, result.DataRows, result.Accepted, result.Rejected, result.Duplicates, json);
            FaultInjection.At("before-commit");
            tx.Commit();
            FaultInjection.At("after-commit");
            ReportFiles.Publish(jsonPath, xlsxPath);
            Stages?.Mark("record, commit, publish");
            return result;
        }
        catch (StatsException e) when (FileRejection.RuleOf(e) is not null)
        {
            var json = ValidationReportJson.Write(meta, null, null, null, null, e);
            UploadStore.Status(c, uploadId, "rejected-file", json);
            ReportFiles.Publish(jsonPath, null);
            throw;
        }
        catch (Exception e) when (format is not null && e is System.Xml.XmlException or InvalidDataException)
        {
            // The file broke further down than its header (a damaged XLSX sheet, a truncated stream): the whole file is
            // rejected, and nothing of it was loaded (the load's transaction was never committed).
            var rejection = UploadFile.Unreadable(fileName, format, e);
            var json = ValidationReportJson.Write(meta, null, null, null, null, rejection);
            UploadStore.Status(c, uploadId, "rejected-file", json);
            ReportFiles.Publish(jsonPath, null);
            throw rejection;
        }
        catch (Exception)
        {
            UploadStore.Status(c, uploadId, "failed", null);
            throw;
        }
    }

    private static IngestResult Summarise(UploadMeta meta, IngestContext ctx, ValidationLog log, int resultIssues)
    {
        int rejected = 0, duplicates = 0;
        foreach (var row in log.Rows.Rows())
        {
            switch (RowMarks.Status(log.Rows.Of(row)))
            {
                case RowStatus.Rejected:
                    rejected++;
                    break;
                case RowStatus.Duplicate:
                    duplicates++;
                    break;
            }
        }

        var accepted = ctx.DataRows - rejected - duplicates;
        var issues = log.InRowOrder().Select(e => e.Issue!).Take(resultIssues).ToList();
        // When the issues handed back are not all of them, the rows outside authority are handed back apart.
        return new IngestResult(meta.UploadId, meta.Kind, meta.FileName, meta.Sha256, ctx.DataRows, accepted, rejected, duplicates, log.Warnings(),
            false, meta.JsonPath, meta.XlsxPath, issues, ctx.Unchanged, issues.Count < log.Listed ? [.. log.OutsideAuthority()] : null);
    }
}
