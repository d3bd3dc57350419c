using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Ingest;

/// <summary>Monthly reports end to end: types, replay, revisions, history edits, archive, reports, demo scale.</summary>
public sealed class IngestServiceTests
{
    [Fact]
    public void Ingest_MonthlyReport_StoresMoneyAsDecimalAndCountsAsInteger()
    {
        using var bed = new IngestBed();
        bed.SeedRegister();
        var r = bed.Ingest(IngestKinds.MonthlyReport, Corpus.PathOf("monthly/thousands-fullwidth.csv"));

        r.Accepted.Should().Be(3);
        bed.Scalar<string>("SELECT typeof(revenue_ytd) FROM reports LIMIT 1").Should().Be("DECIMAL(18,2)");
        bed.Scalar<string>("SELECT typeof(employees_end) FROM reports LIMIT 1").Should().Be("INTEGER");
        bed.Scalar<string>("SELECT typeof(period) FROM reports LIMIT 1").Should().Be("DATE");
        // "1,234,567.89", "１２３４．５" (full-width), " 2,000 ": parsed exactly.
        bed.Scalar<string>($"SELECT revenue_ytd::VARCHAR FROM reports WHERE uscc = '{Some.Uscc(1)}'").Should().Be("1234567.89");
        bed.Scalar<string>($"SELECT revenue_ytd::VARCHAR FROM reports WHERE uscc = '{Some.Uscc(2)}'").Should().Be("1234.50");
        bed.Scalar<string>($"SELECT revenue_ytd_prev::VARCHAR FROM reports WHERE uscc = '{Some.Uscc(2)}'").Should().Be("1000.00");
        bed.Scalar<string>($"SELECT revenue_ytd::VARCHAR FROM reports WHERE uscc = '{Some.Uscc(3)}'").Should().Be("2000.00");
        bed.Scalar<string>($"SELECT strftime(period, '%Y-%m-%d') FROM reports WHERE uscc = '{Some.Uscc(3)}'").Should().Be("2026-10-01");
        bed.Scalar<int>($"SELECT source_row FROM reports WHERE uscc = '{Some.Uscc(3)}'").Should().Be(4);
        bed.Scalar<int>("SELECT min(revision) FROM reports").Should().Be(1);
    }

    [Fact]
    public void Ingest_LowerCaseAndFullWidthUscc_StoredNormalised()
    {
        using var bed = new IngestBed();
        bed.SeedRegister();
        bed.Ingest(IngestKinds.MonthlyReport, Corpus.PathOf("monthly/lower-fullwidth-uscc.csv")).Accepted.Should().Be(3);
        bed.Scalar<long>($"SELECT count(*) FROM reports WHERE uscc IN ('{Some.Uscc(1)}', '{Some.Uscc(2)}', '{Some.Uscc(3)}')").Should().Be(3);
    }

    [Fact]
    public void Ingest_SameFileTwice_ReturnsEarlierResultWithoutLoadingTwice()
    {
        using var bed = new IngestBed();
        bed.SeedRegister();
        var path = Corpus.PathOf("monthly/duplicates.csv");
        var first = bed.Ingest(IngestKinds.MonthlyReport, path);
        var again = bed.Ingest(IngestKinds.MonthlyReport, path);

        first.Replayed.Should().BeFalse();
        again.Replayed.Should().BeTrue();
        again.Should().BeEquivalentTo(first, o => o.Excluding(x => x.Replayed).Excluding(x => x.Issues));
        (again.Accepted, again.Rejected, again.Duplicates, again.DataRows).Should().Be((2, 0, 2, 4));
        bed.Scalar<long>("SELECT count(*) FROM reports").Should().Be(2);
        bed.Scalar<long>("SELECT count(*) FROM uploads WHERE kind = 'monthly-report'").Should().Be(1);
    }

    [Fact]
    public void Ingest_LaterReportForSameEnterpriseAndPeriod_IsARevisionWithHistory()
    {
        using var bed = new IngestBed();
        bed.SeedRegister();
        var u = Some.Uscc(1);
        var first = bed.Ingest(IngestKinds.MonthlyReport, bed.Write("a.csv", Some.Monthly(Some.MonthlyRow(u, revenue: "1000"))));
        bed.Time.Advance(TimeSpan.FromHours(1));
        var second = bed.Ingest(IngestKinds.MonthlyReport, bed.Write("b.csv", Some.Monthly(Some.MonthlyRow(u, revenue: "1100"))));

        second.Issues.Select(i => $"{i.Row}:{i.RuleId}").Should().Equal("2:AI1-I01");
        bed.Scalar<long>($"SELECT count(*) FROM reports WHERE uscc = '{u}'").Should().Be(2);
        bed.Scalar<string>($"SELECT revenue_ytd::VARCHAR || '/' || revision FROM reports WHERE uscc = '{u}' AND superseded_at IS NULL").Should().Be("1100.00/2");
        bed.Scalar<string>($"SELECT upload_id || '/' || revision || '/' || strftime(superseded_at, '%H:%M') FROM reports WHERE uscc = '{u}' AND superseded_at IS NOT NULL")
            .Should().Be($"{first.UploadId}/1/09:00");
    }

    [Fact]
    public void Ingest_HistoryRules_ReadTheWarehouse()
    {
        using var bed = new IngestBed();
        bed.SeedRegister();
        string U(int i) => Some.Uscc(i);
        // Last year's October and this September in the warehouse.
        bed.Ingest(IngestKinds.MonthlyReport, bed.Write("2025-10.csv", Some.Monthly(Some.MonthlyRow(U(3), "2025-10", revenue: "1000", revenuePrev: "900"))));
        bed.Ingest(IngestKinds.MonthlyReport, bed.Write("2026-09.csv", Some.Monthly(
            Some.MonthlyRow(U(1), "2026-09", revenue: "1000"),
            Some.MonthlyRow(U(2), "2026-09", revenue: "1000", ai: "100", aiPrev: "90"))));
        var r = bed.Ingest(IngestKinds.MonthlyReport, bed.Write("2026-10.csv", Some.Monthly(
            Some.MonthlyRow(U(1), "2026-10", revenue: "800", revenuePrev: "700", aiPrev: "300"), // YTD fell 1000 -> 800
            Some.MonthlyRow(U(2), "2026-10", revenue: "1000", ai: "700"),                      // share 10% -> 70%
            Some.MonthlyRow(U(3), "2026-10", revenue: "1200", revenuePrev: "500", aiPrev: "100"), // 上年同期 500 vs 1000 reported
            Some.MonthlyRow(U(4), "2026-10"))));

        r.Issues.Select(i => $"{i.Row}:{i.RuleId}").Should().Equal("2:AI1-S01", "3:AI1-S03", "4:AI1-S06");
        r.Accepted.Should().Be(4);
        r.Warnings.Should().Be(3);
        r.Issues[0].MessageEn.Should().Be("2026-10.csv row 2, column revenue_ytd: YTD revenue fell vs. the previous month; expected at least last month's YTD 1000, found '800' [AI1-S01]");
        r.Issues[1].MessageZh.Should().Contain("人工智能业务收入占比较上月变动超过50个百分点").And.Contain("10.0%").And.Contain("70.0%");
    }

    [Fact]
    public void Ingest_HistoryRules_UseEarlierMonthsOfTheSameUpload()
    {
        using var bed = new IngestBed();
        bed.SeedRegister();
        var r = bed.Ingest(IngestKinds.MonthlyReport, bed.Write("q3.csv", Some.Monthly(
            Some.MonthlyRow(Some.Uscc(1), "2026-07", revenue: "900"),
            Some.MonthlyRow(Some.Uscc(1), "2026-08", revenue: "700", revenuePrev: "650"),
            Some.MonthlyRow(Some.Uscc(1), "2026-01", revenue: "100", revenuePrev: "90", ai: "50", aiPrev: "40"))));
        r.Issues.Select(i => $"{i.Row}:{i.RuleId}").Should().Equal("3:AI1-S01");
    }

    [Fact]
    public void Ingest_AssociationReportsForNonMember_Rejected()
    {
        using var bed = new IngestBed();
        bed.SeedRegister();
        bed.Ingest(IngestKinds.MemberRoster, Corpus.PathOf("roster/valid.csv"), "association", "sh-ai-industry-association");
        var r = bed.Ingest(IngestKinds.MonthlyReport, bed.Write("m.csv", Some.Monthly(Some.MonthlyRow(Some.Uscc(1)), Some.MonthlyRow(Some.Uscc(2)))), "association", "sh-ai-industry-association");
        r.Issues.Select(i => $"{i.Row}:{i.RuleId}").Should().Equal("3:AUTH-H01");
        (r.Accepted, r.Rejected).Should().Be((1, 1));
    }

    [Fact]
    public void Ingest_AnyFile_IsArchivedUnchangedUnderItsHashFirst()
    {
        using var bed = new IngestBed();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(File.ReadAllText(Corpus.PathOf("monthly/missing-columns.csv")).Replace("uscc", "统一社会信用代码", StringComparison.Ordinal));
        var path = Path.Combine(bed.Dir, "gb.csv");
        File.WriteAllBytes(path, bytes);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var act = () => bed.Ingest(IngestKinds.MonthlyReport, path);

        act.Should().Throw<StatsException>().Which.Message.Should().Contain("FILE-F06").And.Contain("revenue_ytd_prev").And.Contain("统一社会信用代码");
        var archived = Path.Combine(bed.Options.ArchiveDir, sha[..2], sha + ".csv");
        File.ReadAllBytes(archived).Should().Equal(bytes);
        bed.Scalar<string>($"SELECT status || '/' || archive_path FROM uploads WHERE sha256 = '{sha}'").Should().Be("rejected-file/" + archived);
        // The same bad file again: the same answer, still one upload row.
        act.Should().Throw<StatsException>().WithMessage("*FILE-F06*already rejected*");
        bed.Scalar<long>("SELECT count(*) FROM uploads").Should().Be(1);
    }

    [Fact]
    public void Ingest_Report_MessagesNameFileRowColumnValueRuleAndExpected()
    {
        using var bed = new IngestBed();
        bed.SeedRegister();
        var r = bed.Ingest(IngestKinds.MonthlyReport, Corpus.PathOf("monthly/valid-zh.csv").Replace("valid-zh", "negative", StringComparison.Ordinal));
        r.Issues[0].MessageEn.Should().Be("negative.csv row 2, column revenue_ytd: negative value; expected a number >= 0, found '-5' [AI1-H08]");
        r.Issues[0].MessageZh.Should().Be("negative.csv 第2行，revenue_ytd列：数值为负；应为大于等于0的数值，实为“-5”［AI1-H08］");
        var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(r.JsonReportPath)).RootElement;
        json.GetProperty("counts").GetProperty("balanced").GetBoolean().Should().BeTrue();
        json.GetProperty("counts").GetProperty("rejected").GetInt32().Should().Be(2);
        json.GetProperty("issues")[0].GetProperty("rule").GetString().Should().Be("AI1-H08");
        json.GetProperty("rules").EnumerateArray().Select(x => x.GetProperty("id").GetString()).Should().Equal("AI1-H08");
        bed.Scalar<string>($"SELECT report_json FROM uploads WHERE upload_id = '{r.UploadId}'").Should().Be(File.ReadAllText(r.JsonReportPath));
    }

    [Fact]
    public void Ingest_XlsxWithNamedSheet_ReadsThatSheet()
    {
        using var bed = new IngestBed();
        bed.SeedRegister();
        var path = Path.Combine(bed.Dir, "two.xlsx");
        TestWorkbooks.TwoSheets(path);
        var r = bed.Ingest(IngestKinds.MonthlyReport, path, sheet: "数据");
        r.Accepted.Should().Be(3);
        bed.Scalar<string>($"SELECT revenue_ytd::VARCHAR || '/' || revenue_ytd_prev::VARCHAR || '/' || compute_used_ytd::VARCHAR FROM reports WHERE uscc = '{Some.Uscc(2)}'")
            .Should().Be("1000.00/900.00/1.50");
        var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(r.JsonReportPath)).RootElement;
        json.GetProperty("read_as").GetString().Should().Be("XLSX, sheet 数据");
    }

    [Fact]
    public void Ingest_XlsxWithTitleRows_FindsHeaderBelowThem()
    {
        using var bed = new IngestBed();
        bed.SeedRegister();
        var path = Path.Combine(bed.Dir, "title.xlsx");
        TestWorkbooks.TitleRows(path);
        var r = bed.Ingest(IngestKinds.MonthlyReport, path);
        r.Accepted.Should().Be(3);
        bed.Scalar<int>($"SELECT source_row FROM reports WHERE uscc = '{Some.Uscc(1)}'").Should().Be(4);
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(r.JsonReportPath)).RootElement.GetProperty("header_row").GetInt32().Should().Be(3);
    }

    [Fact]
    public void Ingest_DemoScale_ThirtySixMonthlyFilesTakeSeconds()
    {
        using var bed = new IngestBed();
        var reg = new StringBuilder("uscc,name,district_code,industry_code,business_scope\n");
        for (var i = 1; i <= 2000; i++)
        {
            reg.Append(CultureInfo.InvariantCulture, $"{Some.Uscc(i)},企业{i},310115,6513,软件\n");
        }

        bed.Ingest(IngestKinds.Register, bed.Write("reg.csv", reg.ToString())).Accepted.Should().Be(2000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var m = 0; m < 36; m++)
        {
            var p = new Period(2023, 11).AddMonths(m);
            var sb = new StringBuilder(Some.MonthlyHeader).Append('\n');
            for (var i = 1; i <= 2000; i++)
            {
                var ytd = (100 * p.Month).ToString(CultureInfo.InvariantCulture);
                sb.Append(Some.MonthlyRow(Some.Uscc(i), p.ToString(), revenue: ytd, revenuePrev: ytd, ai: "50", aiPrev: "40")).Append('\n');
            }

            bed.Ingest(IngestKinds.MonthlyReport, bed.Write($"m{m}.csv", sb.ToString())).Accepted.Should().Be(2000);
        }

        watch.Stop();
        bed.Scalar<long>("SELECT count(*) FROM reports").Should().Be(72_000);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(40), "the demo ingests 36 x 2,000 rows in a few seconds (generous bound for a shared CI box)");
    }

    [Fact]
    public void Rerun_UploadInterruptedBeforeLoading_LoadsFromTheArchive()
    {
        using var bed = new IngestBed();
        bed.SeedRegister();
        var path = bed.Write("m.csv", Some.Monthly(Some.MonthlyRow(Some.Uscc(1)), Some.MonthlyRow(Some.Uscc(2))));
        var first = bed.Ingest(IngestKinds.MonthlyReport, path);
        // Make it look like a crash right after the upload was received: nothing loaded, status 'received'.
        bed.Warehouse.Write(c =>
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"DELETE FROM reports; UPDATE uploads SET status = 'received', report_json = NULL WHERE upload_id = '{first.UploadId}'";
            cmd.ExecuteNonQuery();
        });
        File.Delete(path);

        var again = bed.Service.Rerun(first.UploadId);

        again.Replayed.Should().BeFalse();
        (again.UploadId, again.Accepted).Should().Be((first.UploadId, 2));
        bed.Scalar<long>("SELECT count(*) FROM reports").Should().Be(2);
        bed.Scalar<string>($"SELECT status FROM uploads WHERE upload_id = '{first.UploadId}'").Should().Be("loaded");
        bed.Service.Rerun(first.UploadId).Replayed.Should().BeTrue();
    }

    [Fact]
    public void Ingest_MoreIssuesThanTheLimit_CountsAllRowsListsTheFirst()
    {
        using var bed = new IngestBed(o => o with { MaxIssues = 3 });
        bed.SeedRegister();
        var rows = Enumerable.Range(1, 5).Select(i => Some.MonthlyRow(Some.Uscc(i), revenue: "-1")).ToArray();
        var r = bed.Ingest(IngestKinds.MonthlyReport, bed.Write("bad.csv", Some.Monthly(rows)));

        (r.DataRows, r.Accepted, r.Rejected).Should().Be((5, 0, 5));
        r.Issues.Select(i => $"{i.Row}:{i.RuleId}").Should().Equal("2:AI1-H08", "3:AI1-H08", "4:AI1-H08");
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(r.JsonReportPath)).RootElement.GetProperty("issues_not_listed").GetInt32().Should().Be(2);
    }

    /// <summary>.NET's zip reader stops at the declared size, so a bomb that under-declares cannot inflate past it: the
    /// sheet is cut short and the file is rejected as corrupt (the byte budget is the second line of defence).</summary>
    [Fact]
    public void Ingest_ZipBombWithLyingSizes_ReadOnlyToTheDeclaredSizeAndRejected()
    {
        using var bed = new IngestBed(o => o with { MaxUncompressedBytes = 8L * 1024 * 1024 });
        var path = Path.Combine(bed.Dir, "liar.xlsx");
        File.WriteAllBytes(path, TestWorkbooks.LyingZipBomb(64));
        var act = () => bed.Ingest(IngestKinds.MonthlyReport, path);
        var e = act.Should().Throw<StatsException>().Which;
        FileRejection.RuleOf(e).Should().Be("FILE-F03", e.Message);
        e.Message.Should().Contain("liar.xlsx");
    }
}
