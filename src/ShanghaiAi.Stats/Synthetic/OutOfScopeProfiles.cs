using static ShanghaiAi.Stats.Synthetic.Profiles;

namespace ShanghaiAi.Stats.Synthetic;

/// <summary>Generator profiles: Out-of-scope look-alikes (00).</summary>
internal static class OutOfScopeProfiles
{
    private static Profile Out(string kind, int weight, string[] industry, string[] plain, string[] plainEn, string[] products, string[] names, double median)
        => new("00", kind, weight, industry, [], plain, plainEn, products, names, median, 1.3, 0.04, 0, 0);

    /// <summary>Out-of-scope firms (about 35%), with the traps of classification.md.</summary>
    internal static IEnumerable<Profile> All()
    {
        yield return Out("building-automation", 45, ["4910", "4999"],
            ["建筑智能化系统设计", "建筑智能化工程施工", "消防设施工程施工", "安防设备安装", "机电设备安装工程"],
            ["design of building automation systems", "installation of security equipment"],
            ["建筑智能化工程", "楼宇自控系统", "消防工程"], ["智能化工程", "机电工程", "建设工程"], 20_000);
        yield return Out("smart-card", 20, ["3990"],
            ["智能卡研发、生产、销售", "IC卡读写机具销售", "信息安全设备制造", "证卡制作"],
            ["manufacture and sale of smart cards"],
            ["智能卡", "IC卡读写器", "社保卡制作"], ["智能卡", "卡技术", "电子科技"], 15_000);
        yield return Out("smart-home-retail", 35, ["5137", "5271"],
            ["智能家居产品销售", "家用电器销售", "五金产品零售", "照明器具销售"],
            ["retail of smart home products and household appliances"],
            ["智能家居产品", "智能门锁", "家用电器"], ["智能家居", "电器", "家居科技"], 6_000);
        yield return Out("software-without-ai", 70, ["6513", "6513", "6531", "6511"],
            ["应用软件开发", "软件开发", "信息系统集成服务", "计算机软硬件及辅助设备零售", "网络技术服务", "数据处理服务"],
            ["application software development", "information system integration services"],
            ["ERP管理软件", "OA办公系统", "企业网站建设", "财务软件"], ["软件", "信息技术", "网络科技", "计算机"], 8_000);
        yield return Out("intelligent-installation", 30, ["4910", "4999"],
            ["智能化安装工程服务", "楼宇智能化工程", "弱电工程", "电子与智能化工程施工"],
            ["installation of building intelligent systems"],
            ["弱电智能化工程", "综合布线"], ["智能化", "弱电工程", "安装工程"], 12_000);
        yield return Out("bare-intelligent-tech", 40, ["7519", "6560"],
            ["从事智能科技、计算机科技领域内的技术开发、技术咨询、技术服务、技术转让", "智能化设备销售", "机械设备销售"],
            ["technology development in the fields of intelligent technology and computer technology"],
            ["技术服务", "智能化设备"], ["智能科技", "科技", "智能技术"], 4_000);
        yield return Out("trade", 50, ["5179", "5199"],
            ["货物进出口", "电子产品销售", "化工产品销售（不含许可类化工产品）", "针纺织品销售", "日用百货销售"],
            ["import and export of goods", "wholesale of electronic products"],
            ["电子元器件", "化工原料", "纺织品"], ["贸易", "实业", "国际贸易"], 25_000);
        yield return Out("manufacturing", 35, ["3489", "3670", "2929"],
            ["通用设备制造（不含特种设备制造）", "汽车零部件及配件制造", "塑料制品制造", "金属制品销售", "仪器仪表制造"],
            ["manufacture of general equipment and auto parts"],
            ["汽车零部件", "塑料制品", "阀门"], ["机械", "精密制造", "实业", "汽车配件"], 35_000);
        yield return Out("business-services", 25, ["7243", "7259", "7020"],
            ["企业管理咨询", "市场营销策划", "会议及展览服务", "广告设计、代理", "物业管理"],
            ["business consulting and exhibition services"],
            ["会展服务", "物业管理", "品牌策划"], ["企业管理", "文化传播", "商务咨询"], 5_000);
    }
}
