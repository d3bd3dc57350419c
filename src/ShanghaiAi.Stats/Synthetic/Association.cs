namespace ShanghaiAi.Stats.Synthetic;

/// <summary>A business association whose member roster the generator writes (members/&lt;FileStem&gt;.xlsx).</summary>
/// <param name="Headers">The roster's column headers in its own order: Chinese aliases of data-contracts.md, a
/// 序号 column, the membership date and the personal contact columns that ingestion must drop.</param>
internal sealed record Association(string FileStem, string NameZh, int TitleRows, string[] Headers, bool DatesAsText)
{
    public static readonly IReadOnlyList<Association> All =
    [
        new("sh-ai-industry-association", "上海市人工智能行业协会", 2,
            ["序号", "单位详细名称", "统一社会信用代码", "行政区划代码", "所在园区", "国民经济行业代码", "经营范围", "主要产品", "成立日期", "是否规上", "入会日期", "联系人", "联系电话", "电子邮箱"],
            DatesAsText: false),
        new("sh-software-industry-association", "上海市软件行业协会", 1,
            ["序号", "企业名称", "信用代码", "区划代码", "园区代码", "行业代码", "经营范围", "主要业务活动", "成立日期", "规模", "入会日期", "联系人", "联系电话", "电子邮箱"],
            DatesAsText: true),
        new("sh-robotics-industry-association", "上海市机器人行业协会", 2,
            ["序号", "统一社会信用代码", "单位名称", "所在区", "所在园区", "行业代码", "主要产品", "经营范围", "成立日期", "规模", "membership_since", "联系人", "联系电话", "电子邮箱"],
            DatesAsText: false),
    ];

    /// <summary>Probability that an enterprise is a member.</summary>
    public double MembershipChance(Profile profile, string industryCode) => FileStem switch
    {
        "sh-ai-industry-association" => profile.InScope ? 0.30 : 0.02,
        "sh-software-industry-association" => industryCode.StartsWith("65", StringComparison.Ordinal) ? 0.25 : 0.0,
        _ => profile.Code switch
        {
            "0401" => 0.6,
            "0501" or "0403" or "0103" => 0.2,
            _ => profile.Kind == "manufacturing" ? 0.05 : 0.0,
        },
    };
}
