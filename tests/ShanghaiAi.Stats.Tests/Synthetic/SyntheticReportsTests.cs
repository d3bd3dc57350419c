using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Synthetic;

namespace ShanghaiAi.Stats.Tests.Synthetic;

/// <summary>The monthly reports (form AI-1) of the synthetic data set.</summary>
public sealed class SyntheticReportsTests(SyntheticFixture fixture) : IClassFixture<SyntheticFixture>
{
    private static readonly string[] MoneyPairs = ["revenue", "ai_revenue", "profit", "rd_expense"];

    private IEnumerable<string> MonthlyPaths => fixture.Set.ReportPaths.Where(p => Path.GetFileName(p).StartsWith("monthly-", StringComparison.Ordinal));

    [Fact]
    public void Generate_ReportFiles_OnePerMonthWithTheContractHeader()
    {
        var options = SyntheticFixture.SmallOptions;
        MonthlyPaths.Select(Path.GetFileName).Should().Equal(
            Enumerable.Range(0, options.Months).Select(m => $"monthly-{options.Start.AddMonths(m)}.csv"));
        fixture.Set.RevisionPaths.Should().NotBeEmpty().And.OnlyContain(p => fixture.Set.ReportPaths.Contains(p));
        foreach (var path in fixture.Set.ReportPaths)
        {
            File.ReadLines(path).First().TrimStart('\uFEFF').Should().Be(
                "uscc,period,revenue_ytd,revenue_ytd_prev,ai_revenue_ytd,ai_revenue_ytd_prev,ai_software_ytd,ai_services_ytd,ai_products_ytd,"
                + "profit_ytd,profit_ytd_prev,rd_expense_ytd,rd_expense_ytd_prev,employees_end,rd_staff_end,ai_patents_ytd,compute_used_ytd");
        }
    }

    [Fact]
    public void Generate_RevenueYtd_NeverFallsWithinAYear()
    {
        var last = new Dictionary<(string Uscc, int Year), (Period Period, decimal Ytd)>();
        var checks = 0;
        foreach (var path in MonthlyPaths)
        {
            foreach (var r in SyntheticFixture.Read(path))
            {
                var period = Period.Parse(r["period"]);
                var ytd = SyntheticFixture.Dec(r["revenue_ytd"]);
                var key = (r["uscc"], period.Year);
                if (last.TryGetValue(key, out var before))
                {
                    ytd.Should().BeGreaterThanOrEqualTo(before.Ytd, $"{r["uscc"]} {period} vs {before.Period}");
                    checks++;
                }

                last[key] = (period, ytd);
            }
        }

        checks.Should().BeGreaterThan(1000);
    }

    [Fact]
    public void Generate_AiSplit_SumsExactlyToAiRevenueWithinRevenue()
    {
        foreach (var path in fixture.Set.ReportPaths)
        {
            foreach (var r in SyntheticFixture.Read(path))
            {
                var ai = SyntheticFixture.Dec(r["ai_revenue_ytd"]);
                (SyntheticFixture.Dec(r["ai_software_ytd"]) + SyntheticFixture.Dec(r["ai_services_ytd"]) + SyntheticFixture.Dec(r["ai_products_ytd"]))
                    .Should().Be(ai, $"{Path.GetFileName(path)} {r["uscc"]}");
                ai.Should().BeLessThanOrEqualTo(SyntheticFixture.Dec(r["revenue_ytd"]));
                SyntheticFixture.Dec(r["revenue_ytd"]).Should().BeGreaterThanOrEqualTo(0);
                int.Parse(r["rd_staff_end"], System.Globalization.CultureInfo.InvariantCulture)
                    .Should().BeLessThanOrEqualTo(int.Parse(r["employees_end"], System.Globalization.CultureInfo.InvariantCulture));
                foreach (var column in r.Keys.Where(k => k.EndsWith("_ytd", StringComparison.Ordinal) || k.EndsWith("_prev", StringComparison.Ordinal)))
                {
                    r[column].Should().MatchRegex(@"^(-?[0-9]+(\.[0-9])?)?$", "money in 千元 has at most one decimal");
                }
            }
        }
    }

    [Fact]
    public void Generate_PrevYear_EqualsTheEnterprisesOwnYtdTwelveMonthsEarlier()
    {
        // What the warehouse holds after every upload: monthly rows, superseded by the revision files.
        var latest = new Dictionary<(string, string), Dictionary<string, string>>();
        foreach (var path in fixture.Set.ReportPaths)
        {
            foreach (var r in SyntheticFixture.Read(path))
            {
                latest[(r["uscc"], r["period"])] = r;
            }
        }

        var registered = SyntheticFixture.Read(fixture.Set.RegisterPath).ToDictionary(
            r => r["uscc"], r => DateOnly.ParseExact(r["registered_on"], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var compared = 0;
        var empty = 0;
        foreach (var ((uscc, periodText), r) in latest)
        {
            var yearAgo = Period.Parse(periodText).SameMonthLastYear;
            if (r["revenue_ytd_prev"].Length == 0)
            {
                registered[uscc].Should().BeAfter(yearAgo.LastDay, $"{uscc} {periodText}: an empty 上年同期 only for enterprises registered after it");
                MoneyPairs.Should().OnlyContain(m => r[m + "_ytd_prev"].Length == 0);
                empty++;
                continue;
            }

            if (latest.TryGetValue((uscc, yearAgo.ToString()), out var before))
            {
                foreach (var m in MoneyPairs)
                {
                    r[m + "_ytd_prev"].Should().Be(before[m + "_ytd"], $"{uscc} {periodText} {m}_ytd_prev vs its {m}_ytd of {yearAgo}");
                }

                compared++;
            }
        }

        compared.Should().BeGreaterThan(300);
        empty.Should().BeGreaterThan(0, "some enterprises entered during the window");
    }

    [Fact]
    public void Generate_Revisions_RestateThePreviousMonthWithHigherYtd()
    {
        var monthly = MonthlyPaths.SelectMany(SyntheticFixture.Read).ToDictionary(r => (r["uscc"], r["period"]));
        var revisions = fixture.Set.RevisionPaths.SelectMany(p =>
        {
            var month = Period.Parse(Path.GetFileNameWithoutExtension(p)["revisions-".Length..]);
            var rows = SyntheticFixture.Read(p);
            rows.Should().OnlyContain(r => r["period"] == month.Previous.ToString());
            return rows;
        }).ToList();

        revisions.Should().NotBeEmpty();
        foreach (var r in revisions)
        {
            var first = monthly[(r["uscc"], r["period"])];
            SyntheticFixture.Dec(r["revenue_ytd"]).Should().BeGreaterThan(SyntheticFixture.Dec(first["revenue_ytd"]));
            r["revenue_ytd_prev"].Should().Be(first["revenue_ytd_prev"]);
        }
    }

    [Fact]
    public void Generate_NonResponse_LeavesAFewEnterpriseMonthsMissing()
    {
        var rowsPerMonth = MonthlyPaths.Select(p => SyntheticFixture.Read(p).Count).ToList();
        var total = rowsPerMonth.Sum();
        var possible = 200 * SyntheticFixture.SmallOptions.Months;
        total.Should().BeLessThan(possible).And.BeGreaterThan((int)(possible * 0.8));
        var present = MonthlyPaths.SelectMany(SyntheticFixture.Read).GroupBy(r => r["uscc"])
            .ToDictionary(g => g.Key, g => g.Select(r => Period.Parse(r["period"]).Index).Order().ToList());
        present.Values.Any(idx => idx.Zip(idx.Skip(1)).Any(p => p.Second - p.First == 3)).Should().BeTrue("some enterprises miss two months in a row");
    }

    [Fact]
    public void Generate_Dirty_InjectsTheErrorsItLists()
    {
        var dir = Path.Combine(Path.GetTempPath(), "aistats-synth-" + Guid.NewGuid().ToString("N"));
        try
        {
            var set = SyntheticGenerator.Generate(new GeneratorOptions(400, 12, new Period(2026, 6), 11, Dirty: true), dir,
                ShanghaiAi.Stats.Reference.ReferenceData.Embedded);
            var manifest = SyntheticFixture.Read(set.DirtyManifestPath!);
            manifest.Select(m => m["kind"]).Distinct().Should().BeEquivalentTo(DirtyRows.Kinds);
            foreach (var m in manifest)
            {
                var lines = File.ReadAllLines(Path.Combine(dir, "reports", m["file"]));
                var line = int.Parse(m["line"], System.Globalization.CultureInfo.InvariantCulture);
                var fields = CsvText.Parse(lines[line - 1])[0];
                switch (m["kind"])
                {
                    case "bad-check-digit": Uscc.IsValid(fields[0]).Should().BeFalse(); Uscc.Problem(fields[0]).Should().StartWith("check character"); break;
                    case "missing-uscc": fields[0].Should().BeEmpty(); break;
                    case "duplicate": lines[line - 1].Should().Be(lines[line - 2]); break;
                    case "thousands-separator": fields[2].Should().Contain(","); break;
                    case "full-width-digits": fields[2].Should().MatchRegex("[０-９]"); break;
                    case "negative-value": (fields[2].StartsWith('-') || fields[13].StartsWith('-')).Should().BeTrue(); break;
                    case "ai-above-revenue": SyntheticFixture.Dec(fields[4]).Should().BeGreaterThan(SyntheticFixture.Dec(fields[2])); break;
                    default: throw new InvalidOperationException(m["kind"]);
                }
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
