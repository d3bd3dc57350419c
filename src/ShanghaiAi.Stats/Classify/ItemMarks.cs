using System.Runtime.CompilerServices;

namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// What the items of the business scope and 主要产品 do with goods, read from the marker words the
/// <see cref="TermMatcher"/> finds in the same walk as the terms: an item that trades goods (第二类医疗器械销售, 药品零售,
/// 出版物批发, 医疗设备租赁), one that names making them (智能机器人的研发、制造、销售: the firm sells what it makes), a sale
/// in the licence's phrasing (the trade verb at the end of the item or of a part of it: 智能网联汽车销售, 服务器销售 不含许可类;
/// an English item starting "sales of" ...; a trade word inside a noun, 零售门店, 经销商订货, 租赁资产, is no sale), the first
/// word of use (应用手术机器人开展诊疗, 部署服务机器人办理业务), and a 主要产品 that only trades goods.
/// </summary>
internal static class ItemMarks
{
    private const byte Trade = 1;
    private const byte Sale = 2;
    private const byte ProductSale = 4;
    private const byte Make = 8;
    private const byte Use = 16;
    private const byte Agency = 32;
    private const byte NearAi = 64;

    private static readonly (string Word, byte Kinds)[] Marks = BuildMarks();

    /// <summary>The marker words, in the order of their ids.</summary>
    public static readonly string[] Words = Marks.Select(m => m.Word).ToArray();

    private static readonly byte[] Kinds = Marks.Select(m => m.Kinds).ToArray();

    private static readonly string[] EnglishSaleStarts = ["sales of", "sale of", "retail of", "wholesale of", "rental of", "leasing of", "distribution of"];

    private static (string, byte)[] BuildMarks()
    {
        var kinds = new Dictionary<string, byte>(StringComparer.Ordinal);
        void Add(byte kind, params string[] words)
        {
            foreach (var w in words)
            {
                kinds[w] = (byte)(kinds.GetValueOrDefault(w) | kind);
            }
        }

        Add(Trade, "销售", "零售", "批发", "租赁");
        Add(Sale, "销售", "零售", "批发", "租赁", "分销", "经销");
        Add(ProductSale, "销售", "零售", "批发", "租赁", "分销", "经销", "代理");
        Add(Make, "制造", "生产", "研发", "开发", "设计", "加工", "组装", "研制", "manufactur", "production", "development", "design", "r&d", "research");
        Add(Use, "使用", "应用", "运用", "采用", "利用", "借助", "部署", "配置", "依托");
        Add(Agency, "代理销售");
        Add(NearAi, "智能", "智慧", "算法", "模型", "smart", "intelligen", "algorithm");
        return kinds.Select(k => (k.Key, k.Value)).ToArray();
    }

    /// <summary>
    /// Marks the items of the business scope <paramref name="span"/> (split at <paramref name="breaks"/>) from its
    /// <paramref name="marks"/> (in order of end position): trade, make, sale items and the first word of use of each.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: compiled optimised at once, not after a long run in tier 0
    public static void MarkItems(ClassifierScratch s, ReadOnlySpan<char> span, List<int> breaks, List<TermHit> marks)
    {
        var c = 0;
        foreach (var m in marks)
        {
            while (c < breaks.Count && breaks[c] < m.Start)
            {
                c++; // a marker holds no clause break, and the markers come in order of end: the item only moves on
            }

            var kinds = Kinds[m.Term];
            if ((kinds & Trade) != 0)
            {
                s.MarkTradeClause(c);
            }

            if ((kinds & Make) != 0)
            {
                s.MarkMakeClause(c);
            }

            if ((kinds & Sale) != 0 && EndsAPart(span, m.End, c < breaks.Count ? breaks[c] : span.Length))
            {
                s.MarkSaleItem(c);
            }

            if ((kinds & Use) != 0)
            {
                s.MarkFirstUse(c, m.Start);
            }
        }

        var start = 0;
        for (c = 0; c <= breaks.Count; c++)
        {
            var end = c < breaks.Count ? breaks[c] : span.Length;
            if (EnglishSale(span[start..end]))
            {
                s.MarkSaleItem(c);
            }

            start = end + 1;
        }
    }

    /// <summary>
    /// True when one of <paramref name="marks"/> is a word near AI that is no AI signal (智能, 智慧, 算法, 模型, smart,
    /// intelligent, algorithm): a text without an AI signal that holds one is out of scope by the rules, but not surely.
    /// </summary>
    public static bool HoldsWordNearAi(List<TermHit> marks)
    {
        foreach (var m in marks)
        {
            if ((Kinds[m.Term] & NearAi) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where 主要产品 first says the firm uses goods (利用, 使用, 借助, 采用, 依托, 运用; not 应用 or 部署, which a maker's
    /// product text writes for what its product is applied to): the position after which a device term names a tool, or -1;
    /// -1 too when 主要产品 names making or developing anything (研发, 制造, 开发 …).
    /// </summary>
    public static int ProductUseStart(List<TermHit> marks)
    {
        var start = -1;
        foreach (var m in marks)
        {
            var kinds = Kinds[m.Term];
            if ((kinds & Make) != 0)
            {
                return -1;
            }

            if ((kinds & Use) != 0 && start < 0 && Words[m.Term] is not ("应用" or "部署" or "配置"))
            {
                start = m.Start;
            }
        }

        return start;
    }

    /// <summary>True when 主要产品 <paramref name="span"/> only trades goods (代理销售, 分销, 零售 ... and no making), from its <paramref name="marks"/>.</summary>
    public static bool TradeOnly(ReadOnlySpan<char> span, List<TermHit> marks)
    {
        var trades = EnglishSale(span);
        foreach (var m in marks)
        {
            var kinds = Kinds[m.Term];
            if ((kinds & Make) != 0)
            {
                return false;
            }

            trades |= (kinds & Agency) != 0 || ((kinds & ProductSale) != 0 && EndsAPart(span, m.End, span.Length));
        }

        return trades;
    }

    /// <summary>True when a word ending at <paramref name="end"/> ends its item (ending at <paramref name="itemEnd"/>) or a part of it.</summary>
    private static bool EndsAPart(ReadOnlySpan<char> span, int end, int itemEnd) => end == itemEnd || span[end] == ' ';

    private static bool EnglishSale(ReadOnlySpan<char> item)
    {
        var trimmed = item.Trim(' '); // normalised text holds no other white space
        if (trimmed.IsEmpty || trimmed[0] is not ('s' or 'r' or 'w' or 'l' or 'd'))
        {
            return false;
        }

        foreach (var start in EnglishSaleStarts)
        {
            if (trimmed.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
