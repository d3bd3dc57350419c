using System.Globalization;
using ClosedXML.Excel;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Synthetic;

namespace ShanghaiAi.Stats.Tests.Synthetic;

/// <summary>Member rosters, park reports and register-only mode (the generate command: Cli/GenerateCommandTests).</summary>
public sealed class SyntheticFilesTests(SyntheticFixture fixture) : IClassFixture<SyntheticFixture>
{
    [Fact]
    public void Generate_MemberRosters_AreMessyWorkbooksWithContactColumns()
    {
        var register = SyntheticFixture.Read(fixture.Set.RegisterPath).ToDictionary(r => r["uscc"]);
        fixture.Set.MemberRosterPaths.Select(Path.GetFileName).Should().Equal(
            "sh-ai-industry-association.xlsx", "sh-software-industry-association.xlsx", "sh-robotics-industry-association.xlsx");
        foreach (var path in fixture.Set.MemberRosterPaths)
        {
            using var wb = new XLWorkbook(path);
            var ws = wb.Worksheet(1);
            ws.Cell(1, 1).GetString().Should().Contain("会员名录");
            ws.MergedRanges.Should().Contain(r => r.RangeAddress.FirstAddress.RowNumber == 1 && r.ColumnCount() > 5, "the title sits in merged cells");

            var headerRow = ws.RowsUsed().First(r => r.CellsUsed().Any(c => c.GetString() == "联系人"));
            headerRow.RowNumber().Should().BeGreaterThan(1, "title rows sit above the header");
            var headers = headerRow.CellsUsed().Select(c => c.GetString()).ToList();
            headers.Should().Contain(["联系人", "联系电话", "电子邮箱"]);
            headers.Should().Contain(h => h == "入会日期" || h == "membership_since");
            var usccColumn = headerRow.CellsUsed().First(c => c.GetString() is "统一社会信用代码" or "信用代码").Address.ColumnNumber;
            var phoneColumn = headers.IndexOf("联系电话") + 1;

            var members = ws.RowsUsed().Where(r => r.RowNumber() > headerRow.RowNumber()).ToList();
            members.Should().NotBeEmpty();
            foreach (var row in members)
            {
                var uscc = row.Cell(usccColumn).GetString();
                register.Should().ContainKey(uscc, "members are enterprises of the register");
                row.Cell(usccColumn).DataType.Should().Be(XLDataType.Text);
                row.Cell(phoneColumn).GetString().Should().MatchRegex("^1[0-9]{10}$");
            }
        }
    }

    [Fact]
    public void Generate_ParkReports_HaveTheTwelveParksWithValidValues()
    {
        var options = SyntheticFixture.SmallOptions; // 2025-04 .. 2026-06
        fixture.Set.ParkReportPaths.Select(Path.GetFileName).Should().Equal(
            "park-report-2025-06.csv", "park-report-2025-09.csv", "park-report-2025-12.csv", "park-report-2026-03.csv", "park-report-2026-06.csv");
        var parkIds = ReferenceData.Embedded.Parks.Select(p => p.ParkId).ToList();
        parkIds.Should().HaveCount(12);
        foreach (var path in fixture.Set.ParkReportPaths)
        {
            File.ReadLines(path).First().TrimStart('\uFEFF').Should().Be(
                "park_id,period,compute_capacity_pflops,public_compute_sme_share,open_datasets,scenarios_opened,demonstration_projects,"
                + "financing_raised,incubator_area,talent_services,ip_services,rent_relief,pue,ethics_review");
            var rows = SyntheticFixture.Read(path);
            rows.Select(r => r["park_id"]).Should().Equal(parkIds);
            foreach (var r in rows)
            {
                Period.Parse(r["period"]).Should().BeOneOf(options.End, Period.Parse(Path.GetFileNameWithoutExtension(path)["park-report-".Length..]));
                SyntheticFixture.Dec(r["pue"]).Should().BeGreaterThanOrEqualTo(1.0m);
                SyntheticFixture.Dec(r["public_compute_sme_share"]).Should().BeInRange(0m, 100m);
                SyntheticFixture.Dec(r["compute_capacity_pflops"]).Should().BeGreaterThan(0m);
                r["ethics_review"].Should().BeOneOf("yes", "no");
                foreach (var count in new[] { "open_datasets", "scenarios_opened", "demonstration_projects", "incubator_area", "talent_services", "ip_services" })
                {
                    int.Parse(r[count], NumberStyles.None, CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(0);
                }
            }
        }
    }

    [Fact]
    public void GenerateRegister_WritesTheSameRegisterAndTruthAsAFullRun()
    {
        var dir = Path.Combine(Path.GetTempPath(), "aistats-synth-" + Guid.NewGuid().ToString("N"));
        try
        {
            var set = SyntheticGenerator.GenerateRegister(SyntheticFixture.SmallOptions, dir, ReferenceData.Embedded);
            set.ReportPaths.Should().BeEmpty();
            File.ReadAllBytes(set.RegisterPath).Should().Equal(File.ReadAllBytes(fixture.Set.RegisterPath));
            File.ReadAllBytes(set.TruthPath).Should().Equal(File.ReadAllBytes(fixture.Set.TruthPath));
            Directory.Exists(Path.Combine(dir, "reports")).Should().BeFalse();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
