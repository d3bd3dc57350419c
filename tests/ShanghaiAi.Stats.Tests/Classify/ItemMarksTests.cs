using System.Text;
using ShanghaiAi.Stats.Classify;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// The items' marks read from the marker words the automaton finds are those a word search in each item gives (the
/// search the scanner made before: IndexOf of every word in every item, a sale verb at the end of the item or before a
/// space, the first word of use, an English "sales of" start).
/// </summary>
public sealed class ItemMarksTests
{
    private static readonly string[] TradeWords = ["销售", "零售", "批发", "租赁"];
    private static readonly string[] SaleWords = ["销售", "零售", "批发", "租赁", "分销", "经销"];
    private static readonly string[] ProductSaleWords = ["销售", "零售", "批发", "租赁", "分销", "经销", "代理"];
    private static readonly string[] EnglishSaleStarts = ["sales of", "sale of", "retail of", "wholesale of", "rental of", "leasing of", "distribution of"];
    private static readonly string[] MakeWords = ["制造", "生产", "研发", "开发", "设计", "加工", "组装", "研制", "manufactur", "production", "development", "design", "r&d", "research"];
    private static readonly string[] UseWords = ["使用", "应用", "运用", "采用", "利用", "借助", "部署", "配置", "依托"];

    private static readonly string[] Pieces =
    [
        "销售", "零售", "批发", "租赁", "分销", "经销", "代理", "代理销售", "制造", "生产", "研发", "开发", "设计", "加工", "组装", "研制",
        "使用", "应用", "运用", "采用", "利用", "借助", "部署", "配置", "依托", "机器人", "智能", "服务", "门店", "商", "；", "，", "、", " ",
        "sales of robots", "retail of ", "Sale of", " design", "research", "production", "leasing", "s", "（不含许可类）", "。",
    ];

    private static readonly TermMatcher Matcher = new(["机器人"], ItemMarks.Words);

    [Fact]
    public void MarkItems_RandomBusinessScopes_SameMarksAsAWordSearchPerItem()
    {
        var random = new Random(4754);
        for (var n = 0; n < 2000; n++)
        {
            var text = TextNormaliser.Normalise(RandomText(random));
            var s = new ClassifierScratch(4);
            s.Reset();
            var (breaks, marks) = Scan(text);

            ItemMarks.MarkItems(s, text, breaks, marks);

            var items = text.Split(TextNormaliser.ClauseBreak);
            var start = 0;
            for (var c = 0; c < items.Length; c++)
            {
                var item = items[c];
                var because = $"item {c} \"{item}\" of \"{text}\"";
                s.IsTradeClause(c).Should().Be(Holds(item, TradeWords), because);
                (c < s.MakeClause.Length && s.MakeClause[c]).Should().Be(Holds(item, MakeWords), because);
                (c < s.SaleItem.Length && s.SaleItem[c]).Should().Be(IsSale(item, SaleWords), because);
                var use = FirstOf(item, UseWords);
                (c < s.UseAt.Length ? s.UseAt[c] : 0).Should().Be(use < 0 ? 0 : start + use + 1, because);
                start += item.Length + 1;
            }
        }
    }

    [Fact]
    public void TradeOnly_RandomMainProducts_SameAsAWordSearch()
    {
        var random = new Random(2017);
        for (var n = 0; n < 2000; n++)
        {
            var text = TextNormaliser.Normalise(RandomText(random));
            var (_, marks) = Scan(text);

            var expected = (IsSale(text, ProductSaleWords) || text.Contains("代理销售", StringComparison.Ordinal)) && !Holds(text, MakeWords);
            ItemMarks.TradeOnly(text, marks).Should().Be(expected, "\"{0}\"", text);
        }
    }

    [Theory]
    [InlineData("智能网联汽车销售", true)]
    [InlineData("服务器销售 不含许可类", true)]
    [InlineData("零售门店管理", false)]
    [InlineData("sales of service robots", true)]
    [InlineData("经销商订货系统", false)]
    public void MarkItems_SaleInTheLicencesPhrasing_IsASaleItem(string item, bool sale)
    {
        var text = TextNormaliser.Normalise("技术开发；" + item);
        var s = new ClassifierScratch(4);
        s.Reset();
        var (breaks, marks) = Scan(text);

        ItemMarks.MarkItems(s, text, breaks, marks);

        (s.SaleItem.Length > 1 && s.SaleItem[1]).Should().Be(sale);
        s.SaleItem[0].Should().BeFalse();
        s.MakeClause[0].Should().BeTrue();
    }

    private static (List<int> Breaks, List<TermHit> Marks) Scan(string text)
    {
        var breaks = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == TextNormaliser.ClauseBreak)
            {
                breaks.Add(i);
            }
        }

        var marks = new List<TermHit>();
        Matcher.Scan(text, [], marks);
        return (breaks, marks);
    }

    private static string RandomText(Random random)
    {
        var sb = new StringBuilder();
        var parts = random.Next(0, 25);
        for (var p = 0; p < parts; p++)
        {
            sb.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return sb.ToString();
    }

    private static bool Holds(string item, string[] words) => words.Any(w => item.Contains(w, StringComparison.Ordinal));

    private static bool IsSale(string item, string[] verbs)
    {
        var trimmed = item.Trim();
        if (EnglishSaleStarts.Any(s => trimmed.StartsWith(s, StringComparison.Ordinal)))
        {
            return true;
        }

        foreach (var verb in verbs)
        {
            for (var i = item.IndexOf(verb, StringComparison.Ordinal); i >= 0; i = item.IndexOf(verb, i + 1, StringComparison.Ordinal))
            {
                var after = i + verb.Length;
                if (after == item.Length || item[after] == ' ')
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int FirstOf(string item, string[] words)
        => words.Select(w => item.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
}
