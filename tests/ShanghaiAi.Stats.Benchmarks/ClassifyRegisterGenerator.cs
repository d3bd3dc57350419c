using System.Globalization;
using System.Text;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>
/// Writes a synthetic register CSV with business scopes in the style of real licences: about a third of the
/// enterprises carry AI activities among the usual boilerplate, the rest are ordinary firms, some with the
/// 智能化/智能卡/智能家居 traps, a few in English. Synthetic data, seeded.
/// </summary>
internal static class ClassifyRegisterGenerator
{
    private static readonly string[] AiClauses =
    [
        "人工智能芯片的研发", "云端AI推理芯片及加速卡的研发", "GPU服务器的研发、生产", "AI加速卡的研发与销售", "激光雷达的研发、生产和销售",
        "3D视觉传感器的研发", "智算中心运营", "算力租赁服务", "数据标注服务", "高质量数据集与语料库建设", "大语言模型的研发",
        "人工智能理论与算法软件开发", "深度学习框架与推理引擎的研发", "向量数据库软件开发", "机器视觉软件开发", "视觉检测设备研发",
        "图像识别技术开发", "智能语音技术开发", "语音识别、语音合成软件开发", "智能客服系统开发", "知识图谱技术开发", "决策智能软件开发",
        "人脸识别算法开发", "生物特征识别技术开发", "虚拟数字人技术开发", "脑机接口技术研发", "工业机器人制造", "服务消费机器人制造",
        "人形机器人及具身智能技术研发", "自动驾驶技术开发", "智能座舱软件开发", "智能无人飞行器制造", "无人船的研发与销售",
        "医学影像辅助诊断软件研发", "可穿戴智能设备制造", "智能音箱的研发与销售", "工业人工智能软件开发", "基于深度学习的产品缺陷检测与质检系统研发",
        "智能投顾系统开发", "基于机器学习的信贷风控模型研发", "无人仓解决方案", "基于人工智能的电子商务商品推荐系统开发", "自适应学习系统开发",
        "智能导诊与智能问诊系统开发", "基于计算机视觉的交通违章识别系统开发", "城市大脑平台开发", "法律人工智能软件开发", "AIGC内容生成平台开发",
        "个性化推荐算法研发", "人工智能行业应用系统集成服务", "人工智能应用软件开发", "人工智能基础软件开发", "人工智能硬件销售",
    ];

    private static readonly string[] Boilerplate =
    [
        "技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务", "计算机系统服务", "数据处理和存储支持服务",
        "计算机软硬件及辅助设备零售", "电子产品销售", "货物进出口", "技术进出口", "会议及展览服务", "企业管理咨询", "市场营销策划",
        "广告设计、代理", "普通货物仓储服务（不含危险化学品等需许可审批的项目）", "五金产品零售", "办公用品销售", "日用百货销售", "服装服饰零售",
        "物业管理", "餐饮管理", "汽车零配件零售", "机械设备销售", "通用设备制造（不含特种设备制造）", "医疗器械销售", "金融信息服务（除金融许可业务）",
        "教育咨询服务（不含涉许可审批的教育培训活动）", "信息技术咨询服务", "网络技术服务", "物联网技术服务", "互联网销售（除销售需要许可的商品）",
        "国内货物运输代理", "供应链管理服务", "健康咨询服务", "组织文化艺术交流活动", "工业设计服务", "专业设计服务", "家用电器销售",
    ];

    private static readonly string[] Traps =
    [
        "建筑智能化工程施工", "建筑智能化系统设计", "智能家居销售", "智能卡销售", "智能控制系统集成", "智能仪器仪表销售", "数字人民币支付系统技术服务",
        "智能制造装备销售", "智慧城市信息系统集成", "智能体育器材销售",
    ];

    private static readonly string[] English =
    [
        "Development of AI software and machine learning platforms", "Computer vision software development", "Sales of computer hardware",
        "Technical consulting and services", "Import and export of goods", "Maintenance of office equipment", "Training services",
        "Design and manufacture of industrial robots", "Data annotation services", "Retail of smart home devices",
    ];

    private static readonly string[] Industries =
    ["6513", "6513", "6511", "6512", "6519", "6520", "6531", "6550", "6560", "7320", "3491", "3964", "3962", "3963", "3961", "3969", "3911", "3983",
     "5176", "5273", "5292", "7239", "8394", "4999", "4910", "3670", "3584", "6429", "6450", "7251", "5431", "6940"];

    private static readonly string[] AiProducts = ["", "工业机器人", "AI质检平台", "智能客服", "大模型", "人脸识别终端", "激光雷达", "数据标注", "AI辅助诊断软件"];

    private static readonly string[] Products = ["", "", "", "服装", "财务软件", "电子元器件", "物流服务", "广告", "智能家居", "建筑智能化工程"];

    private const string NameChars = "华海申浦江东兴盛达安康泰宏远恒信智联创新科云图视语芯算鹏翔飞星辰光明德润和嘉";

    /// <summary>Writes the file; returns its size in bytes.</summary>
    public static long Write(string path, int rows, int seed)
    {
        var rnd = new Random(seed);
        var sb = new StringBuilder(1024);
        using (var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20))
        {
            w.Write("uscc,name,district_code,park_id,industry_code,business_scope,main_products,registered_on,size_class\n");
            for (var i = 0; i < rows; i++)
            {
                sb.Clear();
                var english = rnd.Next(20) == 0;
                var ai = rnd.Next(3) == 0;
                var scope = english ? EnglishScope(rnd, sb) : ChineseScope(rnd, sb, ai);
                var name = english
                    ? string.Create(CultureInfo.InvariantCulture, $"Shanghai {NameChars[rnd.Next(NameChars.Length)]}{i} Technology Co., Ltd.")
                    : string.Create(CultureInfo.InvariantCulture, $"上海{NameChars[rnd.Next(NameChars.Length)]}{NameChars[rnd.Next(NameChars.Length)]}{(ai ? "智能" : "")}科技有限公司");
                var uscc = Uscc.WithCheck("91310115" + i.ToString("D9", CultureInfo.InvariantCulture));
                var date = new DateOnly(2005, 1, 1).AddDays(rnd.Next(7000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                w.Write(CsvText.Line([uscc, name, "310115", "", Industries[rnd.Next(Industries.Length)], scope,
                    ai ? AiProducts[rnd.Next(AiProducts.Length)] : Products[rnd.Next(Products.Length)], date, rnd.Next(4) == 0 ? "规上" : "规下"]));
                w.Write('\n');
            }
        }

        return new FileInfo(path).Length;
    }

    private static string ChineseScope(Random rnd, StringBuilder sb, bool ai)
    {
        sb.Append("一般项目：");
        var clauses = new List<string>(12);
        for (var k = rnd.Next(3, 9); k > 0; k--)
        {
            clauses.Add(Boilerplate[rnd.Next(Boilerplate.Length)]);
        }

        for (var k = ai ? rnd.Next(1, 4) : 0; k > 0; k--)
        {
            clauses.Insert(rnd.Next(clauses.Count + 1), AiClauses[rnd.Next(AiClauses.Length)]);
        }

        if (rnd.Next(6) == 0)
        {
            clauses.Insert(rnd.Next(clauses.Count + 1), Traps[rnd.Next(Traps.Length)]);
        }

        sb.AppendJoin('；', clauses).Append("。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）");
        return sb.ToString();
    }

    private static string EnglishScope(Random rnd, StringBuilder sb)
    {
        for (var k = rnd.Next(2, 5); k > 0; k--)
        {
            sb.Append(English[rnd.Next(English.Length)]).Append("; ");
        }

        return sb.ToString().TrimEnd(' ', ';') + ".";
    }
}
