using DuckDB.NET.Data;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Support;

/// <summary>A real DuckDB warehouse file in a temp folder, with helpers to seed register rows and reports.</summary>
internal sealed class SeededWarehouse : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cls-wh-" + Guid.NewGuid().ToString("N"));

    public SeededWarehouse()
    {
        Directory.CreateDirectory(_dir);
        Warehouse = StatsWarehouse.Open(Path.Combine(_dir, "warehouse.duckdb"));
    }

    public StatsWarehouse Warehouse { get; }

    public string Dir => _dir;

    public void Register(string uscc, string name, string? industry, string? scope, string? products = null, DateTime? validTo = null)
        => Exec("INSERT INTO register (uscc, name, industry_code, business_scope, main_products, source, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, 'test', TIMESTAMP '2026-01-01', ?)",
            uscc, name, industry, scope, products, validTo);

    public void Report(string uscc, DateTime period, decimal revenue, decimal aiRevenue, int revision = 1, DateTime? supersededAt = null)
        => Exec("INSERT INTO reports (uscc, period, revenue_ytd, ai_revenue_ytd, upload_id, received_at, revision, superseded_at) VALUES (?, ?, ?, ?, 'U1', TIMESTAMP '2026-10-01', ?, ?)",
            uscc, DateOnly.FromDateTime(period), revenue, aiRevenue, revision, supersededAt);

    public List<object?[]> Query(string sql)
    {
        using var c = Warehouse.OpenRead();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<object?[]>();
        while (r.Read())
        {
            var row = new object?[r.FieldCount];
            for (var i = 0; i < r.FieldCount; i++)
            {
                row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, true);
        }
        catch (IOException)
        {
        }
    }

    public void Exec(string sql, params object?[] args)
    {
        Warehouse.Write(c =>
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            foreach (var a in args)
            {
                cmd.Parameters.Add(new DuckDBParameter(a ?? DBNull.Value));
            }

            cmd.ExecuteNonQuery();
        });
    }
}
