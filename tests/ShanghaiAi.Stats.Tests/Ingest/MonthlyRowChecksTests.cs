using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Ingest;

/// <summary>The cell and cross-field edits of form AI-1 at their limits: plain numbers are decided on their digits and
/// compared in hundredths, any other spelling of a number (here full-width) by decimal arithmetic; both must give the
/// same issues and the same stored values.</summary>
public sealed class MonthlyRowChecksTests
{
    private const string Header = "uscc,period,revenue_ytd,revenue_ytd_prev,ai_revenue_ytd,ai_revenue_ytd_prev,ai_software_ytd,ai_services_ytd,"
        + "ai_products_ytd,profit_ytd,profit_ytd_prev,rd_expense_ytd,rd_expense_ytd_prev,employees_end,rd_staff_end,ai_patents_ytd,compute_used_ytd";

    /// <summary>Each row's measures and the issues (column, rule) it must raise on its own; rows 2.. of the file.</summary>
    private static readonly (string Measures, string[] Issues)[] Rows =
    [
        ("1000,900,500,450,200,200,100,80,70,50,45,100,30,2,1.5", []),
        ("999999999,999999999,0,0,0,0,0,0,0,0,0,999999999,0,0,999999999.99", []),
        ("1000000000,999999999.99,0,0,0,0,0,0,0,0,0,2147483647,0,0,0", []),
        ("10000000000.01,9000000000,0,0,0,0,0,0,0,0,0,1,0,0,0", ["revenue_ytd AI1-H18"]),
        ("-5,900,0,0,0,0,0,0,0,0,0,1,0,0,0", ["revenue_ytd AI1-H08"]),
        ("10000,9000,0,0,0,0,0,-5,-100000.01,0,0,1,0,0,0", ["profit_ytd_prev AI1-S07"]),
        ("0,0,0,0,0,0,0,100000,-100000,0,0,1,0,0,0", []),
        ("1000,900,0,0,0,0,0,0,0,0,0,5.5,0,0,0", ["employees_end AI1-H12"]),
        ("1000,900,0,0,0,0,0,0,0,0,0,5.00,6,0,0", ["rd_staff_end AI1-H13"]),
        ("1000,900,500,0,200,200,101,0,0,0,0,1,0,0,0", []),
        ("1000,900,500,0,200,200,101.01,0,0,0,0,1,0,0,0", ["ai_revenue_ytd AI1-H11"]),
        ("3600,900,0,0,0,0,0,0,0,0,0,1,0,0,0", []),
        ("3600.01,900,0,0,0,0,0,0,0,0,0,1,0,0,0", ["revenue_ytd_prev AI1-S02"]),
        ("180,900,0,0,0,0,0,0,0,0,0,1,0,0,0", []),
        ("179.99,900,0,0,0,0,0,0,0,0,0,1,0,0,0", ["revenue_ytd_prev AI1-S02"]),
        ("1000.005,900,0,0,0,0,0,0,0,0,0,1,0,0,0", ["revenue_ytd AI1-I02"]),
        ("1000,900,1000.01,0,1000.01,0,0,0,0,0,0,1,0,0,0", ["ai_revenue_ytd AI1-H09"]),
        ("1000,900,0,0,0,0,0,0,0,1000.01,0,1,0,0,0", ["rd_expense_ytd AI1-S04"]),
        ("1000,900,0,0,0,0,0,0,0,0,0,2147483648,0,0,0", ["employees_end AI1-H15"]),
        ("1000,900,0,0,0,0,0,0,0,0,0,1,0,0,9999999999999999.5", ["compute_used_ytd AI1-H15"]),
    ];

    [Fact]
    public void Ingest_ValuesAtTheLimitsPlainAndFullWidth_SameIssuesAsWorkedOutAndSameStoredValues()
    {
        var (plainIssues, plainStored) = Run(m => m);
        var (wideIssues, wideStored) = Run(FullWidth);

        var expected = Rows.SelectMany((r, i) => r.Issues.Select(x => $"{i + 2} {x}")).ToList();
        plainIssues.Should().Equal(expected);
        wideIssues.Should().Equal(expected);
        wideStored.Should().Be(plainStored);
        plainStored.Should().Contain("999999999.99").And.Contain("1000.01").And.Contain("2147483647");
    }

    /// <summary>Ingests the rows (each enterprise of the seeded register in its own months, so no history edit fires)
    /// and returns the issues as "row column rule" and the stored reports as text.</summary>
    private static (List<string> Issues, string Stored) Run(Func<string, string> spell)
    {
        using var bed = IngestBed.Seeded();
        var lines = Rows.Select((r, i) => $"{Some.Uscc((i % 6) + 1)},{2020 + (i / 6 * 2)}-{(i % 6 * 2) + 1:D2},{spell(r.Measures)}");
        var path = bed.Write("limits.csv", Header + "\n" + string.Join("\n", lines) + "\n");
        var result = bed.Ingest(IngestKinds.MonthlyReport, path);
        var issues = result.Issues.Where(i => i.Row > 1).Select(i => $"{i.Row} {i.Column} {i.RuleId}").ToList();
        var stored = bed.Scalar<string>("""
            SELECT string_agg(CAST(r AS VARCHAR), ';' ORDER BY r.uscc, r.period) FROM (
              SELECT uscc, period, revenue_ytd, revenue_ytd_prev, ai_revenue_ytd, ai_revenue_ytd_prev, ai_software_ytd, ai_services_ytd,
                     ai_products_ytd, profit_ytd, profit_ytd_prev, rd_expense_ytd, rd_expense_ytd_prev, employees_end, rd_staff_end,
                     ai_patents_ytd, compute_used_ytd FROM reports) r
            """);
        return (issues, stored);
    }

    /// <summary>Digits, point and minus sign in their full-width forms (０-９, ．, －): read as the same number, not by the plain-number path.</summary>
    private static string FullWidth(string measures)
        => new(measures.Select(c => c is (>= '0' and <= '9') or '.' or '-' ? (char)(c + 0xFEE0) : c).ToArray());
}
