using Microsoft.Extensions.Time.Testing;
using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

public sealed class ClassificationRunnerTests : IDisposable
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());
    private readonly ClassifyWarehouseFixture _w = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 10, 20, 8, 0, 0, TimeSpan.Zero));

    public void Dispose() => _w.Dispose();

    [Fact]
    public void ClassifyWarehouse_CurrentRegister_ClassifiesWithTheLatestCurrentReportsShare()
    {
        _w.Register(Uscc(1), "上海甲机器人有限公司", "3491", "工业机器人制造");
        _w.Register(Uscc(2), "上海乙软件有限公司", "6513", "软件开发；计算机系统服务");
        _w.Register(Uscc(2), "上海乙软件（旧名）有限公司", "6513", "软件开发", validTo: new DateTime(2026, 3, 1));
        _w.Register(Uscc(3), "上海丙服装有限公司", "5273", "服装零售");
        // enterprise 1: latest current report 2026-09 has 40%; the superseded revision of 2026-09 had 10%
        _w.Report(Uscc(1), new DateTime(2026, 8, 1), 1000m, 100m);
        _w.Report(Uscc(1), new DateTime(2026, 9, 1), 1000m, 100m, 1, new DateTime(2026, 10, 5));
        _w.Report(Uscc(1), new DateTime(2026, 9, 1), 1000m, 400m, 2);
        // enterprise 2: 35% in its latest report puts it in scope by revenue share
        _w.Report(Uscc(2), new DateTime(2026, 9, 1), 2000m, 700m);
        // enterprise 3: revenue 0 in its latest report: no share
        _w.Report(Uscc(3), new DateTime(2026, 9, 1), 0m, 0m);

        var s = ClassificationRunner.ClassifyWarehouse(_w.Warehouse, Classifier, _time);

        (s.Classified, s.InScope, s.AiEnterprises, s.Review, s.Overridden, s.Superseded).Should().Be((3, 2, 2, 1, 0, 0));
        s.ByCategory.Should().Equal(new Dictionary<string, int> { ["00"] = 1, ["0401"] = 1, ["0509"] = 1 });
        var rows = _w.Query("SELECT uscc, edition, category, category_l1, scope_basis, ai_enterprise, review, classified_at, valid_to FROM classifications ORDER BY uscc");
        rows.Should().BeEquivalentTo(new[]
        {
            new object?[] { Uscc(1), "2025", "0401", "04", "class", true, false, new DateTime(2026, 10, 20, 8, 0, 0), null },
            new object?[] { Uscc(2), "2025", "0509", "05", "revenue-share", true, true, new DateTime(2026, 10, 20, 8, 0, 0), null },
            new object?[] { Uscc(3), "2025", "00", "00", "none", false, false, new DateTime(2026, 10, 20, 8, 0, 0), null },
        }, o => o.WithStrictOrdering());
        _w.Query("SELECT evidence FROM classifications WHERE uscc = '" + Uscc(1) + "'")[0][0].Should()
            .Be("经营范围 matched 工业机器人 (0401); industry 3491 is wholly in scope (0401); AI revenue share 40.0% >= 30%; rule 3: whole class decides 0401");
    }

    [Fact]
    public void ClassifyWarehouse_SecondRun_ClosesThePreviousRowsInsteadOfDeletingThem()
    {
        _w.Register(Uscc(1), "上海甲科技有限公司", "6513", "人脸识别算法开发");
        ClassificationRunner.ClassifyWarehouse(_w.Warehouse, Classifier, _time);
        _time.Advance(TimeSpan.FromDays(1));
        var s = ClassificationRunner.ClassifyWarehouse(_w.Warehouse, Classifier, _time);

        s.Superseded.Should().Be(1);
        _w.Query("SELECT classified_at, valid_to FROM classifications ORDER BY classified_at").Should().BeEquivalentTo(new[]
        {
            new object?[] { new DateTime(2026, 10, 20, 8, 0, 0), new DateTime(2026, 10, 21, 8, 0, 0) },
            new object?[] { new DateTime(2026, 10, 21, 8, 0, 0), null },
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void ReviewQueue_List_ReturnsCurrentFlaggedEnterprisesWithNameAndReason()
    {
        _w.Register(Uscc(1), "上海未来智能科技有限公司", "6513", "人工智能应用软件开发；软件开发");
        _w.Register(Uscc(2), "上海甲机器人有限公司", "3491", "工业机器人制造");
        _w.Register(Uscc(3), "上海灵犀人工智能科技有限公司", "6513", "软件开发；会议及展览服务");
        ClassificationRunner.ClassifyWarehouse(_w.Warehouse, Classifier, _time);

        var queue = ReviewQueue.List(_w.Warehouse);

        queue.Select(q => (q.Uscc, q.Name, q.Category, q.Reason)).Should().Equal(
            (Uscc(3), "上海灵犀人工智能科技有限公司", "00", "the name carries an AI term but the business scope and main products do not"),
            (Uscc(1), "上海未来智能科技有限公司", "0509", "only a generic AI term"));
        queue[1].Evidence.Should().StartWith("经营范围 matched 人工智能应用软件开发 (AI signal)");
    }
}
