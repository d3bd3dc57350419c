using System.Globalization;
using System.Text;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Synthetic;

/// <summary>
/// Writes form AI-1 files while enterprises are generated one after another: one open writer per month
/// (reports/monthly-YYYY-MM.csv) and, when needed, per revisions file (reports/revisions-YYYY-MM.csv restating the
/// previous month).
/// </summary>
internal sealed class ReportWriter : IDisposable
{
    public static readonly string[] Header =
    [
        "uscc", "period", "revenue_ytd", "revenue_ytd_prev", "ai_revenue_ytd", "ai_revenue_ytd_prev", "ai_software_ytd",
        "ai_services_ytd", "ai_products_ytd", "profit_ytd", "profit_ytd_prev", "rd_expense_ytd", "rd_expense_ytd_prev",
        "employees_end", "rd_staff_end", "ai_patents_ytd", "compute_used_ytd",
    ];

    internal static readonly UTF8Encoding Utf8Bom = new(encoderShouldEmitUTF8Identifier: true);

    private readonly GeneratorOptions _options;
    private readonly string _dir;
    private readonly StreamWriter[] _monthly;
    private readonly int[] _monthlyLines;
    private readonly StreamWriter?[] _revisions;
    private readonly StreamWriter? _manifest;
    private readonly string[] _row = new string[17];

    public ReportWriter(GeneratorOptions options, string reportsDir, StreamWriter? dirtyManifest)
    {
        _options = options;
        _dir = reportsDir;
        _manifest = dirtyManifest;
        _monthly = new StreamWriter[options.Months];
        _monthlyLines = new int[options.Months];
        _revisions = new StreamWriter?[options.Months];
        for (var m = 0; m < options.Months; m++)
        {
            _monthly[m] = Open(MonthlyPath(m));
            _monthlyLines[m] = 1;
        }
    }

    public long Rows { get; private set; }

    public string MonthlyPath(int m) => Path.Combine(_dir, $"monthly-{_options.Start.AddMonths(m)}.csv");

    public string RevisionsPath(int m) => Path.Combine(_dir, $"revisions-{_options.Start.AddMonths(m)}.csv");

    /// <summary>The report files in upload order: each month, then its revisions file when one was written.</summary>
    public List<string> UploadOrder()
    {
        var list = new List<string>();
        for (var m = 0; m < _options.Months; m++)
        {
            list.Add(MonthlyPath(m));
            if (_revisions[m] is not null)
            {
                list.Add(RevisionsPath(m));
            }
        }

        return list;
    }

    public List<string> RevisionPaths()
        => [.. Enumerable.Range(0, _options.Months).Where(m => _revisions[m] is not null).Select(RevisionsPath)];

    public void Write(SyntheticEnterprise e, MonthlySeries s, Random dirt)
    {
        for (var t = s.ReportOffset; t < s.Length; t++)
        {
            if (!s.Active[t] || s.Missing[t])
            {
                continue;
            }

            var m = t - s.ReportOffset;
            Fill(e, s, t, s.Revised[t]);
            if (s.Revised[t])
            {
                var rev = _revisions[m + 1] ??= Open(RevisionsPath(m + 1));
                Fill(e, s, t, preliminary: false);
                rev.Write(CsvText.Line(_row));
                rev.Write('\n');
                Fill(e, s, t, preliminary: true);
            }

            Rows++;
            var writer = _monthly[m];
            if (_options.Dirty && dirt.Chance(DirtyRows.Share))
            {
                var kind = DirtyRows.Spoil(_row, dirt);
                if (kind == "duplicate")
                {
                    WriteRow(m, writer);
                }

                _manifest!.Write(CsvText.Line([Path.GetFileName(MonthlyPath(m)), (_monthlyLines[m] + 1).ToString(CultureInfo.InvariantCulture), e.Uscc, _row[1], kind]));
                _manifest.Write('\n');
            }

            WriteRow(m, writer);
        }
    }

    private void WriteRow(int m, StreamWriter writer)
    {
        writer.Write(CsvText.Line(_row));
        writer.Write('\n');
        _monthlyLines[m]++;
    }

    private void Fill(SyntheticEnterprise e, MonthlySeries s, int t, bool preliminary)
    {
        var period = s.PeriodAt(t);
        var hasPrev = t >= 12 && !e.RegisteredAfter(period.SameMonthLastYear) && s.Active[t - 12];
        var revenue = s.Revenue[t];
        var sw = s.AiSoftware[t];
        var sv = s.AiServices[t];
        var pr = s.AiProducts[t];
        if (preliminary)
        {
            // A first estimate that misses part of the month: still at least last month's YTD.
            var f = 0.05 + (0.35 * ((e.Index + t) % 7) / 6.0);
            revenue -= (long)Math.Round(s.RevenueFlow[t] * f);
            sw -= (long)Math.Round(s.SoftwareFlow[t] * f);
            sv -= (long)Math.Round(s.ServicesFlow[t] * f);
            pr -= (long)Math.Round(s.ProductsFlow[t] * f);
            revenue = Math.Max(revenue, sw + sv + pr);
        }

        _row[0] = e.Uscc;
        _row[1] = period.ToString();
        _row[2] = Money.Tenths(revenue);
        _row[3] = hasPrev ? Money.Tenths(s.Revenue[t - 12]) : string.Empty;
        _row[4] = Money.Tenths(sw + sv + pr);
        _row[5] = hasPrev ? Money.Tenths(s.AiRevenue[t - 12]) : string.Empty;
        _row[6] = Money.Tenths(sw);
        _row[7] = Money.Tenths(sv);
        _row[8] = Money.Tenths(pr);
        _row[9] = Money.Tenths(s.Profit[t]);
        _row[10] = hasPrev ? Money.Tenths(s.Profit[t - 12]) : string.Empty;
        _row[11] = Money.Tenths(s.RdExpense[t]);
        _row[12] = hasPrev ? Money.Tenths(s.RdExpense[t - 12]) : string.Empty;
        _row[13] = Money.Int(s.Employees[t]);
        _row[14] = Money.Int(s.RdStaff[t]);
        _row[15] = Money.Int(s.Patents[t]);
        _row[16] = Money.Tenths(s.Compute[t]);
    }

    private static StreamWriter Open(string path)
    {
        var w = new StreamWriter(path, append: false, Utf8Bom, bufferSize: 1 << 16) { NewLine = "\n" };
        w.Write(CsvText.Line(Header));
        w.Write('\n');
        return w;
    }

    public void Dispose()
    {
        foreach (var w in _monthly)
        {
            w.Dispose();
        }

        foreach (var w in _revisions)
        {
            w?.Dispose();
        }
    }
}
