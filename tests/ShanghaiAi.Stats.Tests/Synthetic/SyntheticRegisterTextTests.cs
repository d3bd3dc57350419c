using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Synthetic;

namespace ShanghaiAi.Stats.Tests.Synthetic;

/// <summary>The register texts read like real licences: every category's own terms, and traps without AI signal.</summary>
public sealed class SyntheticRegisterTextTests
{
    private static readonly string[] AiSignals =
    [
        "机器学习", "深度学习", "计算机视觉", "图像识别", "机器视觉", "自然语言处理", "智能语音", "语音识别", "知识图谱",
        "生物特征识别", "人脸识别", "大模型", "生成式人工智能", "人工智能", "智能机器人", "自动驾驶", "AI", "artificial intelligence",
        "machine learning",
    ];

    /// <summary>3,000 register rows of the default seed with their intended category, generated once.</summary>
    private static readonly Lazy<List<(Dictionary<string, string> Row, string Category)>> Rows = new(() =>
    {
        var dir = Path.Combine(Path.GetTempPath(), "aistats-synth-" + Guid.NewGuid().ToString("N"));
        try
        {
            var set = SyntheticGenerator.GenerateRegister(new GeneratorOptions(3_000, 36, new Period(2026, 9), 20250), dir, ReferenceData.Embedded);
            var truth = SyntheticFixture.Read(set.TruthPath);
            return [.. SyntheticFixture.Read(set.RegisterPath).Select((r, i) => (r, truth[i]["true_category"]))];
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    });

    private readonly List<(Dictionary<string, string> Row, string Category)> _rows = Rows.Value;

    [Theory]
    [InlineData("0101", "AI芯片")]
    [InlineData("0101", "GPU")]
    [InlineData("0102", "智能服务器")]
    [InlineData("0103", "激光雷达")]
    [InlineData("0201", "智算中心")]
    [InlineData("0202", "数据标注")]
    [InlineData("0301", "大模型")]
    [InlineData("0302", "深度学习框架")]
    [InlineData("0303", "机器视觉")]
    [InlineData("0304", "语音识别")]
    [InlineData("0305", "知识图谱")]
    [InlineData("0306", "人脸识别")]
    [InlineData("0307", "虚拟现实")]
    [InlineData("0401", "工业机器人")]
    [InlineData("0402", "自动驾驶")]
    [InlineData("0403", "无人机")]
    [InlineData("0404", "医学影像辅助诊断")]
    [InlineData("0405", "智能穿戴")]
    [InlineData("0501", "工业互联网+人工智能")]
    [InlineData("0502", "智能风控")]
    [InlineData("0503", "智能仓储")]
    [InlineData("0504", "智慧教育")]
    [InlineData("0505", "智慧养老")]
    [InlineData("0506", "城市大脑")]
    [InlineData("0507", "智慧法院")]
    [InlineData("0508", "AIGC")]
    [InlineData("0509", "AI系统集成")]
    public void GenerateRegister_Category_ScopesCarryItsCharacteristicTerm(string category, string term)
        => _rows.Should().Contain(x => x.Category == category && x.Row["business_scope"].Contains(term, StringComparison.Ordinal));

    [Theory]
    [InlineData("建筑智能化")]
    [InlineData("智能卡")]
    [InlineData("智能家居产品销售")]
    [InlineData("智能化安装工程")]
    [InlineData("应用软件开发")]
    [InlineData("从事智能科技")]
    public void GenerateRegister_OutOfScope_IncludesTrapsWithoutAiSignal(string trap)
        => _rows.Should().Contain(x => x.Category == "00" && x.Row["business_scope"].Contains(trap, StringComparison.Ordinal));

    [Fact]
    public void GenerateRegister_OutOfScope_NeverCarriesAnAiSignal()
    {
        var outOfScope = _rows.Where(x => x.Category == "00").ToList();
        outOfScope.Count.Should().BeInRange(900, 1200, "about 35% of 3,000");
        foreach (var (row, _) in outOfScope)
        {
            var text = row["business_scope"] + " " + row["main_products"];
            AiSignals.Should().NotContain(s => text.Contains(s, StringComparison.Ordinal), $"{row["uscc"]} is out of scope: {text}");
            new[] { "3491", "3492", "3961", "3962", "3963", "3964", "3969" }.Should().NotContain(row["industry_code"], "a whole AI class puts a firm in scope");
        }
    }

    [Fact]
    public void GenerateRegister_Texts_LookLikeLicencesInChineseAndSomeEnglish()
    {
        _rows.Count(x => x.Row["business_scope"].Contains("（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）", StringComparison.Ordinal))
            .Should().BeGreaterThan(1000);
        _rows.Count(x => x.Row["business_scope"].StartsWith("Technology development", StringComparison.Ordinal)).Should().BeInRange(30, 300);
        _rows.Should().OnlyContain(x => x.Row["name"].Contains("上海", StringComparison.Ordinal) && x.Row["name"].EndsWith("公司", StringComparison.Ordinal));
        _rows.Select(x => x.Row["name"]).Distinct().Count().Should().BeGreaterThan(2_950, "names are varied");
        var wholeClass = new Dictionary<string, string[]>
        {
            ["0401"] = ["3491", "3492", "3964"], ["0403"] = ["3963"], ["0405"] = ["3961", "3969"], ["0101"] = ["6520", "3973"],
        };
        foreach (var (category, codes) in wholeClass)
        {
            _rows.Where(x => x.Category == category).Should().OnlyContain(x => codes.Contains(x.Row["industry_code"]), category);
        }
    }
}
