using Microsoft.Extensions.Time.Testing;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Ingest.Support;

/// <summary>A fresh warehouse in a temp folder with an ingest service whose clock reads 2026-11-15 (current month 2026-11).</summary>
public sealed class IngestBed : IDisposable
{
    public IngestBed(Func<IngestOptions, IngestOptions>? configure = null)
    {
        Dir = Path.Combine(Path.GetTempPath(), "aistats-ingest-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Dir);
        DbPath = Path.Combine(Dir, "aistats.duckdb");
        Warehouse = StatsWarehouse.Open(DbPath);
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 15, 8, 0, 0, TimeSpan.Zero));
        var options = IngestOptions.ForDatabase(DbPath);
        Options = configure is null ? options : configure(options);
        Service = new IngestService(Warehouse, ReferenceData.Embedded, Time, Options);
        SeedService = new IngestService(Warehouse, ReferenceData.Embedded, Time, options);
    }

    /// <summary>A new bed with Corpus/register-base.csv loaded.</summary>
    public static IngestBed Seeded()
    {
        var bed = new IngestBed();
        bed.SeedRegister();
        return bed;
    }

    /// <summary>A service with the default limits (seeding is not subject to a case's tight limits).</summary>
    public IngestService SeedService { get; }

    public string Dir { get; }

    public string DbPath { get; }

    public StatsWarehouse Warehouse { get; }

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

    /// <summary>Every stored report, one line per row ordered by uscc and period: to compare two loads of the same data.</summary>
    public List<string> ReportRows()
    {
        using var c = Warehouse.OpenRead();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT uscc, period, revenue_ytd, revenue_ytd_prev, ai_revenue_ytd, ai_revenue_ytd_prev, ai_software_ytd, ai_services_ytd,
                   ai_products_ytd, profit_ytd, profit_ytd_prev, rd_expense_ytd, rd_expense_ytd_prev, employees_end, rd_staff_end,
                   ai_patents_ytd, compute_used_ytd
            FROM reports ORDER BY uscc, period
            """;
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
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
