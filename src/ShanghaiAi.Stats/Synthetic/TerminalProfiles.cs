using static ShanghaiAi.Stats.Synthetic.Profiles;

namespace ShanghaiAi.Stats.Synthetic;

/// <summary>Generator profiles: Intelligent terminal (04) enterprises.</summary>
internal static class TerminalProfiles
{
    internal static IEnumerable<Profile> All()
    {
        yield return P("0401", 40, ["3491", "3491", "3492", "3964"],
            ["工业机器人制造", "服务消费机器人制造", "智能机器人的研发", "人形机器人研发", "特殊作业机器人制造", "协作机器人研发"],
            ["通用设备制造（不含特种设备制造）", "机械设备研发", "工业自动控制系统装置销售", "机械零件、零部件加工"],
            ["manufacture of industrial robots", "research and development of intelligent robots"],
            ["六轴工业机器人", "协作机器人", "人形机器人", "服务机器人", "巡检机器人"],
            ["机器人", "自动化科技", "智能装备", "机器人科技"], 50_000, 1.5, 0.18, 0.05, 0.15, whole: true) with
        {
            PlainProducts = ["自动化设备", "控制系统", "焊接设备", "装配生产线"],
        };
        yield return P("0402", 25, ["3962", "3962", "6513"],
            ["自动驾驶技术开发", "智能网联汽车研发", "车路协同系统开发", "智能驾驶辅助系统研发", "高级别自动驾驶测试服务"],
            ["汽车零部件研发", "汽车零部件及配件制造", "汽车销售"],
            ["autonomous driving technology", "intelligent connected vehicles"],
            ["L4自动驾驶系统", "智能驾驶域控制器", "车路协同平台", "自动驾驶出租车服务"],
            ["智能驾驶", "汽车科技", "智行科技", "智能网联"], 40_000, 1.6, 0.30, 0.40, 0.20, whole: true) with
        {
            PlainProducts = ["车载电子设备", "汽车电子控制单元"],
        };
        yield return P("0403", 15, ["3963"],
            ["民用无人机研发", "无人机制造", "无人船研发", "工业级无人机销售", "智能无人飞行器制造"],
            ["航空器零部件研发", "通用设备制造（不含特种设备制造）", "遥感测绘服务"],
            ["manufacture of drones (UAV)", "research and development of unmanned ships"],
            ["工业级无人机", "植保无人机", "无人船", "巡检无人机"],
            ["航空科技", "无人机", "飞行器科技"], 25_000, 1.4, 0.22, 0.15, 0.15, whole: true) with
        {
            PlainProducts = ["飞行器零部件", "航拍服务"],
        };
        yield return P("0404", 25, ["3581", "3589", "6513"],
            ["医学影像辅助诊断软件开发", "人工智能医疗器械研发", "AI辅助诊断系统开发", "病理图像智能分析软件开发"],
            ["第一类医疗器械生产", "第二类医疗器械销售", "医疗设备租赁"],
            ["AI medical imaging diagnosis software", "artificial intelligence medical devices"],
            ["肺结节AI辅助诊断软件", "医学影像辅助诊断系统", "智能心电分析设备", "AI病理分析系统"],
            ["医疗科技", "医学科技", "健康科技"], 20_000, 1.5, 0.25, 0.60, 0.15);
        yield return P("0405", 20, ["3961", "3969"],
            ["智能穿戴设备研发", "可穿戴智能设备制造", "智能音箱研发", "AR眼镜研发"],
            ["电子产品销售", "通讯设备销售", "电子元器件制造"],
            ["smart wearable devices", "smart speakers and AR glasses"],
            ["智能手表", "智能手环", "AR眼镜", "智能音箱"],
            ["电子科技", "穿戴科技", "智能科技"], 30_000, 1.5, 0.15, 0.10, 0.10, whole: true) with
        {
            PlainProducts = ["消费电子产品", "电子配件"],
        };
    }
}
