using System.Diagnostics;
using System.Globalization;
using System.Text;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>
/// Ingest benchmarks. <c>ingest [--rows N] [--roster-rows N] [--only monthly|roster]</c>
/// 1. A monthly-report CSV (default 1,000,000 rows = 100,000 enterprises x 10 months) ingested with full validation
///    into the warehouse, vs DuckDB <c>read_csv</c> with explicit types into a table (target &lt;= 3x).
/// 2. A member-roster XLSX (default 100,000 rows x 20 columns) ingested, vs a plain streaming read of the same sheet
///    with ExcelDataReader (target &lt;= 2.5x, peak memory &lt; 500 MB). The roster runs first so its peak is its own.
/// </summary>
public static class IngestBenchmark
{
    public static void Run(string[] args)
    {
        var rows = Arg(args, "--rows", 1_000_000);
        var rosterRows = Arg(args, "--roster-rows", 100_000);
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
        var dir = Path.Combine(Path.GetTempPath(), "aistats-bench-ingest-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            if (only is null or "roster")
            {
                Roster(dir, rosterRows);
            }

            if (only is null or "monthly")
            {
                Monthly(dir, rows);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Uscc(int i) => Common.Uscc.WithCheck(string.Create(CultureInfo.InvariantCulture, $"91310115{i:D9}"));

    private static IngestService Service(string db, StatsWarehouse w)
        => new(w, ReferenceData.Embedded, TimeProvider.System, IngestOptions.ForDatabase(db));

    private static void Monthly(string root, int rows)
    {
        var dir = Path.Combine(root, "monthly");
        Directory.CreateDirectory(dir);
        const int months = 10;
        var enterprises = Math.Max(1, rows / months);
        var csv = Path.Combine(dir, "monthly.csv");
        var sw = Stopwatch.StartNew();
        using (var f = new StreamWriter(csv, false, new UTF8Encoding(false), 1 << 20))
        {
            f.Write("uscc,period,revenue_ytd,revenue_ytd_prev,ai_revenue_ytd,ai_revenue_ytd_prev,ai_software_ytd,ai_services_ytd,ai_products_ytd,profit_ytd,profit_ytd_prev,rd_expense_ytd,rd_expense_ytd_prev,employees_end,rd_staff_end,ai_patents_ytd,compute_used_ytd\n");
            for (var m = 1; m <= months; m++)
            {
                for (var e = 0; e < enterprises; e++)
                {
                    var rev = (1000 + (e % 997)) * m;
                    var ai = rev / 2;
                    var sv = ai / 4;
                    var pr = ai / 4;
                    var sw1 = ai - sv - pr;
                    f.Write(string.Create(CultureInfo.InvariantCulture,
                        $"{Uscc(e)},2026-{m:D2},{rev}.25,{rev - 50}.5,{ai},{ai - 20},{sw1},{sv},{pr},{rev / 10},{rev / 11},{rev / 20}.1,{rev / 21},{100 + (e % 50)},{20 + (e % 10)},{m},{m}.5\n"));
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"monthly: generated {enterprises * months:N0} rows ({new FileInfo(csv).Length / 1e6:F1} MB) in {sw.Elapsed.TotalSeconds:F1} s"));

        // Warm-up (both sides, on the first 2,000 rows, into throw-away files): JIT and DuckDB start-up are not measured.
        var warm = Path.Combine(dir, "warm.csv");
        File.WriteAllLines(warm, File.ReadLines(csv).Take(2001));
        var warmDb = Path.Combine(dir, "warm.duckdb");
        var ww = StatsWarehouse.Open(warmDb);
        ww.Write(c =>
        {
            using var app = c.CreateAppender("register");
            for (var e = 0; e < Math.Min(enterprises, 2000); e++)
            {
                app.CreateRow().AppendValue(Uscc(e)).AppendValue("w").AppendValue("310115").AppendNullValue().AppendValue("6513").AppendNullValue()
                    .AppendNullValue().AppendNullValue().AppendNullValue().AppendValue("register").AppendNullValue()
                    .AppendValue((DateTime?)new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)).AppendNullValue().EndRow();
            }
        });
        Service(warmDb, ww).Ingest(new IngestRequest(IngestKinds.MonthlyReport, warm));

        // Baseline: read_csv with explicit types into a table.
        var baseDb = Path.Combine(dir, "baseline.duckdb");
        var wb = StatsWarehouse.Open(baseDb);
        var money = "DECIMAL(18,2)";
        var types = $"{{'uscc':'VARCHAR','period':'VARCHAR','revenue_ytd':'{money}','revenue_ytd_prev':'{money}','ai_revenue_ytd':'{money}','ai_revenue_ytd_prev':'{money}','ai_software_ytd':'{money}','ai_services_ytd':'{money}','ai_products_ytd':'{money}','profit_ytd':'{money}','profit_ytd_prev':'{money}','rd_expense_ytd':'{money}','rd_expense_ytd_prev':'{money}','employees_end':'INTEGER','rd_staff_end':'INTEGER','ai_patents_ytd':'INTEGER','compute_used_ytd':'{money}'}}";
        wb.Write(c =>
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"CREATE TABLE warm AS SELECT * FROM read_csv('{warm}', header = true, columns = {types})";
            cmd.ExecuteNonQuery();
        });
        sw.Restart();
        wb.Write(c =>
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"CREATE TABLE baseline AS SELECT * FROM read_csv('{csv}', header = true, columns = {types})";
            cmd.ExecuteNonQuery();
        });
        var baseline = sw.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"monthly: baseline read_csv (typed) into a table: {baseline.TotalSeconds:F2} s ({wb.Scalar<long>("SELECT count(*) FROM baseline"):N0} rows)"));

        // Register first (not timed), then the ingest with full validation.
        var db = Path.Combine(dir, "aistats.duckdb");
        var w = StatsWarehouse.Open(db);
        w.Write(c =>
        {
            using var app = c.CreateAppender("register");
            for (var e = 0; e < enterprises; e++)
            {
                app.CreateRow().AppendValue(Uscc(e)).AppendValue(string.Create(CultureInfo.InvariantCulture, $"企业{e}")).AppendValue("310115")
                    .AppendNullValue().AppendValue("6513").AppendValue("人工智能软件").AppendNullValue().AppendValue((DateOnly?)new DateOnly(2015, 1, 1))
                    .AppendValue("规上").AppendValue("register").AppendNullValue().AppendValue((DateTime?)new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)).AppendNullValue().EndRow();
            }
        });
        GC.Collect();
        sw.Restart();
        var r = Service(db, w).Ingest(new IngestRequest(IngestKinds.MonthlyReport, csv));
        var ingest = sw.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"monthly: ingest with full validation: {ingest.TotalSeconds:F2} s (accepted {r.Accepted:N0}, rejected {r.Rejected:N0}, duplicates {r.Duplicates:N0}, warnings {r.Warnings:N0}, rows {r.DataRows:N0}; in warehouse {w.Scalar<long>("SELECT count(*) FROM reports"):N0})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"monthly: ratio ingest / read_csv = {ingest.TotalSeconds / baseline.TotalSeconds:F2}x (target <= 3x); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB"));
    }

    private static void Roster(string root, int rows)
    {
        var dir = Path.Combine(root, "roster");
        Directory.CreateDirectory(dir);
        var xlsx = Path.Combine(dir, "roster.xlsx");
        var sw = Stopwatch.StartNew();
        string[] header =
        [
            "统一社会信用代码", "单位详细名称", "行政区划代码", "园区代码", "行业代码", "经营范围", "主要产品", "成立日期", "规模", "入会日期",
            "联系人", "联系电话", "注册资本(万元)", "注册地址", "网站", "员工人数", "是否高新技术企业", "所属协会分会", "备注", "统计年度",
        ];
        using (var x = new XlsxStreamWriter(xlsx))
        {
            x.BeginSheet("会员名录", [.. header.Select(_ => 14.0)]);
            x.Row(header);
            var v = new string?[20];
            for (var i = 0; i < rows; i++)
            {
                v[0] = Uscc(i);
                v[1] = string.Create(CultureInfo.InvariantCulture, $"上海某某人工智能科技有限公司{i}");
                v[2] = "310115";
                v[3] = i % 3 == 0 ? "SHAIP01" : string.Empty;
                v[4] = i % 2 == 0 ? "6513" : "6520";
                v[5] = "人工智能基础软件开发；人工智能应用软件开发；数据处理和存储支持服务";
                v[6] = "智能客服平台";
                v[7] = string.Create(CultureInfo.InvariantCulture, $"20{10 + (i % 15):D2}-0{1 + (i % 9)}-1{i % 10}");
                v[8] = i % 4 == 0 ? "规上" : "规下";
                v[9] = "2023-06-01";
                v[10] = "张三";
                v[11] = "13800000000";
                v[12] = string.Create(CultureInfo.InvariantCulture, $"{1000 + i}");
                v[13] = "上海市浦东新区张江路1号";
                v[14] = "https://example.cn";
                v[15] = string.Create(CultureInfo.InvariantCulture, $"{10 + (i % 500)}");
                v[16] = i % 2 == 0 ? "是" : "否";
                v[17] = "智能软件分会";
                v[18] = string.Empty;
                v[19] = "2026";
                x.Row(v);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"roster: generated {rows:N0} x 20 XLSX ({new FileInfo(xlsx).Length / 1e6:F1} MB) in {sw.Elapsed.TotalSeconds:F1} s"));

        // Baseline: a plain streaming read of every cell with ExcelDataReader.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        sw.Restart();
        long cells = 0;
        using (var s = File.OpenRead(xlsx))
        using (var reader = ExcelDataReader.ExcelReaderFactory.CreateOpenXmlReader(s))
        {
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetValue(i) is not null)
                    {
                        cells++;
                    }
                }
            }
        }

        var baseline = sw.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"roster: baseline ExcelDataReader streaming read: {baseline.TotalSeconds:F2} s ({cells:N0} cells)"));

        var db = Path.Combine(dir, "aistats.duckdb");
        var w = StatsWarehouse.Open(db);
        GC.Collect();
        sw.Restart();
        var r = Service(db, w).Ingest(new IngestRequest(IngestKinds.MemberRoster, xlsx, "association", "A01"));
        var ingest = sw.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"roster: ingest (validate, register with history, memberships): {ingest.TotalSeconds:F2} s (accepted {r.Accepted:N0}, rejected {r.Rejected:N0}, rows {r.DataRows:N0}; register {w.Scalar<long>("SELECT count(*) FROM register"):N0}, memberships {w.Scalar<long>("SELECT count(*) FROM memberships"):N0})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"roster: ratio ingest / streaming read = {ingest.TotalSeconds / baseline.TotalSeconds:F2}x (target <= 2.5x); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB (target < 500 MB)"));
    }
}
