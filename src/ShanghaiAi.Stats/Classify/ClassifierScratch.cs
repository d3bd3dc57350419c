using System.Text;

namespace ShanghaiAi.Stats.Classify;

/// <summary>Per-thread working memory of the <see cref="Classifier"/>: reused across rows so classifying allocates little.</summary>
internal sealed class ClassifierScratch
{
    public ClassifierScratch(int categories)
    {
        Strong = new int[categories];
        Context = new int[categories];
        ShareContext = new bool[categories];
        Hinted = new bool[categories];
    }

    public char[] Buffer = new char[1024];

    public readonly List<TermHit> Hits = new(64);

    public readonly List<int> Breaks = new(32);

    /// <summary>The marker words (<see cref="ItemMarks"/>) found in the field being scanned.</summary>
    public readonly List<TermHit> Marks = new(32);

    /// <summary>Terms kept after exclusions and overlaps, over all fields.</summary>
    public readonly List<FoundTerm> Found = new(64);

    public bool[] SignalClause = new bool[64];

    /// <summary>Per item of the business scope: it trades goods (…销售, …零售, …批发, …租赁), naming what is sold, not a sector served.</summary>
    public bool[] TradeClause = new bool[64];

    /// <summary>Per item of the business scope: it names making goods (…制造, …生产, …研发 ...), so a trade in it sells the firm's own products.</summary>
    public bool[] MakeClause = new bool[64];

    /// <summary>
    /// Per item of the business scope: 1 + the position of the first word saying the firm uses goods (使用, 应用, 部署,
    /// 配置 ...), 0 when none: a device named after it is a means of the firm's service, not its product.
    /// </summary>
    public int[] UseAt = new int[64];

    /// <summary>
    /// Per item of the business scope: it is a sale in the licence's own phrasing, the goods then the trade verb at the
    /// end (智能网联汽车销售, AI学习机零售, 服务器批发) or "sales of ..." — not a trade word inside a noun (零售门店, 经销商,
    /// 租赁资产, retail stores).
    /// </summary>
    public bool[] SaleItem = new bool[64];

    /// <summary>
    /// The registered industry is a manufacturing class (GB/T 4754-2017 section C, divisions 13-43): the firm makes goods,
    /// so an item selling them sells its own products.
    /// </summary>
    public bool Manufacturer;

    /// <summary>The one category the registered partly-AI (*) class belongs to (3983 -> 0103, 3911 -> 0102), or -1.</summary>
    public int OneCategoryClass = -1;

    /// <summary>主要产品 only trades goods (代理销售, 分销, 零售 ... and no making): it names what is sold, not what is made.</summary>
    public bool ProductsTradeOnly;

    /// <summary>Where 主要产品 first says the firm uses goods (利用无人机开展…), -1 when it does not or names making (<see cref="ItemMarks.ProductUseStart"/>).</summary>
    public int ProductsUseStart = -1;

    /// <summary>True when 经营范围 or 主要产品 holds a word near AI that is no AI signal (智能, 算法, 模型: <see cref="ItemMarks.HoldsWordNearAi"/>).</summary>
    public bool NearAi;

    /// <summary>Per item of the business scope: characters no term covers (see <see cref="ItemResidue"/>).</summary>
    public int[] Residue = new int[64];

    /// <summary>主要产品: characters no term covers, over the whole field (see <see cref="ItemResidue"/>).</summary>
    public int ProductResidue;

    /// <summary>An AI signal was found in 经营范围 or 主要产品 (set by the decision).</summary>
    public bool HasTextSignal;

    public readonly int[] Strong;

    public readonly int[] Context;

    public readonly bool[] ShareContext;

    public readonly bool[] Hinted;

    public readonly StringBuilder Text = new(512);

    public readonly List<string> Codes = new(8);

    public void Reset()
    {
        Found.Clear();
        Array.Clear(Strong);
        Array.Clear(Context);
        Array.Clear(ShareContext);
        Array.Clear(Hinted);
        Array.Clear(SignalClause);
        Array.Clear(TradeClause);
        Array.Clear(MakeClause);
        Array.Clear(UseAt);
        Array.Clear(SaleItem);
        ProductsTradeOnly = false;
        ProductsUseStart = -1;
        NearAi = false;
        Manufacturer = false;
        OneCategoryClass = -1;
        Array.Clear(Residue);
        ProductResidue = 0;
        Text.Clear();
        Codes.Clear();
    }

    public char[] BufferFor(int length)
    {
        if (Buffer.Length < length)
        {
            Buffer = new char[Math.Max(length, Buffer.Length * 2)];
        }

        return Buffer;
    }

    public void MarkSignalClause(int clause) => Mark(ref SignalClause, clause);

    public void MarkTradeClause(int clause) => Mark(ref TradeClause, clause);

    public void MarkMakeClause(int clause) => Mark(ref MakeClause, clause);

    public void MarkSaleItem(int clause) => Mark(ref SaleItem, clause);

    public bool IsTradeClause(int clause) => clause >= 0 && clause < TradeClause.Length && TradeClause[clause];

    /// <summary>True when item <paramref name="clause"/> only sells, retails, wholesales or rents goods: it names what is sold, not what is made.</summary>
    public bool IsSaleOnlyClause(int clause) => IsTradeClause(clause) && !(clause < MakeClause.Length && MakeClause[clause]);

    /// <summary>Records that item <paramref name="clause"/> says the firm uses goods, from <paramref name="position"/> on.</summary>
    public void MarkUse(int clause, int position)
    {
        if (clause >= UseAt.Length)
        {
            Array.Resize(ref UseAt, Math.Max(clause + 1, UseAt.Length * 2));
        }

        UseAt[clause] = position + 1;
    }

    /// <summary>Records a word of use at <paramref name="position"/> in item <paramref name="clause"/>, unless one stands earlier.</summary>
    public void MarkFirstUse(int clause, int position)
    {
        if (clause >= UseAt.Length || UseAt[clause] == 0 || UseAt[clause] > position + 1)
        {
            MarkUse(clause, position);
        }
    }

    /// <summary>
    /// True when <paramref name="f"/> names goods the firm trades or uses rather than makes: it stands in an item that only
    /// sells, retails, wholesales or rents goods, or after a word of use (应用手术机器人开展诊疗, 部署服务机器人) in an item that
    /// names no making, or in a 主要产品 that only trades goods.
    /// </summary>
    public bool IsTradedOrUsed(in FoundTerm f) => f.Field switch
    {
        TextField.BusinessScope => (IsSaleOnlyClause(f.Clause) && !Manufacturer) || IsUsed(f.Clause, f.Start),
        TextField.MainProducts => ProductsTradeOnly && !Manufacturer,
        _ => false,
    };

    /// <summary>
    /// True when <paramref name="f"/> names goods that are only sold (a sale item of the business scope that names no
    /// making, or a 主要产品 that only trades goods) by a firm whose registered industry is not manufacturing.
    /// </summary>
    public bool IsSoldOnly(in FoundTerm f) => !Manufacturer && f.Field switch
    {
        TextField.BusinessScope => f.Clause >= 0 && f.Clause < SaleItem.Length && SaleItem[f.Clause] && !(f.Clause < MakeClause.Length && MakeClause[f.Clause]),
        TextField.MainProducts => ProductsTradeOnly,
        _ => false,
    };

    /// <summary>True when <paramref name="f"/> stands in 主要产品 after a word of use that names no making (利用无人机与视觉识别开展盘点服务).</summary>
    public bool IsUsedInProducts(in FoundTerm f) => f.Field == TextField.MainProducts && ProductsUseStart >= 0 && ProductsUseStart < f.Start;

    private bool IsUsed(int clause, int start) => clause >= 0 && clause < UseAt.Length && UseAt[clause] > 0 && UseAt[clause] - 1 < start
        && !(clause < MakeClause.Length && MakeClause[clause]);

    private static void Mark(ref bool[] marks, int clause)
    {
        if (clause >= marks.Length)
        {
            Array.Resize(ref marks, Math.Max(clause + 1, marks.Length * 2));
        }

        marks[clause] = true;
    }

    /// <summary>The residue counts of the business scope's items, room for at least <paramref name="items"/> (cleared by <see cref="Reset"/>).</summary>
    public int[] ResidueFor(int items)
    {
        if (items > Residue.Length)
        {
            Array.Resize(ref Residue, Math.Max(items, Residue.Length * 2));
        }

        return Residue;
    }

    /// <summary>True when 主要产品 says more than its terms: what the product is applied to, in words no list knows.</summary>
    public bool ProductsUnexplained => ProductResidue > ItemResidue.Known;

    /// <summary>True when item <paramref name="clause"/> of the business scope says more than its terms (see <see cref="ItemResidue"/>).</summary>
    public bool Unexplained(int clause) => clause >= 0 && clause < Residue.Length && Residue[clause] > ItemResidue.Known;

    public bool IsSignalClause(int clause) => clause < SignalClause.Length && SignalClause[clause];

    /// <summary>True when category <paramref name="p"/> (precedence index) has a strong or an activated context term.</summary>
    public bool Counts(int p) => Strong[p] > 0 || Context[p] > 0;
}

/// <summary>Where a term was found.</summary>
internal enum TextField : byte
{
    BusinessScope = 0,
    MainProducts = 1,
    Name = 2,
}

/// <summary>A term found in one field: its rule, clause (经营范围 only), whether it counts, whether an exclusion removed it.</summary>
/// <param name="Start">Start of the term in the field's normalised text.</param>
/// <param name="End">End (exclusive) of the term in the field's normalised text.</param>
internal record struct FoundTerm(TextField Field, int Rule, int Clause, bool Active, int Start = 0, int End = 0);
