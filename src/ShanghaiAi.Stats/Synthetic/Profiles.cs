namespace ShanghaiAi.Stats.Synthetic;

/// <summary>The profiles of every category of the classification (edition 2025) and of the out-of-scope firms,
/// including the traps named in classification.md (建筑智能化, 智能卡, 智能家居 retail, software without AI).</summary>
internal static class Profiles
{
    private static readonly Lazy<IReadOnlyList<Profile>> AllProfiles = new(() =>
        [.. ComponentProfiles.Components(), .. ComponentProfiles.Software(), .. TerminalProfiles.All(), .. ApplicationProfiles.All(), .. OutOfScopeProfiles.All()]);

    /// <summary>Every profile: the 26 categories in code order, then the out-of-scope kinds.</summary>
    public static IReadOnlyList<Profile> All => AllProfiles.Value;

    /// <summary>Generic AI item of real licences; the only evidence of a 0509 firm, an extra one for others.</summary>
    public const string GenericAiItem = "人工智能应用软件开发";

    public const string GenericAiItemEn = "development of artificial intelligence application software";

    /// <summary>Items found on almost every technology licence, none an AI signal.</summary>
    public static readonly string[] Fillers =
    [
        "软件开发", "软件销售", "计算机系统服务", "信息系统集成服务", "信息技术咨询服务", "数据处理服务",
        "电子产品销售", "计算机软硬件及辅助设备批发", "计算机软硬件及辅助设备零售", "货物进出口", "技术进出口",
        "会议及展览服务", "企业管理咨询", "市场营销策划", "办公设备销售", "通讯设备销售", "网络设备销售",
        "知识产权服务（专利代理服务除外）", "租赁服务（不含许可类租赁服务）", "专业设计服务",
    ];

    public static readonly string[] FillersEn =
    [
        "software development", "sales of software", "computer system services", "sales of electronic products",
        "import and export of goods and technology", "business management consulting", "conference and exhibition services",
    ];

    /// <summary>许可项目 of some licences.</summary>
    public static readonly string[] Licensed =
    [
        "第二类增值电信业务", "第一类增值电信业务", "互联网信息服务", "建设工程施工", "货物进出口",
    ];

    internal static Profile P(
        string code, int weight, string[] industry, string[] strong, string[] plain, string[] strongEn, string[] products,
        string[] names, double median, double sigma, double growth, double software, double services, bool whole = false)
        => new(code, code, weight, industry, strong, plain, strongEn, products, names, median, sigma, growth, software, services, whole);
}
