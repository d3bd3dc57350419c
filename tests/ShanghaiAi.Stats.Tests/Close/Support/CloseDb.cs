using DuckDB.NET.Data;
using Microsoft.Extensions.Time.Testing;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.ParkIndex;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Close.Support;

/// <summary>A real warehouse file in a temp folder, filled directly with register, classification and report rows.</summary>
public sealed class CloseDb : IDisposable
{
    private static readonly DateTime Loaded = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public CloseDb()
    {
        Dir = Path.Combine(Path.GetTempPath(), "aistats-close-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Dir);
        Warehouse = StatsWarehouse.Open(Path.Combine(Dir, "w.duckdb"));
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 10, 15, 8, 0, 0, TimeSpan.Zero));
    }

    public string Dir { get; }

    public StatsWarehouse Warehouse { get; }

    public FakeTimeProvider Time { get; }

    public PeriodCloser Closer => new(Warehouse, ReferenceData.Embedded, Time);

    public string Out(string name) => Path.Combine(Dir, name);

    /// <summary>Few Monte Carlo runs of the park index: these releases test the files, not the index.</summary>
    public static ReleaseOptions FastRelease { get; } = new(Parks: new ParkIndexOptions(Runs: 50));

    private readonly Dictionary<string, ReleaseResult> _released = new(StringComparer.Ordinal);

    public CloseResult Close(string period, CloseSettings? settings = null)
    {
        Time.Advance(TimeSpan.FromHours(1));
        return Closer.Close(Period.Parse(period), settings ?? CloseSettings.Default);
    }

    /// <summary>The release of a close (written once per vintage, into its own folder).</summary>
    public ReleaseResult Released(CloseResult close)
    {
        if (!_released.TryGetValue(close.VintageId, out var r))
        {
            r = new PeriodRelease(Warehouse, ReferenceData.Embedded, Time).Release(close, Out("release-" + close.VintageId), FastRelease);
            _released[close.VintageId] = r;
        }

        return r;
    }

    /// <summary>The path of one file of the release of a close, e.g. <c>indicators-public.csv</c>.</summary>
    public string PathOf(CloseResult close, string name) => Released(close).PathOf(name);

    /// <summary>Adds an enterprise to the register and classifies it (category "00" = out of scope).</summary>
    public CloseDb Enterprise(string uscc, string category = "0101", string district = "310101", string? park = null,
        string? size = "规上", bool ai = true, DateOnly? registeredOn = null)
    {
        Warehouse.Write(c =>
        {
            using (var a = c.CreateAppender("register"))
            {
                a.CreateRow().AppendValue(uscc).AppendValue("企业" + uscc).AppendValue(district).AppendValue(park).AppendValue("6511")
                    .AppendValue("人工智能").AppendValue("模型").AppendValue(registeredOn ?? new DateOnly(2015, 1, 1)).AppendValue(size)
                    .AppendValue("demo").AppendValue((string?)null).AppendValue(Loaded).AppendValue((DateTime?)null).EndRow();
            }

            using (var a = c.CreateAppender("classifications"))
            {
                a.CreateRow().AppendValue(uscc).AppendValue("2025").AppendValue(category).AppendValue(category == "00" ? "00" : category[..2])
                    .AppendValue((string?)null).AppendValue("class").AppendValue(ai).AppendValue(1.0).AppendValue(false).AppendValue("test")
                    .AppendValue(Loaded).AppendValue((DateTime?)null).EndRow();
            }
        });

        return this;
    }

    /// <summary>A monthly report with simple derived columns: ai_revenue = revenue / 2 (all software), profit = revenue / 10,
    /// rd = revenue / 20, and the same shares of the 上年同期.</summary>
    public CloseDb Report(string uscc, string period, decimal revenue, decimal? revenuePrev = 0m, int employees = 10, int rdStaff = 2)
        => Report(new TestReport(uscc, period, revenue, revenue / 2, revenue / 2, 0m, 0m, revenue / 10, revenue / 20,
            revenuePrev, revenuePrev / 2, revenuePrev / 10, revenuePrev / 20, employees, rdStaff, 1, 1m));

    public CloseDb Report(TestReport r)
    {
        Warehouse.Write(c => Append(c, r));
        return this;
    }

    private void Append(DuckDBConnection c, TestReport r)
    {
        var p = Period.Parse(r.Period);
        int revision;
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT count(*) FROM reports WHERE uscc = $1 AND period = $2";
            cmd.Parameters.Add(new DuckDBParameter(r.Uscc));
            cmd.Parameters.Add(new DuckDBParameter(p.FirstDay.ToDateTime(TimeOnly.MinValue)));
            revision = 1 + Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        var at = Time.GetUtcNow().UtcDateTime;
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "UPDATE reports SET superseded_at = $3 WHERE uscc = $1 AND period = $2 AND superseded_at IS NULL";
            cmd.Parameters.Add(new DuckDBParameter(r.Uscc));
            cmd.Parameters.Add(new DuckDBParameter(p.FirstDay.ToDateTime(TimeOnly.MinValue)));
            cmd.Parameters.Add(new DuckDBParameter(at));
            cmd.ExecuteNonQuery();
        }

        using var a = c.CreateAppender("reports");
        a.CreateRow().AppendValue(r.Uscc).AppendValue(p.FirstDay)
            .AppendValue(r.Revenue).AppendValue(r.RevenuePrev).AppendValue(r.AiRevenue).AppendValue(r.AiRevenuePrev)
            .AppendValue(r.AiSoftware).AppendValue(r.AiServices).AppendValue(r.AiProducts)
            .AppendValue(r.Profit).AppendValue(r.ProfitPrev).AppendValue(r.RdExpense).AppendValue(r.RdExpensePrev)
            .AppendValue(r.Employees).AppendValue(r.RdStaff).AppendValue(r.AiPatents).AppendValue(r.ComputeUsed)
            .AppendValue("U-TEST").AppendValue(1).AppendValue(at).AppendValue(revision).AppendValue((DateTime?)null).EndRow();
    }

    public decimal ScalarDecimal(string sql)
    {
        using var c = Warehouse.OpenRead();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        var v = cmd.ExecuteScalar();
        return v is null or DBNull ? 0m : Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, true);
        }
        catch (IOException)
        {
        }
    }
}
