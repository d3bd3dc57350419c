using System.Text;

namespace ShanghaiAi.Stats.Synthetic;

/// <summary>Names, 经营范围 and 主要产品 written like real Shanghai business licences.</summary>
internal static class EnterpriseText
{
    private const string TechItems = "技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广";
    private const string GeneralTail = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）";
    private const string LicensedTail = "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）";
    private const string OldTail = "【依法须经批准的项目，经相关部门批准后方可开展经营活动】";

    private static readonly string[] TradeNameChars =
    [
        "睿", "图", "深", "澜", "启", "元", "思", "远", "芯", "驰", "云", "智", "擎", "极", "曦", "湃", "星", "河", "衡", "鲸",
        "帆", "岚", "联", "创", "易", "达", "博", "瀚", "灵", "犀", "米", "乐", "天", "数", "景", "行", "观", "微", "燧", "原",
        "万", "象", "普", "腾", "泽", "宇", "航", "新", "华", "申", "沪", "浦", "江", "海", "辰", "朗", "弘", "毅", "鼎", "盛",
        "源", "晟", "骏", "凌", "锐", "科", "维", "硕", "璞", "青", "松", "禾", "知", "言", "视", "声", "昆", "仑", "峰", "麦",
    ];

    internal static string MakeName(Random rng, Profile profile)
    {
        var trade = rng.Pick(TradeNameChars) + rng.Pick(TradeNameChars);
        if (rng.Chance(0.15))
        {
            trade += rng.Pick(TradeNameChars);
        }

        var word = rng.Pick(profile.NameWords);
        var roll = rng.NextDouble();
        return roll switch
        {
            < 0.58 => "上海" + trade + word + "有限公司",
            < 0.73 => trade + word + "（上海）有限公司",
            < 0.83 => "上海" + trade + word + "股份有限公司",
            < 0.86 => "上海" + trade + word + "集团有限公司",
            < 0.92 => "上海" + trade + word + "有限责任公司",
            _ => "上海" + trade + word + "发展有限公司",
        };
    }

    internal static string BusinessScope(Random rng, Profile profile, bool codeOnly, bool english, DateOnly registered)
    {
        if (!profile.InScope && rng.Chance(0.01))
        {
            return string.Empty;
        }

        if (codeOnly && rng.Chance(0.3))
        {
            return string.Empty;
        }

        var items = new List<string>(10);
        var strong = codeOnly ? 0 : profile.InScope ? 1 + rng.Next(2) : 0;
        if (english)
        {
            Take(rng, profile.StrongEn, profile.InScope ? strong : 1, items);
            if (profile.InScope && rng.Chance(0.5) && !codeOnly)
            {
                items.Add(Profiles.GenericAiItemEn);
            }

            Take(rng, Profiles.FillersEn, 1 + rng.Next(3), items);
            return "Technology development, technical consulting and technical services; " + string.Join("; ", items)
                   + ". (Projects subject to approval according to law may be carried out only after approval by the relevant departments.)";
        }

        Take(rng, profile.Strong, strong, items);
        if (profile.InScope && !codeOnly && (profile.Code.StartsWith("05", StringComparison.Ordinal) || rng.Chance(0.5)) && !items.Contains(Profiles.GenericAiItem))
        {
            items.Add(Profiles.GenericAiItem);
        }

        Take(rng, profile.Plain, profile.InScope ? rng.Next(3) : 2 + rng.Next(2), items);
        Take(rng, Profiles.Fillers, rng.Next(5), items);

        var sb = new StringBuilder(256);
        if (registered.Year < 2019 && rng.Chance(0.6))
        {
            // Licences issued before the 2019 standard wording.
            sb.Append("从事").Append(profile.InScope && !codeOnly ? "人工智能科技、计算机科技" : rng.Chance(0.4) ? "智能科技、计算机科技" : "计算机科技、网络科技")
              .Append("领域内的技术开发、技术咨询、技术服务、技术转让，").Append(string.Join("，", items)).Append(OldTail);
            return sb.ToString();
        }

        sb.Append("一般项目：");
        if (rng.Chance(0.8))
        {
            sb.Append(TechItems).Append('；');
        }

        sb.Append(string.Join("；", items)).Append('。').Append(GeneralTail);
        if (rng.Chance(0.15))
        {
            sb.Append("许可项目：").Append(rng.Pick(Profiles.Licensed)).Append('。').Append(LicensedTail);
        }

        return sb.ToString();
    }

    internal static string MainProducts(Random rng, Profile profile, bool codeOnly)
    {
        if (codeOnly)
        {
            return profile.PlainProducts.Length == 0 ? string.Empty : rng.Pick(profile.PlainProducts);
        }

        if (!profile.InScope && rng.Chance(0.2))
        {
            return string.Empty;
        }

        var items = new List<string>(2);
        Take(rng, profile.Products, 1 + rng.Next(2), items);
        return string.Join("、", items);
    }

    /// <summary>Adds up to <paramref name="count"/> distinct items of <paramref name="pool"/> not already listed.</summary>
    private static void Take(Random rng, string[] pool, int count, List<string> items)
    {
        for (var attempt = 0; count > 0 && attempt < count * 4; attempt++)
        {
            var item = rng.Pick(pool);
            if (!items.Contains(item))
            {
                items.Add(item);
                count--;
            }
        }
    }
}
