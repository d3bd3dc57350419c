using DuckDB.NET.Data;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Support;

/// <summary>
/// The tests' one warehouse builder: a real DuckDB warehouse file in a temp folder (migrated as in production), seeded
/// row by row through typed methods (register, classifications, monthly and park reports, vintages and their cells)
/// that name their columns, so a column added by a migration does not break them. Stage-specific beds (CloseDb,
/// ParkIndexWarehouseData) are built on it.
/// </summary>
public sealed class SeededWarehouse : IDisposable
{
    private static readonly DateTime Loaded = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public SeededWarehouse(string prefix = "aistats-wh-")
    {
        Dir = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Dir);
        Warehouse = StatsWarehouse.Open(Path.Combine(Dir, "w.duckdb"));
    }

    public StatsWarehouse Warehouse { get; }

    public string Dir { get; }

    /// <summary>A register row (<c>source</c> 'test', valid from 2026-01-01).</summary>
    public void Register(string uscc, string name, string? industry, string? scope, string? products = null, DateTime? validTo = null,
        string? park = null, string? size = null, DateTime? validFrom = null)
        => Exec("""
            INSERT INTO register (uscc, name, industry_code, business_scope, main_products, park_id, size_class, source, valid_from, valid_to)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'test', ?, ?)
            """, uscc, name, industry, scope, products, park, size, validFrom ?? Loaded, validTo);

    /// <summary>A classification row (edition 2025; category "00" = out of scope).</summary>
    public void Classification(string uscc, string category, bool ai = true, string basis = "class")
        => Warehouse.Write(c => Classify(c, uscc, category, ai, basis));

    /// <summary>An enterprise of the register in a district (and park), with its classification.</summary>
    public void Enterprise(string uscc, string category = "0101", string district = "310101", string? park = null,
        string? size = "规上", bool ai = true, DateOnly? registeredOn = null)
        => Warehouse.Write(c =>
        {
            Run(c, """
                INSERT INTO register (uscc, name, district_code, park_id, industry_code, business_scope, main_products, registered_on, size_class, source, valid_from, valid_to)
                VALUES (?, ?, ?, ?, '6511', '人工智能', '模型', ?, ?, 'demo', ?, NULL)
                """, uscc, "企业" + uscc, district, park, registeredOn ?? new DateOnly(2015, 1, 1), size, Loaded);
            Classify(c, uscc, category, ai, "class");
        });

    /// <summary>A minimal monthly report (revenue and AI revenue year to date).</summary>
    public void Report(string uscc, DateTime period, decimal revenue, decimal aiRevenue, int revision = 1, DateTime? supersededAt = null)
        => Exec("INSERT INTO reports (uscc, period, revenue_ytd, ai_revenue_ytd, upload_id, received_at, revision, superseded_at) VALUES (?, ?, ?, ?, 'U1', TIMESTAMP '2026-10-01', ?, ?)",
            uscc, DateOnly.FromDateTime(period), revenue, aiRevenue, revision, supersededAt);

    /// <summary>A full monthly report received at <paramref name="at"/>: it supersedes the enterprise's current report of the
    /// period, as a revision does.</summary>
    public void Report(TestReport r, DateTime at)
    {
        var p = ShanghaiAi.Stats.Common.Period.Parse(r.Period).FirstDay;
        Warehouse.Write(c =>
        {
            var revision = 1 + Convert.ToInt32(Scalar(c, "SELECT count(*) FROM reports WHERE uscc = ? AND period = ?", r.Uscc, p),
                System.Globalization.CultureInfo.InvariantCulture);
            Run(c, "UPDATE reports SET superseded_at = ? WHERE uscc = ? AND period = ? AND superseded_at IS NULL", at, r.Uscc, p);
            Run(c, """
                INSERT INTO reports (uscc, period, revenue_ytd, revenue_ytd_prev, ai_revenue_ytd, ai_revenue_ytd_prev, ai_software_ytd,
                    ai_services_ytd, ai_products_ytd, profit_ytd, profit_ytd_prev, rd_expense_ytd, rd_expense_ytd_prev, employees_end,
                    rd_staff_end, ai_patents_ytd, compute_used_ytd, upload_id, source_row, received_at, revision, superseded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'U-TEST', 1, ?, ?, NULL)
                """, r.Uscc, p, r.Revenue, r.RevenuePrev, r.AiRevenue, r.AiRevenuePrev, r.AiSoftware, r.AiServices, r.AiProducts,
                r.Profit, r.ProfitPrev, r.RdExpense, r.RdExpensePrev, r.Employees, r.RdStaff, r.AiPatents, r.ComputeUsed, at, revision);
        });
    }

    public void ParkReport(TestParkReport r)
        => Exec("""
            INSERT INTO park_reports (park_id, period, compute_capacity_pflops, public_compute_sme_share, open_datasets, scenarios_opened,
                demonstration_projects, financing_raised, incubator_area, talent_services, ip_services, rent_relief, pue, ethics_review,
                upload_id, received_at, revision, superseded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, r.ParkId, r.Period, r.ComputeCapacity, r.PublicComputeSmeShare, r.OpenDatasets, r.ScenariosOpened, r.DemonstrationProjects,
            r.FinancingRaised, r.IncubatorArea, r.TalentServices, r.IpServices, r.RentRelief, r.Pue, r.EthicsReview, r.UploadId,
            r.ReceivedAt, r.Revision, r.SupersededAt);

    /// <summary>A vintage row (settings '{}', no summary).</summary>
    public void Vintage(string vintageId, DateOnly period, int sequence, DateTime createdAt)
        => Exec("INSERT INTO vintages (vintage_id, period, sequence, created_at, settings_json, summary_json) VALUES (?, ?, ?, ?, '{}', NULL)",
            vintageId, period, sequence, createdAt);

    public void Cell(TestCell c)
        => Exec("""
            INSERT INTO indicator_cells (vintage_id, period, indicator_code, breakdown, breakdown_code, value, value_ytd, value_ytd_prev,
                yoy_pct, unit, contributors, obs_status, conf_status)
            VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)
            """, c.VintageId, c.Period, c.Indicator, c.Breakdown, c.BreakdownCode, c.Value, c.ValueYtd, c.YoyPct, c.Unit, c.Contributors,
            c.ObsStatus, c.ConfStatus);

    public List<object?[]> Query(string sql)
    {
        using var c = Warehouse.OpenRead();
        return Query(c, sql);
    }

    /// <summary>The rows of <paramref name="sql"/> on an open connection (inside its transaction), NULL as null.</summary>
    public static List<object?[]> Query(DuckDB.NET.Data.DuckDBConnection c, string sql)
    {
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

    public T Scalar<T>(string sql) => Warehouse.Scalar<T>(sql)!;

    /// <summary>A statement with positional parameters (<c>?</c>), for the few edits a test makes after seeding.</summary>
    public void Exec(string sql, params object?[] args) => Warehouse.Write(c => Run(c, sql, args));

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

    private static void Classify(DuckDBConnection c, string uscc, string category, bool ai, string basis)
        => Run(c, """
            INSERT INTO classifications (uscc, edition, category, category_l1, scope_basis, ai_enterprise, confidence, review, evidence, classified_at, valid_to)
            VALUES (?, '2025', ?, ?, ?, ?, 1.0, false, 'test', ?, NULL)
            """, uscc, category, category == "00" ? "00" : category[..2], basis, ai, Loaded);

    private static void Run(DuckDBConnection c, string sql, params object?[] args)
    {
        using var cmd = Command(c, sql, args);
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(DuckDBConnection c, string sql, params object?[] args)
    {
        using var cmd = Command(c, sql, args);
        return cmd.ExecuteScalar();
    }

    private static DuckDBCommand Command(DuckDBConnection c, string sql, object?[] args)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var a in args)
        {
            cmd.Parameters.Add(new DuckDBParameter(a ?? DBNull.Value));
        }

        return cmd;
    }
}
