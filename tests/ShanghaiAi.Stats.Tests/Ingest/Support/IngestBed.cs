using Microsoft.Extensions.Time.Testing;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Tests.Ingest.Support;

/// <summary>A fresh warehouse in a temp folder with an ingest service whose clock reads 2026-11-15 (current month 2026-11).</summary>
public sealed class IngestBed : IDisposable
{
    public IngestBed(Func<IngestOptions, IngestOptions>? configure = null)
    {
        Dir = Path.Combine(Path.GetTempPath(), "aistats-ingest-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Dir);
        DbPath = Path.Combine(Dir, "aistats.duckdb");
        Warehouse = Stats.Warehouse.Warehouse.Open(DbPath);
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 15, 8, 0, 0, TimeSpan.Zero));
        var options = IngestOptions.ForDatabase(DbPath);
        Options = configure is null ? options : configure(options);
        Service = new IngestService(Warehouse, ReferenceData.Embedded, Time, Options);
        SeedService = new IngestService(Warehouse, ReferenceData.Embedded, Time, options);
    }

    /// <summary>A service with the default limits (seeding is not subject to a case's tight limits).</summary>
    public IngestService SeedService { get; }

    public string Dir { get; }

    public string DbPath { get; }

    public Stats.Warehouse.Warehouse Warehouse { get; }

    public FakeTimeProvider Time { get; }

    public IngestOptions Options { get; }

    public IngestService Service { get; }

    public IngestResult Ingest(string kind, string path, string role = "statistician", string actor = "local", string? sheet = null)
        => Service.Ingest(new IngestRequest(kind, path, role, actor, null, sheet));

    /// <summary>Loads Corpus/register-base.csv: six enterprises (Some.Uscc(1..6)) in 310115.</summary>
    public IngestResult SeedRegister() => SeedService.Ingest(new IngestRequest(IngestKinds.Register, Corpus.PathOf("register-base.csv")));

    /// <summary>Writes a file into the bed's folder and returns its path.</summary>
    public string Write(string name, string text, System.Text.Encoding? encoding = null)
    {
        var path = Path.Combine(Dir, name);
        File.WriteAllText(path, text, encoding ?? new System.Text.UTF8Encoding(false));
        return path;
    }

    public T Scalar<T>(string sql) => Warehouse.Scalar<T>(sql)!;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
