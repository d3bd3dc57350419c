using System.Runtime.CompilerServices;

namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// What an item of the business scope says beyond the terms found in it: the Chinese characters no term covers,
/// leaving out the licence's filler (的, 与, 开发, 销售, 技术服务, 系统, 平台 ...). "中文作文的自然语言处理智能评分系统开发"
/// leaves 中文作文评分: the item names what the technology is applied to in words the lists do not know, so a
/// category read from it is less sure. "语音识别与语音合成技术开发" leaves nothing.
/// </summary>
internal static class ItemResidue
{
    /// <summary>An item leaving more than this many characters names something the lists do not know.</summary>
    public const int Known = 3;

    /// <summary>The filler characters as a bitmap over the CJK block U+4E00-U+9FFF (2.6 KB, one test per character).</summary>
    private static readonly ulong[] FillerBits = BitsOf(Filler);

    private const string Filler = "的与和及或等为对于在用以其基础提供面向开发研发研制销售生产制造设计服务务系统统平台软件产品设备技术应用集成咨询交流转让推广"
        + "一般项目许可相关其他各类运营管理支持智能慧化型式性新高端关键核心专用通用配套组装安装维修维护进出口";

    private const char CjkFirst = '\u4E00';

    private const char CjkLast = '\u9FFF';

    private static ulong[] BitsOf(string chars)
    {
        var bits = new ulong[((CjkLast - CjkFirst) >> 6) + 1];
        foreach (var c in chars)
        {
            bits[(c - CjkFirst) >> 6] |= 1UL << ((c - CjkFirst) & 63);
        }

        return bits;
    }

    /// <summary>
    /// Counts the uncovered non-filler Chinese characters of <paramref name="text"/>: per item (clause, split at
    /// <paramref name="breaks"/>) of the business scope into <see cref="ClassifierScratch.Residue"/>, over the whole of
    /// 主要产品 into <see cref="ClassifierScratch.ProductResidue"/>. Only the characters between the covered stretches
    /// are looked at, walking back from the end: taken from the last end back, the <paramref name="hits"/> (in order of
    /// end) cover one stretch left of where the walk stands (from the smallest start seen), so the stretches come
    /// disjoint and each gap is walked once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: compiled optimised at once, not after a long run in tier 0
    public static void Count(ClassifierScratch s, ReadOnlySpan<char> text, List<TermHit> hits, List<int> breaks, TextField field)
    {
        var residue = field == TextField.BusinessScope ? s.ResidueFor(breaks.Count + 1) : null;
        var clause = breaks.Count;
        var total = 0;
        var pos = text.Length; // everything from here on is counted
        for (var k = hits.Count - 1; k >= -1; k--)
        {
            var start = k < 0 ? 0 : hits[k].Start;
            var end = k < 0 ? 0 : Math.Min(hits[k].End, pos);
            if (k >= 0 && start >= end)
            {
                continue; // inside what is covered already
            }

            for (var i = pos - 1; i >= end; i--)
            {
                var c = text[i];
                if (c == TextNormaliser.ClauseBreak)
                {
                    clause--;
                }
                else if (Counts(c))
                {
                    total++;
                    if (residue is not null)
                    {
                        residue[clause]++;
                    }
                }
            }

            clause -= text[start..end].Count(TextNormaliser.ClauseBreak);
            pos = start;
        }

        if (residue is null)
        {
            s.ProductResidue += total;
        }
    }

    /// <summary>A Chinese character that is not filler.</summary>
    private static bool Counts(char c) => c is >= CjkFirst and <= CjkLast && (FillerBits[(c - CjkFirst) >> 6] & (1UL << ((c - CjkFirst) & 63))) == 0;
}
