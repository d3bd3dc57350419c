using System.Collections.Frozen;

namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// A <see cref="ClassificationStandard"/> as the classifier reads it: level-2 categories by precedence index (0 = first
/// in precedence), the keyword rules with each one's category index, and GB/T 4754 classes mapped to category indexes.
/// </summary>
internal sealed class CategoryIndex
{
    public CategoryIndex(ClassificationStandard standard)
    {
        var level2 = standard.Level2ByPrecedence;
        Code = level2.Select(c => c.Code).ToArray();
        Level1 = level2.Select(c => c.Level1).ToArray();
        var index = Code.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        Fallback = index.TryGetValue("0509", out var f) ? f : Code.Length - 1;
        FoundationModel = index.TryGetValue("0301", out var m) ? m : -1;
        Speech = index.TryGetValue("0304", out var sp) ? sp : -1;
        Robot = index.TryGetValue("0401", out var ro) ? ro : -1;
        MedicalDevice = index.TryGetValue("0404", out var md) ? md : -1;
        Health = index.TryGetValue("0505", out var he) ? he : -1;
        Chip = index.TryGetValue("0101", out var ch) ? ch : -1;
        Data = index.TryGetValue("0202", out var da) ? da : -1;
        Framework = index.TryGetValue("0302", out var fw) ? fw : -1;
        Government = index.TryGetValue("0506", out var go) ? go : -1;
        Compute = index.TryGetValue("0201", out var co) ? co : -1;
        Rules = [.. standard.Keywords];
        RuleCategory = Rules.Select(r => r.Category is { } c ? index[c] : -1).ToArray();
        ModelDevelopment = Rules.Select((r, i) => RuleCategory[i] == FoundationModel && r.Kind == KeywordKind.Strong
            && DevelopmentMarks.Any(m => r.Term.Contains(m, StringComparison.OrdinalIgnoreCase))).ToArray();
        BareRobot = Rules.Select((r, i) => RuleCategory[i] == Robot && BareRobotTerms.Contains(r.Normalised)).ToArray();
        UnspecifiedRobot = Rules.Select((r, i) => RuleCategory[i] == Robot && UnspecifiedRobotTerms.Contains(r.Normalised)).ToArray();
        Processor = Rules.Select((r, i) => RuleCategory[i] == Chip && ProcessorTerms.Contains(r.Normalised)).ToArray();
        ConversationalRobot = Rules.Select((r, i) => RuleCategory[i] == Speech && r.Kind == KeywordKind.Strong
            && RobotMarks.Any(m => r.Normalised.Contains(m, StringComparison.Ordinal))).ToArray();
        MakingWord = Rules.Select((r, i) => r.Kind == KeywordKind.Context && Level1[Math.Max(RuleCategory[i], 0)] == "05"
            && MakingWords.Contains(r.Normalised)).ToArray();
        Regulator = Rules.Select((r, i) => RuleCategory[i] == Government && r.Kind == KeywordKind.Context && RegulatorTerms.Contains(r.Normalised)).ToArray();
        TradeWord = Rules.Select((r, i) => r.Kind == KeywordKind.Context && TradeWords.Contains(r.Normalised)).ToArray();
        Deploys = Rules.Select((r, i) => RuleCategory[i] == Fallback && DeploymentTerms.Contains(r.Normalised)).ToArray();
        LicenceService = Rules.Select((r, i) => RuleCategory[i] == Fallback && r.Kind == KeywordKind.Context && LicenceServiceTerms.Contains(r.Normalised)).ToArray();
        ManyTrades = Rules.Select((r, i) => RuleCategory[i] == Fallback && r.Kind == KeywordKind.Context && ManyTradesTerms.Contains(r.Normalised)).ToArray();
        OtherTrade = Rules.Select((r, i) => RuleCategory[i] == Fallback && r.Kind == KeywordKind.Context && !IntegrationServiceTerms.Contains(r.Normalised)
            && !ManyTrades[i]).ToArray();
        WholeClass = standard.WholeClasses.ToFrozenDictionary(kv => kv.Key, kv => index[kv.Value], StringComparer.Ordinal);
        PartialClass = standard.PartialClasses.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Select(c => index[c]).Order().ToArray(), StringComparer.Ordinal);
    }

    /// <summary>4-digit codes by precedence index.</summary>
    public string[] Code { get; }

    /// <summary>2-digit level-1 codes by precedence index.</summary>
    public string[] Level1 { get; }

    /// <summary>The precedence index of 0509, the category of a generic AI term alone.</summary>
    public int Fallback { get; }

    /// <summary>
    /// The precedence index of 0301, or -1. Its note excludes "仅调用大模型的行业应用（按应用领域归入05）": a text that
    /// names a sector application (0501-0508) as well goes to the sector.
    /// </summary>
    public int FoundationModel { get; }

    /// <summary>
    /// Per rule: a 0301 term that names making a model (大模型研发, 预训练, 基础模型, foundation model ...), not calling
    /// one; an enterprise with such a term stays in 0301 even when it names a sector.
    /// </summary>
    public bool[] ModelDevelopment { get; }

    /// <summary>The precedence index of 0304 (speech and dialogue, where conversational robots belong), or -1.</summary>
    public int Speech { get; }

    /// <summary>
    /// The precedence indexes of 0404 (AI medical devices, including AI diagnostic software) and 0505 (health services),
    /// or -1: the device's own words (病理, 眼底, 诊断, 筛查) are the health sector's words by design, so 0404 resting on
    /// context terms does not yield to 0505 (<see cref="YieldsTo"/>).
    /// </summary>
    public int MedicalDevice { get; }

    /// <inheritdoc cref="MedicalDevice"/>
    public int Health { get; }

    /// <summary>The precedence indexes of 0101 (chips), 0202 (data resources) and 0302 (frameworks and tools), or -1.</summary>
    public int Chip { get; }

    /// <inheritdoc cref="Chip"/>
    public int Data { get; }

    /// <inheritdoc cref="Chip"/>
    public int Framework { get; }

    /// <summary>The precedence index of 0506 (urban governance, public safety and government services), or -1.</summary>
    public int Government { get; }

    /// <summary>
    /// Per rule: a context term of 0506 naming a public authority that regulates or enforces (执法, 监管部门, 市场监管,
    /// 药监, 交警, 城管, 海关, 应急管理, 生态环境 ...): Article 62 counts market regulation, enforcement and environmental
    /// protection as urban governance, so a sector named beside it (药品零售, 外卖骑手, 集装箱) is what is regulated.
    /// </summary>
    public bool[] Regulator { get; }

    /// <summary>The precedence index of 0401 (physical robots), or -1.</summary>
    public int Robot { get; }

    /// <summary>
    /// Per rule: the bare robot term of 0401 (机器人, robot) with nothing saying what kind of robot; written after a
    /// speech or dialogue term (语音随访机器人) it is a conversational program of 0304, not a machine.
    /// </summary>
    public bool[] BareRobot { get; }

    /// <summary>
    /// Per rule: a 0401 term that says a robot but not what kind (机器人, 智能机器人 of the regulator's item 智能机器人的研发,
    /// robot, intelligent robot): beside a dialogue robot of 0304 (语音机器人, 外呼机器人, 聊天机器人) it is that program.
    /// </summary>
    public bool[] UnspecifiedRobot { get; }

    /// <summary>The precedence index of 0201 (AI compute services), or -1.</summary>
    public int Compute { get; }

    /// <summary>
    /// Per rule: a 0101 term that names a kind of processor and nothing else (GPU, NPU, TPU, 图形处理器): beside a compute
    /// service (0201) or an AI system software of 0302 it is the hardware the service or the software runs on (reading 39).
    /// </summary>
    public bool[] Processor { get; }

    /// <summary>Per rule: a strong term of 0304 naming a robot that talks (语音机器人, 客服机器人, 聊天机器人, chatbot).</summary>
    public bool[] ConversationalRobot { get; }

    /// <summary>
    /// Per rule: a context term of 0509 that names a trade with no category of its own (农业, 养殖, 施工, 物业, 酒店,
    /// 招聘 ...), not the integration and technical services 0509 is about (系统集成, 技术服务, 解决方案 ...). Beside a
    /// sector application resting on context terms alone it makes the reading open (蜂群健康管理 is beekeeping).
    /// </summary>
    public bool[] OtherTrade { get; }

    /// <summary>
    /// Per rule: a context term of 0509 saying the AI serves many trades, none in particular (等行业, 各行业, 行业不限,
    /// 跨行业, across industries): the sectors a text lists beside it are examples of the clients, not the one it serves.
    /// </summary>
    public bool[] ManyTrades { get; }

    /// <summary>
    /// Per rule: a term of 0509 naming the integration or deployment of AI for a client (人工智能行业应用系统集成服务,
    /// AI解决方案, 系统集成, 私有化部署, 模型微调, 运维, 提示词工程), not the generic 技术服务 / 技术咨询 of every licence: beside a
    /// large model the firm does not make (大模型私有化部署、集成与运维), it is what the firm does (0509, not 0301).
    /// </summary>
    public bool[] Deploys { get; }

    /// <summary>
    /// Per rule: a context term of 0509 that is the licence's generic service item every firm lists (技术服务, 技术咨询,
    /// consulting), not an integration, a deployment or a trade: 0509 resting on it and a generic AI term rests on
    /// generic words only (reading 32).
    /// </summary>
    public bool[] LicenceService { get; }

    /// <summary>
    /// Per rule: a context term that is the verb of trading goods (零售, 批发, 贸易, 销售, wholesale): in an item that only
    /// sells goods (计算机软硬件及辅助设备零售) it names the firm's own trading, not the commerce sector (0503) its AI serves,
    /// so it does not hint that sector for the review of a technology result.
    /// </summary>
    public bool[] TradeWord { get; }

    /// <summary>
    /// Per rule: a sector context term that is also the verb of making goods (制造, 生产, manufacturing): in a device
    /// maker's texts (眼底相机制造) it names the maker's own activity, not an industry its device serves.
    /// </summary>
    public bool[] MakingWord { get; }

    public KeywordRule[] Rules { get; }

    /// <summary>Precedence index of each rule's category, -1 for signal and exclusion terms.</summary>
    public int[] RuleCategory { get; }

    /// <summary>Classes wholly in the sector (rule 1a): class to precedence index.</summary>
    public FrozenDictionary<string, int> WholeClass { get; }

    /// <summary>Classes partly AI (*): class to its categories' precedence indexes, ascending.</summary>
    public FrozenDictionary<string, int[]> PartialClass { get; }

    public int Count => Code.Length;

    private static readonly string[] TradeWords = ["零售", "批发", "贸易", "销售", "经销", "分销", "retail", "wholesale", "trading"];

    private static readonly string[] BareRobotTerms = ["机器人", "robot"];

    private static readonly string[] ProcessorTerms = ["gpu", "npu", "tpu", "gpgpu", "图形处理器", "神经网络处理器", "graphics processing unit", "neural processing unit"];

    private static readonly string[] UnspecifiedRobotTerms = ["机器人", "robot", "robots", "智能机器人", "intelligent robot", "intelligent robots"];

    private static readonly string[] RobotMarks = ["机器人", "robot", "bot"];

    private static readonly string[] MakingWords = ["制造", "生产", "manufacturing", "manufacture", "production"];

    /// <summary>0509's context words of integrating or deploying AI for a client (read before the lists that use them).</summary>
    private static readonly string[] DeploymentContextTerms = ["系统集成", "信息系统集成", "解决方案", "运维", "system integration", "solutions",
        "私有化部署", "模型微调", "私有化交付", "本地化部署", "私有部署", "微调"];

    private static readonly string[] LicenceServiceTerms = ["技术服务", "技术咨询", "consulting"];

    private static readonly string[] IntegrationServiceTerms = [.. LicenceServiceTerms, .. DeploymentContextTerms];

    private static readonly string[] DeploymentTerms = ["人工智能行业应用系统集成服务", "人工智能系统集成", "ai系统集成", "人工智能解决方案", "ai解决方案",
        "ai integration", "ai solutions", "提示词工程", "prompt engineering", .. DeploymentContextTerms];

    private static readonly string[] RegulatorTerms = ["执法", "综合执法", "执法部门", "监管部门", "市场监管", "市场监督管理", "安全监管", "药监", "行业监管",
        "监督管理局", "地方金融监管", "主管部门", "交警", "路政", "城管", "海关", "海事局", "网信办", "应急管理", "生态环境"];

    private static readonly string[] ManyTradesTerms = ["等行业", "各行业", "行业不限", "不限行业", "跨行业", "多个行业", "千行百业", "across industries", "各类客户", "各行各业", "各领域", "多领域", "不同行业", "各类行业", "多行业"];

    private static readonly string[] DevelopmentMarks = ["研发", "训练", "基础", "基座", "通用", "foundation", "pre-train", "pretrain"];

    /// <summary>
    /// The one category a partly-AI (*) industry class belongs to (6520 -> 0101, 358x -> 0404, 3983 -> 0103, 6429 -> 0508),
    /// or -1 when the class has several or none, or only 0509: with a generic AI term alone, that is the AI the firm's
    /// registered industry can hold.
    /// </summary>
    public int OnlyCategoryOfClass(int[]? partial) => partial is { Length: 1 } one && one[0] != Fallback ? one[0] : -1;

    /// <summary>True for a sector application category of level 05 (0501-0508), not 0509.</summary>
    public bool IsSectorApplication(int p) => p != Fallback && Level1[p] == "05";

    /// <summary>
    /// True for the technologies that analyse a sector's own material (0303 vision, 0304 speech and language, 0305
    /// knowledge and decisions): a sector term right after one of their terms is the sector served (语音识别庭审).
    /// Digital humans, VR (0307) and biometrics (0306) are products whose use follows them (数字人主播, 刷脸支付).
    /// </summary>
    public bool AnalysesSectorMaterial(int p) => p >= 0 && Code[p] is "0303" or "0304" or "0305";

    /// <summary>
    /// True for a category of components (01), computing power and data (02) or devices (04): its context terms (芯片,
    /// 半导体, 数据采集, 整车, automotive, 病理, 可穿戴, 诊断仪 ...) also name the industry an application serves or the
    /// goods it inspects, so resting on them alone it yields to a sector application (晶圆缺陷的人工智能检测 is 0501, not
    /// 0101; 汽车冲压件AI视觉检测 is 0501, not 0402; 数字病理人工智能筛查 in a laboratory is 0505, not 0404).
    /// </summary>
    public bool YieldsToSector(int p) => Level1[p] is "01" or "02" or "04";

    /// <summary>
    /// True when category <paramref name="p"/>, resting on context terms alone, yields to sector application
    /// <paramref name="sector"/>: always, except an AI medical device (0404) to health services (0505), whose words it
    /// shares by definition (AI辅助诊断软件 is 0404; 0505 excludes AI medical devices).
    /// </summary>
    public bool YieldsTo(int p, int sector) => !(p == MedicalDevice && sector == Health);

    /// <summary>True for a category of key basic components (01: chips, AI servers, intelligent sensors).</summary>
    public bool IsComponent(int p) => p >= 0 && Level1[p] == "01";

    /// <summary>
    /// True when a term of category <paramref name="subject"/> written right before an own term of <paramref name="head"/>
    /// names what the head is about, not the firm's product: a component or device before data (自动驾驶道路数据采集,
    /// 病理切片图像标注: 0202), a model before a tool (大模型推理加速, 大模型微调平台: 0302). A chip before a server is left to
    /// the registered class (a list 'AI芯片、AI服务器' reads the same once punctuation is a space).
    /// </summary>
    public bool IsSubjectOf(int subject, int head)
        => subject >= 0 && head >= 0 && subject != head && (
            (head == Data && Level1[subject] is "01" or "04")
            || (subject == FoundationModel && head == Framework));

    /// <summary>
    /// True for a category of things made (01 components, 04 devices): an item that only sells, retails, wholesales or
    /// rents them (智能手环销售, 医疗设备租赁) names what the firm sells, not what it makes.
    /// </summary>
    public bool IsMade(int p) => Level1[p] is "01" or "04";
}
