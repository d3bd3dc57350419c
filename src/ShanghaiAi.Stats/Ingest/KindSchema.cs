namespace ShanghaiAi.Stats.Ingest;

/// <summary>The columns of each upload kind (data-contracts.md), in contract order.</summary>
public sealed record KindSchema(string Kind, IReadOnlyList<ColumnSpec> Columns)
{
    public static readonly string[] RegisterColumns =
        ["uscc", "name", "district_code", "park_id", "industry_code", "business_scope", "main_products", "registered_on", "size_class"];

    public static readonly string[] MonthlyColumns =
    [
        "uscc", "period", "revenue_ytd", "revenue_ytd_prev", "ai_revenue_ytd", "ai_revenue_ytd_prev", "ai_software_ytd",
        "ai_services_ytd", "ai_products_ytd", "profit_ytd", "profit_ytd_prev", "rd_expense_ytd", "rd_expense_ytd_prev",
        "employees_end", "rd_staff_end", "ai_patents_ytd", "compute_used_ytd",
    ];

    public static readonly string[] ParkColumns =
    [
        "park_id", "period", "compute_capacity_pflops", "public_compute_sme_share", "open_datasets", "scenarios_opened",
        "demonstration_projects", "financing_raised", "incubator_area", "talent_services", "ip_services", "rent_relief",
        "pue", "ethics_review",
    ];

    /// <summary>Index of a canonical column in <see cref="Columns"/>.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    public static KindSchema For(string kind) => kind switch
    {
        IngestKinds.Register => Register,
        IngestKinds.MemberRoster => MemberRoster,
        IngestKinds.MonthlyReport => Monthly,
        IngestKinds.ParkReport => Park,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown kind"),
    };

    private static readonly ColumnSpec[] RegisterSpecs =
    [
        new("uscc", true, ["统一社会信用代码", "信用代码", "社会信用代码"]),
        new("name", true, ["单位详细名称", "单位名称", "企业名称"]),
        new("district_code", true, ["行政区划代码", "区划代码", "所在区"]),
        new("park_id", false, ["园区代码", "所在园区"]),
        new("industry_code", true, ["行业代码", "国民经济行业代码"]),
        new("business_scope", false, ["经营范围"]),
        new("main_products", false, ["主要产品", "主要业务活动"]),
        new("registered_on", false, ["成立日期"]),
        new("size_class", false, ["规模", "是否规上"]),
    ];

    public static readonly KindSchema Register = new(IngestKinds.Register, RegisterSpecs);

    public static readonly KindSchema MemberRoster = new(IngestKinds.MemberRoster,
        [.. RegisterSpecs, new ColumnSpec("membership_since", false, ["入会日期", "入会时间", "会员起始日期"])]);

    public static readonly KindSchema Monthly = new(IngestKinds.MonthlyReport,
    [
        new("uscc", true, ["统一社会信用代码", "信用代码"]),
        new("period", true, ["报告期", "统计期"]),
        new("revenue_ytd", true, Ytd("营业收入")),
        new("revenue_ytd_prev", true, Prev("营业收入")),
        new("ai_revenue_ytd", true, Ytd("人工智能业务收入")),
        new("ai_revenue_ytd_prev", true, Prev("人工智能业务收入")),
        new("ai_software_ytd", true, [.. Ytd("人工智能软件收入"), "人工智能软件收入"]),
        new("ai_services_ytd", true, [.. Ytd("人工智能服务收入"), "人工智能服务收入"]),
        new("ai_products_ytd", true, [.. Ytd("人工智能产品收入"), "人工智能产品收入"]),
        new("profit_ytd", true, Ytd("利润总额")),
        new("profit_ytd_prev", true, Prev("利润总额")),
        new("rd_expense_ytd", true, Ytd("研发费用")),
        new("rd_expense_ytd_prev", true, Prev("研发费用")),
        new("employees_end", true, ["从业人员期末人数", "从业人员"]),
        new("rd_staff_end", true, ["研发人员", "研发人员期末人数"]),
        new("ai_patents_ytd", true, [.. Ytd("人工智能专利申请数"), "人工智能专利申请数"]),
        new("compute_used_ytd", true, [.. Ytd("算力使用量"), "算力使用量"]),
    ]);

    public static readonly KindSchema Park = new(IngestKinds.ParkReport,
    [
        new("park_id", true, ["园区代码"]),
        new("period", true, ["报告期"]),
        new("compute_capacity_pflops", true, ["智能算力规模"]),
        new("public_compute_sme_share", true, ["公共算力中小企业使用占比"]),
        new("open_datasets", true, ["开放数据集数量"]),
        new("scenarios_opened", true, ["开放应用场景数"]),
        new("demonstration_projects", true, ["示范应用项目数"]),
        new("financing_raised", true, ["园区企业融资额"]),
        new("incubator_area", true, ["孵化载体面积"]),
        new("talent_services", true, ["人才服务人次"]),
        new("ip_services", true, ["知识产权服务件数"]),
        new("rent_relief", true, ["租金减免"]),
        new("pue", true, ["数据中心PUE"]),
        new("ethics_review", true, ["是否建立伦理审查机制"]),
    ]);

    private static string[] Ytd(string stem) => [stem + "本年累计", stem + "1-本月累计", stem + "累计"];

    private static string[] Prev(string stem) => [stem + "上年同期", stem + "上年同期累计"];
}
