using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>
/// The baseline process of <see cref="IngestCliBenchmark"/>: <c>bareload FILE monthly|register DB</c> does nothing but
/// DuckDB <c>read_csv</c> of the file with explicit types (DECIMAL money, INTEGER counts, DATE) into a table of a new
/// database file: what loading the same bytes costs with no validation, history or report.
/// </summary>
public static class BareLoadBenchmark
{
    private const string Money = "DECIMAL(18,2)";

    public static void Run(string[] args)
    {
        var (file, kind, db) = (args[0], args[1], args[2]);
        var columns = kind switch
        {
            "monthly" => "{'uscc':'VARCHAR','period':'VARCHAR','revenue_ytd':'M','revenue_ytd_prev':'M','ai_revenue_ytd':'M','ai_revenue_ytd_prev':'M','ai_software_ytd':'M','ai_services_ytd':'M','ai_products_ytd':'M','profit_ytd':'M','profit_ytd_prev':'M','rd_expense_ytd':'M','rd_expense_ytd_prev':'M','employees_end':'INTEGER','rd_staff_end':'INTEGER','ai_patents_ytd':'INTEGER','compute_used_ytd':'M'}".Replace("'M'", $"'{Money}'", StringComparison.Ordinal),
            "register" => "{'uscc':'VARCHAR','name':'VARCHAR','district_code':'VARCHAR','park_id':'VARCHAR','industry_code':'VARCHAR','business_scope':'VARCHAR','main_products':'VARCHAR','registered_on':'DATE','size_class':'VARCHAR'}",
            _ => throw new ArgumentException($"kind {kind}: expected monthly or register"),
        };
        var sw = Stopwatch.StartNew();
        using var c = new DuckDBConnection($"Data Source={db}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"CREATE TABLE loaded AS SELECT * FROM read_csv('{file.Replace("'", "''", StringComparison.Ordinal)}', header = true, columns = {columns})";
        cmd.ExecuteNonQuery();
        cmd.CommandText = "SELECT count(*) FROM loaded";
        var rows = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bare read_csv: {rows} rows in {sw.Elapsed.TotalSeconds:F2} s"));
    }
}
