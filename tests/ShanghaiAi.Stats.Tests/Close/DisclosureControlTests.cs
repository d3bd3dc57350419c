using ShanghaiAi.Stats.Close;

namespace ShanghaiAi.Stats.Tests.Close;

/// <summary>Primary rules on crafted cells; secondary suppression and the audit on a category x district table.</summary>
public sealed class DisclosureControlTests
{
    private static readonly CloseSettings S = CloseSettings.Default;

    [Theory]
    [InlineData(new double[] { 100, 200 }, "A")]                 // fewer than 3 contributors
    [InlineData(new double[] { 90, 5, 5 }, "O")]                 // one alone 90% > 85%
    [InlineData(new double[] { 50, 40, 10 }, "T")]               // two largest 90% > 85%
    [InlineData(new double[] { 40, 30, 30 }, "F")]               // two largest 70%
    [InlineData(new double[] { 85, 10, 5 }, "T")]                // one alone exactly 85% is not over; two 95%
    [InlineData(new double[] { -100, 90, 5, 5 }, "T")]           // profit: |-100| + 90 = 190 of 200 absolute
    [InlineData(new double[] { -40, 30, 30, 20 }, "F")]          // profit: 70 of 120 absolute
    public void PrimaryRule_CraftedCells_ExpectedStatus(double[] contributions, string expected)
    {
        var abs = contributions.Select(c => Math.Abs((decimal)c)).OrderDescending().ToList();

        PrimaryRule.Status(abs.Count, abs[0], abs.Count > 1 ? abs[1] : 0m, abs.Sum(), S).Should().Be(expected);
    }

    [Fact]
    public void PrimaryRule_ThresholdsAreSettings()
    {
        PrimaryRule.Status(4, 50m, 30m, 100m, S with { DominanceTwoShare = 0.75m }).Should().Be("T");
        PrimaryRule.Status(4, 50m, 30m, 100m, S).Should().Be("F");
        PrimaryRule.Status(4, 30m, 30m, 100m, S with { MinContributors = 5 }).Should().Be("A");
    }

    [Theory]
    [InlineData(500, 1000, true)]    // 500 + up to 500 could pass 85%
    [InlineData(100, 1000, false)]   // 100 + at most 100 = 20%
    [InlineData(900, 1000, false)]   // the largest alone settles it (O)
    [InlineData(430, 1000, true)]    // 430 + 430 = 86%
    [InlineData(420, 1000, false)]   // 420 + 420 = 84%
    public void NeedsTop2_BoundOnSecondContribution(int top1, int sumAbs, bool expected)
    {
        var row = new AggregateRow("revenue", "total", "_T", null, 0m, sumAbs, 0m, 10, 10, 10, 0, 0, 0, sumAbs, top1, 0m, 0m, false);

        CellAggregator.NeedsTop2(row, S).Should().Be(expected);
    }

    /// <summary>
    /// Category x district with margins:
    ///            d1   d2   d3 | row
    ///      c1    10   20   30 |  60
    ///      c2    40    5   60 | 105
    ///      col   50   25   90 | 165
    /// c2/d2 (5) is primary-suppressed: alone in its row and column it would be recoverable.
    /// </summary>
    [Fact]
    public void SecondarySuppression_TwoWayTable_NoSuppressedCellRecoverable()
    {
        var (relations, cells) = Table();
        cells["c2/d2"].Status = "A";

        var marked = SecondarySuppression.Apply(relations);

        marked.Should().BeGreaterThan(0);
        foreach (var rel in relations)
        {
            rel.Cells.Count(c => c.Unknown).Should().NotBe(1, $"relation {rel} must not expose a single suppressed cell");
        }

        cells["c1/d2"].Status.Should().Be("D", "smallest free cell of column d2 (20 < 25)");
        cells["c2/d1"].Status.Should().Be("D", "smallest free cell of row c2 (40 < 60)");
        cells["c1/d1"].Status.Should().Be("D", "then row c1 and column d1 each had one unknown: the fixed point closes them with c1/d1");
        DisclosureAudit.Check(relations, []).Should().BeEmpty();
    }

    [Fact]
    public void DisclosureAudit_BrokenPattern_ReportsTheExposedCell()
    {
        var (relations, cells) = Table();
        cells["c2/d2"].Status = "A";
        cells["c1/d2"].Status = "D"; // protects the column, but rows c1 and c2 each still have one unknown

        var problems = DisclosureAudit.Check(relations, []);

        problems.Should().BeEquivalentTo(
            "c1/d2 (conf_status D) can be recovered from c1/row[F] = c1/d1[F] + c1/d2[D] + c1/d3[F]",
            "c2/d2 (conf_status A) can be recovered from c2/row[F] = c2/d1[F] + c2/d2[A] + c2/d3[F]");
    }

    [Fact]
    public void DisclosureAudit_FreeRatioOverSuppressedSum_Fails()
    {
        var num = new SuppressionCell("ai_revenue/district/310101", 5m) { Status = "A" };
        var den = new SuppressionCell("revenue/district/310101", 50m);
        var ratio = new SuppressionCell("ai_revenue_share/district/310101", 10m);

        DisclosureAudit.Check([], [(ratio, num, den)]).Should().ContainSingle().Which.Should().Contain("is free but its sums are not");
    }

    [Fact]
    public void SecondarySuppression_SensitiveUnpublishedResidual_ProtectedBySmallestMember()
    {
        var total = new SuppressionCell("total", 1000m);
        var p1 = new SuppressionCell("park P1", 300m);
        var p2 = new SuppressionCell("park P2", 600m);
        var rest = new SuppressionCell("no park", 100m, published: false, contributors: 1) { Status = "A" };
        var rel = new SuppressionRelation(total, [p1, p2, rest]);

        SecondarySuppression.Apply([rel]);

        p1.Status.Should().Be("D");
        p2.Status.Should().Be("F");
        DisclosureAudit.Check([rel], []).Should().BeEmpty();
    }

    [Fact]
    public void SecondarySuppression_FreeUnpublishedResidual_NothingToDo()
    {
        var total = new SuppressionCell("total", 1000m);
        var p1 = new SuppressionCell("park P1", 300m) { Status = "A" };
        var p2 = new SuppressionCell("park P2", 600m);
        var rest = new SuppressionCell("no park", 100m, published: false, contributors: 40);
        var rel = new SuppressionRelation(total, [p1, p2, rest]);

        SecondarySuppression.Apply([rel]).Should().Be(0, "the unpublished rest already hides P1");
    }

    [Fact]
    public void SecondarySuppression_EmptyCell_NeedsNoProtection()
    {
        var total = new SuppressionCell("total", 1000m);
        var d1 = new SuppressionCell("d1", 0m, contributors: 0) { Status = "A" };
        var d2 = new SuppressionCell("d2", 400m, contributors: 10);
        var d3 = new SuppressionCell("d3", 600m, contributors: 12);

        SecondarySuppression.Apply([new SuppressionRelation(total, [d1, d2, d3])]).Should().Be(0, "a member nobody reported reveals no one");
    }

    private static (List<SuppressionRelation> Relations, Dictionary<string, SuppressionCell> Cells) Table()
    {
        decimal[,] v = { { 10, 20, 30 }, { 40, 5, 60 } };
        var cells = new Dictionary<string, SuppressionCell>(StringComparer.Ordinal);
        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                cells[$"c{i + 1}/d{j + 1}"] = new SuppressionCell($"c{i + 1}/d{j + 1}", v[i, j]);
            }
        }

        cells["c1/row"] = new SuppressionCell("c1/row", 60m);
        cells["c2/row"] = new SuppressionCell("c2/row", 105m);
        cells["d1/col"] = new SuppressionCell("d1/col", 50m);
        cells["d2/col"] = new SuppressionCell("d2/col", 25m);
        cells["d3/col"] = new SuppressionCell("d3/col", 90m);
        cells["grand"] = new SuppressionCell("grand", 165m);
        var rels = new List<SuppressionRelation>
        {
            new(cells["c1/row"], [cells["c1/d1"], cells["c1/d2"], cells["c1/d3"]]),
            new(cells["c2/row"], [cells["c2/d1"], cells["c2/d2"], cells["c2/d3"]]),
            new(cells["d1/col"], [cells["c1/d1"], cells["c2/d1"]]),
            new(cells["d2/col"], [cells["c1/d2"], cells["c2/d2"]]),
            new(cells["d3/col"], [cells["c1/d3"], cells["c2/d3"]]),
            new(cells["grand"], [cells["c1/row"], cells["c2/row"]]),
            new(cells["grand"], [cells["d1/col"], cells["d2/col"], cells["d3/col"]]),
        };
        return (rels, cells);
    }
}
