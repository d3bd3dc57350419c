using Microsoft.Extensions.Time.Testing;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.ParkIndex;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Tests.Support;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Close.Support;

/// <summary>The shared warehouse builder (<see cref="SeededWarehouse"/>) with a clock and the close and release of its
/// periods: register, classification and report rows are seeded directly, the close is the real one.</summary>
public sealed class CloseDb : IDisposable
{
    private readonly SeededWarehouse _seed = new("aistats-close-");

    public CloseDb() => Time = new FakeTimeProvider(new DateTimeOffset(2026, 10, 15, 8, 0, 0, TimeSpan.Zero));

    public string Dir => _seed.Dir;

    public StatsWarehouse Warehouse => _seed.Warehouse;

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
        _seed.Enterprise(uscc, category, district, park, size, ai, registeredOn);
        return this;
    }

    /// <summary>A monthly report with simple derived columns: ai_revenue = revenue / 2 (all software), profit = revenue / 10,
    /// rd = revenue / 20, and the same shares of the 上年同期.</summary>
    public CloseDb Report(string uscc, string period, decimal revenue, decimal? revenuePrev = 0m, int employees = 10, int rdStaff = 2)
        => Report(new TestReport(uscc, period, revenue, revenue / 2, revenue / 2, 0m, 0m, revenue / 10, revenue / 20,
            revenuePrev, revenuePrev / 2, revenuePrev / 10, revenuePrev / 20, employees, rdStaff, 1, 1m));

    /// <summary>A report received now (the bed's clock): it supersedes the current report of the enterprise and period.</summary>
    public CloseDb Report(TestReport r)
    {
        _seed.Report(r, Time.GetUtcNow().UtcDateTime);
        return this;
    }

    public decimal ScalarDecimal(string sql)
    {
        using var c = Warehouse.OpenRead();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        var v = cmd.ExecuteScalar();
        return v is null or DBNull ? 0m : Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => _seed.Dispose();
}
