using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>Names and publication order of breakdowns and their members, from the reference data.</summary>
internal static class Members
{
    public const string TotalCode = "_T";

    /// <summary>zh / en title of a breakdown (总计, 按区, ...).</summary>
    public static (string Zh, string En) BreakdownTitle(string breakdown) => breakdown switch
    {
        "total" => ("总计", "Total"),
        "district" => ("按区分组", "By district"),
        "category_l1" => ("按产业大类分组", "By AI category (level 1)"),
        "category" => ("按产业类别分组", "By AI category"),
        "park" => ("按园区分组", "By park"),
        "size_class" => ("按规模分组", "By size class"),
        "ai_enterprise" => ("按是否人工智能企业分组", "By AI-enterprise flag"),
        _ => (breakdown, breakdown),
    };

    /// <summary>The member of a breakdown code; unknown codes keep their code as name and sort last.</summary>
    public static Member Of(ReferenceData reference, string breakdown, string code)
    {
        if (code == TotalCode)
        {
            return new Member(breakdown, code, "合计", "Total", -1, 0);
        }

        switch (breakdown)
        {
            case "district":
                var districtIndex = IndexOf(reference.Districts, d => d.Code == code);
                if (districtIndex >= 0)
                {
                    var d = reference.Districts[districtIndex];
                    return new Member(breakdown, code, d.NameZh, d.NameEn, districtIndex, 1);
                }

                break;
            case "park":
                var parkIndex = IndexOf(reference.Parks, p => p.ParkId == code);
                if (parkIndex >= 0)
                {
                    var p = reference.Parks[parkIndex];
                    return new Member(breakdown, code, p.NameZh, p.NameEn, parkIndex, 1);
                }

                break;
            case "category_l1" or "category":
                var catIndex = IndexOf(reference.Categories, c => c.Code == code);
                if (catIndex >= 0)
                {
                    var c = reference.Categories[catIndex];
                    return new Member(breakdown, code, c.NameZh, c.NameEn, catIndex, c.Level);
                }

                break;
            case "size_class":
                if (code is "规上" or "规下")
                {
                    return code == "规上"
                        ? new Member(breakdown, code, "规模以上", "Above designated size", 0, 1)
                        : new Member(breakdown, code, "规模以下", "Below designated size", 1, 1);
                }

                break;
            case "ai_enterprise":
                if (code is "Y" or "N")
                {
                    return code == "Y"
                        ? new Member(breakdown, code, "人工智能企业", "AI enterprises", 0, 1)
                        : new Member(breakdown, code, "非人工智能企业", "Other enterprises in scope", 1, 1);
                }

                break;
        }

        return new Member(breakdown, code, code, code, int.MaxValue, 1);
    }

    private static int IndexOf<T>(IReadOnlyList<T> list, Func<T, bool> match)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (match(list[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
