using System.Text;
using Microsoft.Extensions.Time.Testing;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Pipeline;
using ShanghaiAi.Stats.Warehouse;
using static ShanghaiAi.Stats.Tests.Support.TestFiles;

namespace ShanghaiAi.Stats.Tests.Pipeline;

public sealed class OverrideFileTests : IDisposable
{
    private static readonly ClassificationStandard Standard = ClassificationStandard.LoadEmbedded();
    private readonly SeededWarehouse _w = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 10, 20, 8, 0, 0, TimeSpan.Zero));
    private readonly ClassificationStore _store;

    public OverrideFileTests() => _store = new ClassificationStore(_w.Warehouse);

    public void Dispose() => _w.Dispose();

    [Fact]
    public void Import_Gb18030FileWithChineseHeaders_RecordsEveryDecision()
    {
        var path = Path.Combine(_w.Dir, "overrides.csv");
        var text = $"统一社会信用代码,分类代码,理由,决定人,决定时间\n{Uscc(1)},0303,主营机器视觉,stat.li,2026-10-02\n{Uscc(2).ToLowerInvariant()},00,不属于人工智能,stat.wang,\n";
        File.WriteAllBytes(path, TextEncodings.Gb18030.GetBytes(text));

        OverrideFile.Import(_w.Warehouse, path, Standard, _time).Should().Be(2);

        var current = _store.CurrentOverrides();
        current[Uscc(1)].Should().Be(new ClassificationOverride(Uscc(1), "0303", "主营机器视觉", "stat.li", new DateTimeOffset(2026, 10, 2, 0, 0, 0, TimeSpan.Zero)));
        current[Uscc(2)].Should().Be(new ClassificationOverride(Uscc(2), "00", "不属于人工智能", "stat.wang", _time.GetUtcNow()));
    }

    [Fact]
    public void Import_BadRows_NothingImportedAndEveryProblemNamed()
    {
        var path = Path.Combine(_w.Dir, "overrides.csv");
        File.WriteAllText(path, $"uscc,category,reason,decided_by\n{Uscc(1)},0303,ok,stat.li\n91310115ZZZZZZZZZZ,0303,x,stat.li\n{Uscc(3)},0303,,stat.li\n{Uscc(1)},0304,again,stat.li\n");

        FluentActions.Invoking(() => OverrideFile.Import(_w.Warehouse, path, Standard, _time)).Should().Throw<StatsException>().WithMessage(
            "overrides.csv: 3 row(s) rejected, nothing imported" + Environment.NewLine +
            "overrides.csv row 3, column uscc: expected a valid unified social credit code, found '91310115ZZZZZZZZZZ' (character 9 'Z' is not allowed (GB 32100-2015 uses 0-9 and A-Y without I, O, S, V, Z))" + Environment.NewLine +
            "overrides.csv row 4, column reason: expected the reason of the decision, found an empty value" + Environment.NewLine +
            $"overrides.csv row 5, column uscc: duplicate decision for {Uscc(1)}, first at row 2");
        _store.CurrentOverrides().Should().BeEmpty();
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
