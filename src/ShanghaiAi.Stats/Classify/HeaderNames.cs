using System.Collections.Frozen;

namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// Header matching of data-contracts.md: canonical English name or a Chinese alias, ignoring case, spaces,
/// full-width forms and a trailing unit in brackets such as "(千元)".
/// </summary>
internal static class HeaderNames
{
    public static readonly FrozenDictionary<string, string> Register = Build(new()
    {
        ["uscc"] = ["统一社会信用代码", "信用代码"],
        ["name"] = ["单位详细名称", "单位名称", "企业名称"],
        ["district_code"] = ["行政区划代码", "区划代码", "所在区"],
        ["park_id"] = ["园区代码", "所在园区"],
        ["industry_code"] = ["行业代码", "国民经济行业代码"],
        ["business_scope"] = ["经营范围"],
        ["main_products"] = ["主要产品", "主要业务活动"],
        ["registered_on"] = ["成立日期"],
        ["size_class"] = ["规模", "是否规上"],
    });

    public static readonly FrozenDictionary<string, string> Override = Build(new()
    {
        ["uscc"] = ["统一社会信用代码", "信用代码"],
        ["category"] = ["分类代码", "类别代码", "人工智能产业分类"],
        ["reason"] = ["理由", "原因", "决定理由"],
        ["decided_by"] = ["决定人", "审核人"],
        ["decided_at"] = ["决定时间", "决定日期"],
    });

    /// <summary>The canonical name of a header cell, or null when unknown.</summary>
    public static string? Canonical(FrozenDictionary<string, string> names, string header)
        => names.GetValueOrDefault(Key(header));

    public static string Key(string header)
    {
        var t = TextNormaliser.Normalise(header).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
        var raw = header.Trim();
        // a trailing unit in brackets: "营业收入(千元)" / "营业收入（千元）"
        if (raw.EndsWith(')') || raw.EndsWith('）'))
        {
            var open = Math.Max(raw.LastIndexOf('('), raw.LastIndexOf('（'));
            if (open > 0)
            {
                t = TextNormaliser.Normalise(raw[..open]).Replace(" ", string.Empty, StringComparison.Ordinal);
            }
        }

        return t.Replace("_", string.Empty, StringComparison.Ordinal);
    }

    private static FrozenDictionary<string, string> Build(Dictionary<string, string[]> aliases)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, names) in aliases)
        {
            map[Key(canonical)] = canonical;
            foreach (var n in names)
            {
                map[Key(n)] = canonical;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
