using static ShanghaiAi.Stats.Synthetic.Profiles;

namespace ShanghaiAi.Stats.Synthetic;

/// <summary>Generator profiles: Application (05) enterprises.</summary>
internal static class ApplicationProfiles
{
    internal static IEnumerable<Profile> All()
    {
        yield return P("0501", 40, ["6531", "6532", "4011"],
            ["工业互联网+人工智能平台开发", "基于人工智能的工业视觉检测", "智能制造系统解决方案", "设备预测性维护算法服务"],
            ["工业自动控制系统装置销售", "工业控制计算机及系统销售", "物联网技术服务"],
            ["industrial AI and intelligent manufacturing solutions", "industrial internet platforms with artificial intelligence"],
            ["工业互联网平台", "AI质检系统", "预测性维护系统", "智能制造执行系统"],
            ["工业智能", "智能制造", "自动化科技", "工业科技"], 30_000, 1.4, 0.18, 0.40, 0.40);
        yield return P("0502", 25, ["6513"],
            ["智能风控系统开发", "智能投顾技术服务", "金融智能客服系统开发", "人工智能金融科技服务"],
            ["软件开发", "计算机系统服务", "金融软件开发"],
            ["intelligent risk control for finance", "robo-advisory technology services"],
            ["智能风控平台", "反欺诈模型", "智能客服系统", "智能投顾系统"],
            ["金融科技", "数据科技", "信息技术"], 20_000, 1.5, 0.20, 0.60, 0.35);
        yield return P("0503", 25, ["6513", "6513", "3434"],
            ["智能仓储系统开发", "智能物流技术服务", "基于人工智能的供应链管理服务", "智能分拣系统研发"],
            ["供应链管理服务", "仓储设备租赁服务", "普通货物仓储服务（不含危险化学品等需许可审批的项目）"],
            ["intelligent warehousing systems", "AI-based logistics and supply chain services"],
            ["智能仓储管理系统", "智能分拣线", "智能调度平台"],
            ["物流科技", "供应链科技", "智能科技"], 25_000, 1.5, 0.18, 0.40, 0.40);
        yield return P("0504", 20, ["6513"],
            ["智慧教育平台开发", "人工智能教育软件开发", "自适应学习系统开发", "智能教学系统研发"],
            ["教育咨询服务（不含涉许可审批的教育培训活动）", "软件开发"],
            ["smart education platforms", "AI adaptive learning software"],
            ["AI自适应学习平台", "智慧课堂系统", "智能批改系统"],
            ["教育科技", "智慧教育", "文化科技"], 10_000, 1.4, 0.15, 0.60, 0.35);
        yield return P("0505", 20, ["6513"],
            ["智慧养老服务平台开发", "智慧医疗信息系统开发", "人工智能健康管理服务", "智能养老看护系统开发"],
            ["养老服务", "健康咨询服务（不含诊疗服务）", "护理机构服务（不含医疗服务）"],
            ["smart elderly care platforms", "AI health management services"],
            ["智慧养老平台", "AI健康管理", "智能看护系统"],
            ["健康科技", "养老服务", "智慧健康"], 10_000, 1.4, 0.15, 0.40, 0.50);
        yield return P("0506", 20, ["6531", "6513"],
            ["城市大脑平台开发", "一网统管平台开发", "智慧政务系统开发", "基于人工智能的城市治理服务"],
            ["信息系统集成服务", "软件开发", "数字城市规划咨询"],
            ["city brain platforms", "AI for urban governance and e-government"],
            ["城市大脑", "一网统管平台", "智慧政务系统", "智慧交通信号优化"],
            ["城市科技", "数字科技", "信息技术"], 20_000, 1.5, 0.15, 0.50, 0.45);
        yield return P("0507", 10, ["6513"],
            ["智慧法院系统开发", "智慧司法平台开发", "人工智能法律服务", "司法辅助智能系统开发"],
            ["法律咨询（不包括律师事务所业务）", "软件开发"],
            ["smart court systems", "AI for justice"],
            ["智慧法院系统", "智能庭审系统", "类案推送系统"],
            ["法律科技", "信息技术", "数据科技"], 8_000, 1.2, 0.15, 0.60, 0.35);
        yield return P("0508", 35, ["6429", "6572", "6513"],
            ["AIGC内容生成服务", "智能推荐系统开发", "智能搜索引擎开发", "人工智能生成内容平台运营"],
            ["数字内容制作服务（不含出版发行）", "广告设计、代理", "网络技术服务"],
            ["AIGC content generation", "intelligent recommendation and search services"],
            ["AIGC内容平台", "智能推荐引擎", "AI绘画应用", "智能搜索"],
            ["网络科技", "文化传媒", "数字科技", "信息科技"], 25_000, 1.7, 0.35, 0.50, 0.45);
        yield return P("0509", 87, ["6531", "6560", "6599", "7320"],
            ["人工智能行业应用系统集成服务", "AI系统集成", "人工智能技术服务", GenericAiItem, "人工智能公共服务平台技术咨询服务"],
            ["信息系统集成服务", "计算机系统服务", "技术服务"],
            ["artificial intelligence system integration", "AI technical services"],
            ["AI解决方案", "人工智能系统集成", "AI技术咨询"],
            ["智能科技", "人工智能科技", "信息技术"], 12_000, 1.4, 0.20, 0.30, 0.55);
    }
}
