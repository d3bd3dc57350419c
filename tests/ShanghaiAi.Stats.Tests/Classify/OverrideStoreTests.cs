using System.Text;
using Microsoft.Extensions.Time.Testing;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

public sealed class OverrideStoreTests : IDisposable
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());
    private readonly ClassifyWarehouseFixture _w = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 10, 20, 8, 0, 0, TimeSpan.Zero));

    public void Dispose() => _w.Dispose();

    [Fact]
    public void Add_TwoDecisions_KeepsHistoryAndTheLatestIsCurrent()
    {
        var first = new ClassificationOverride(Uscc(1), "0505", "主营AI导诊", "stat.wang", new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero));
        var second = first with { Category = "0404", Reason = "取得二类医疗器械证", DecidedBy = "stat.li", DecidedAt = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero) };
        OverrideStore.Add(_w.Warehouse, first);
        OverrideStore.Add(_w.Warehouse, second);

        OverrideStore.Current(_w.Warehouse).Values.Should().Equal(second);
        OverrideStore.History(_w.Warehouse, Uscc(1)).Should().Equal((first, second.DecidedAt), (second, (DateTimeOffset?)null));
    }

    [Fact]
    public void Add_UnknownCategory_RejectedWithClearMessage()
    {
        var bad = new ClassificationOverride(Uscc(1), "0999", "test", "stat.li", _time.GetUtcNow());
        FluentActions.Invoking(() => OverrideStore.Add(_w.Warehouse, bad)).Should().Throw<StatsException>()
            .WithMessage("override, column category: expected a 4-digit category of edition 2025 or 00, found '0999'");
    }

    [Fact]
    public void Overrides_SurviveReclassification()
    {
        _w.Register(Uscc(1), "上海未来智能科技有限公司", "6513", "人工智能应用软件开发");
        _w.Register(Uscc(2), "上海弘楼智能化工程有限公司", "4999", "建筑智能化工程施工");
        ClassificationRunner.ClassifyWarehouse(_w.Warehouse, Classifier, _time);
        OverrideStore.Add(_w.Warehouse, new ClassificationOverride(Uscc(1), "0505", "年报显示主营AI辅助问诊", "stat.li", _time.GetUtcNow()));
        OverrideStore.Add(_w.Warehouse, new ClassificationOverride(Uscc(2), "0509", "实地核查：提供AI视觉系统集成", "stat.li", _time.GetUtcNow()));

        for (var run = 0; run < 2; run++)
        {
            _time.Advance(TimeSpan.FromHours(1));
            var s = ClassificationRunner.ClassifyWarehouse(_w.Warehouse, Classifier, _time);
            s.Overridden.Should().Be(2);
        }

        _w.Query("SELECT uscc, category, scope_basis, review, confidence FROM classifications WHERE valid_to IS NULL ORDER BY uscc").Should().BeEquivalentTo(new[]
        {
            new object?[] { Uscc(1), "0505", "override", false, 1.0 },
            new object?[] { Uscc(2), "0509", "override", false, 1.0 },
        }, o => o.WithStrictOrdering());
        _w.Query("SELECT count(*) FROM classifications")[0][0].Should().Be(6L);
        ((string)_w.Query("SELECT evidence FROM classifications WHERE valid_to IS NULL AND uscc = '" + Uscc(1) + "'")[0][0]!)
            .Should().StartWith("override by stat.li on 2026-10-20: 年报显示主营AI辅助问诊; rules gave 0509 (text): ");
    }

    [Fact]
    public void ImportCsv_Gb18030FileWithChineseHeaders_RecordsEveryDecision()
    {
        var path = Path.Combine(_w.Dir, "overrides.csv");
        var text = $"统一社会信用代码,分类代码,理由,决定人,决定时间\n{Uscc(1)},0303,主营机器视觉,stat.li,2026-10-02\n{Uscc(2).ToLowerInvariant()},00,不属于人工智能,stat.wang,\n";
        File.WriteAllBytes(path, TextEncodings.Gb18030.GetBytes(text));

        OverrideStore.ImportCsv(_w.Warehouse, path, _time).Should().Be(2);

        var current = OverrideStore.Current(_w.Warehouse);
        current[Uscc(1)].Should().Be(new ClassificationOverride(Uscc(1), "0303", "主营机器视觉", "stat.li", new DateTimeOffset(2026, 10, 2, 0, 0, 0, TimeSpan.Zero)));
        current[Uscc(2)].Should().Be(new ClassificationOverride(Uscc(2), "00", "不属于人工智能", "stat.wang", _time.GetUtcNow()));
    }

    [Fact]
    public void ImportCsv_BadRows_NothingImportedAndEveryProblemNamed()
    {
        var path = Path.Combine(_w.Dir, "overrides.csv");
        File.WriteAllText(path, $"uscc,category,reason,decided_by\n{Uscc(1)},0303,ok,stat.li\n91310115ZZZZZZZZZZ,0303,x,stat.li\n{Uscc(3)},0303,,stat.li\n{Uscc(1)},0304,again,stat.li\n");

        FluentActions.Invoking(() => OverrideStore.ImportCsv(_w.Warehouse, path, _time)).Should().Throw<StatsException>().WithMessage(
            "overrides.csv: 3 row(s) rejected, nothing imported" + Environment.NewLine +
            "overrides.csv row 3, column uscc: expected a valid unified social credit code, found '91310115ZZZZZZZZZZ' (character 9 'Z' is not allowed (GB 32100-2015 uses 0-9 and A-Y without I, O, S, V, Z))" + Environment.NewLine +
            "overrides.csv row 4, column reason: expected the reason of the decision, found an empty value" + Environment.NewLine +
            $"overrides.csv row 5, column uscc: duplicate decision for {Uscc(1)}, first at row 2");
        OverrideStore.Current(_w.Warehouse).Should().BeEmpty();
    }
}

internal static class TextEncodings
{
    public static Encoding Gb18030
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030");
        }
    }
}
