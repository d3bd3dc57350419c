namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// Which found terms count: marks the AI signals (and the business-scope clauses that hold one), then counts strong
/// terms per category and the context terms an AI signal activates; context terms without a signal are hints, or
/// sector terms for rule 1c when the AI revenue share alone puts the enterprise in scope. The name is not an input
/// of the rules: only an AI term there is remembered (for a review flag).
/// </summary>
internal sealed class TermTally(CategoryIndex index)
{
    private readonly KeywordRule[] _rules = index.Rules;
    private readonly int[] _ruleCategory = index.RuleCategory;

    /// <summary>Fills the counts of <paramref name="s"/>; returns whether a generic AI signal is in the texts and whether the name carries an AI term.</summary>
    public (bool Generic, bool NameSignal) Count(ClassifierScratch s, bool shareAi)
    {
        var (hasSignal, nameSignal) = MarkSignals(s);
        s.HasTextSignal = hasSignal;
        return (CountTerms(s, hasSignal, shareAi), nameSignal);
    }

    /// <summary>
    /// The first category in precedence with a counted term, or -1, with two corrections in favour of a counted sector
    /// application (0501-0508, the first in precedence of them; else 0509 when a trade with no category of its own
    /// counts): 0301 yields to it, as its note says (an industry
    /// application that only calls a large model is classified by its sector) unless a text names making a model (<see cref="CategoryIndex.ModelDevelopment"/>),
    /// and with no sector and no deployment word it yields to a speech and language application of 0304's own (LLM 客服 Copilot、工单自动摘要:
    /// reading 42); a component or
    /// data category (01, 02) resting on context terms alone (半导体, 数据采集) yields to a counted sector.
    /// </summary>
    public int TextPrimary(ClassifierScratch s)
    {
        for (var p = 0; p < index.Count; p++)
        {
            if (!s.Counts(p))
            {
                continue;
            }

            if (index.IsMade(p) && TradedOrUsedOnly(s, p) && CountsBeyondSales(s, p))
            {
                continue; // 智能手环销售 names goods sold, 部署服务机器人 goods used; the category the firm's own activity gives decides
            }

            if (ComponentOfTheRegisteredProduct(s, p))
            {
                continue; // GPU in a server maker's texts (3911): the component inside the product the class registers
            }

            if (p == index.Chip && ProcessorRunsTheService(s))
            {
                continue; // GPU算力租赁, AI编译器（适配国产NPU）: the processor the service or the software runs on, not a chip the firm makes
            }

            if (p == index.Robot && RobotTalksOnly(s))
            {
                continue; // 智能机器人的研发 beside 语音机器人、外呼机器人: the robot is a dialogue program (0304), not a machine
            }

            var yields = p == index.FoundationModel ? !MakesAModel(s) : index.YieldsToSector(p) && s.Strong[p] == 0 && !MakesTheClassProduct(s, p);
            var primary = yields && FirstSectorAfter(s, p, index.IsMade(p)) is >= 0 and var sector ? sector
                : yields && p == index.FoundationModel && DeploysAModel(s) ? index.Fallback
                : yields && p == index.FoundationModel && index.Speech >= 0 && s.Strong[index.Speech] > 0 ? index.Speech : p;
            if (primary == p && PartOfALaterProduct(s, p))
            {
                continue; // 芯片, SoC beside a later category's own term (算子库, 视觉传感器): a part of that product
            }

            var most = MostNamedSector(s, primary);
            return most == index.Fallback && primary != p && KeepsTheModel(s, p) ? p : most;
        }

        return -1;
    }

    /// <summary>
    /// True when 0301 (<paramref name="p"/>), counted by a term of its own, yielded to a sector that then gave way to
    /// 0509 only because the texts serve many trades (<see cref="ManySectors"/>: 通用大语言模型，客户包括保险、教育与零售企业):
    /// the note of 0301 sends an application that calls a model to the one sector it serves; with no one sector and no
    /// word of deploying or integrating the model for a client (<see cref="DeploysAModel"/>), the firm's model stays 0301.
    /// </summary>
    private bool KeepsTheModel(ClassifierScratch s, int p)
        => p == index.FoundationModel && s.Strong[p] > 0 && !DeploysAModel(s) && ManySectors(s) != ManySectorsReading.None;

    /// <summary>
    /// True when component category <paramref name="p"/> (01) is a part of the product the firm's registered class makes:
    /// a manufacturer coded in a class partly AI only as a later component category (3911/3912 -> 0102, 3983 -> 0103)
    /// whose texts count that category too (GPU训练服务器, 边缘AI计算盒（内置NPU）, SoC集成神经网络处理单元的视觉传感器).
    /// </summary>
    private bool ComponentOfTheRegisteredProduct(ClassifierScratch s, int p)
        => index.IsComponent(p) && s.Manufacturer && s.OneCategoryClass > p && index.IsComponent(s.OneCategoryClass) && s.Counts(s.OneCategoryClass);

    /// <summary>
    /// True when a component or device category <paramref name="p"/> resting on context terms alone is what the firm's
    /// registered manufacturing class makes (a 3983 maker's 智能振动传感器 for 故障诊断): the sector words then say what the
    /// product does, and it does not yield to that sector.
    /// </summary>
    private static bool MakesTheClassProduct(ClassifierScratch s, int p) => s.Manufacturer && s.OneCategoryClass == p;

    /// <summary>
    /// True when the chip category (0101) rests on context terms alone (芯片, SoC, 处理器) and a later category counts a
    /// term of its own: the chip is a part of that product or the platform it runs on (AI算子库与国产芯片适配 is 0302;
    /// 视觉传感器（SoC集成…） is 0103). Not for a firm registered in a class partly AI only as chips (6520 集成电路设计:
    /// 自动驾驶域控芯片设计 designs the chip).
    /// </summary>
    private bool PartOfALaterProduct(ClassifierScratch s, int p)
    {
        if (p != index.Chip || s.Strong[p] > 0 || s.OneCategoryClass == p)
        {
            return false;
        }

        for (var q = p + 1; q < index.Count; q++)
        {
            if (s.Strong[q] > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="f"/> is written right before (at most <see cref="SubjectGap"/> characters, same item) an own
    /// term of a category that names a thing made of or about it (<see cref="CategoryIndex.IsSubjectOf"/>): 自动驾驶道路数据采集,
    /// 病理切片图像标注 (the data's subject, 0202), GPU训练服务器 (the server's processor, 0102), 大模型推理加速 (the tool's model,
    /// 0302). In Chinese the head of the phrase comes last; the firm makes the head.
    /// </summary>
    private bool NamesTheSubjectOf(List<FoundTerm> found, FoundTerm f)
    {
        var c = _ruleCategory[f.Rule];
        if (c < 0 || f.Field == TextField.Name)
        {
            return false;
        }

        foreach (var o in found)
        {
            if (o.Field == f.Field && o.Clause == f.Clause && o.Start >= f.End && o.Start - f.End <= SubjectGap
                && _rules[o.Rule].Kind == KeywordKind.Strong && index.IsSubjectOf(c, _ruleCategory[o.Rule]))
            {
                return true;
            }
        }

        return false;
    }

    private const int SubjectGap = 3;

    /// <summary>
    /// Among the counted sector applications (0501-0508), the one the texts name most (counted own terms and context
    /// terms alike); a tie keeps precedence. A single incidental word of an earlier sector (数控 in a vocational school's
    /// 实训, 集装箱 in customs inspection, 药品 in a procuratorate's public-interest case, 智能阅卷 of a prosecutor's
    /// case files) does not decide over the sector the texts keep naming. When the chosen sector rests on context terms
    /// alone and the texts name a trade with no category of its own (<see cref="CategoryIndex.OtherTrade"/>: 餐厅, 后厨)
    /// more often (连锁), the trade is what the AI serves: 0509; so is a chosen sector resting on context terms alone when
    /// the texts serve many trades (<see cref="ManySectors"/>). A sector before 0506 resting on context terms alone while
    /// the texts name a regulating or enforcing authority (<see cref="RegulatorTerm"/>) is what is regulated: 0506. Any
    /// other result is returned as is.
    /// </summary>
    public int MostNamedSector(ClassifierScratch s, int first)
    {
        if (first < 0 || !index.IsSectorApplication(first))
        {
            return first;
        }

        var best = first;
        for (var q = first + 1; q < index.Count; q++)
        {
            if (index.IsSectorApplication(q) && Weight(s, q) > Weight(s, best))
            {
                best = q;
            }
        }

        if (best < index.Government && s.Strong[best] == 0 && RegulatorTerm(s) is not null)
        {
            return index.Government; // 药品零售企业经营行为AI监管（药监局）: the sector named is what the authority regulates
        }

        return s.Strong[best] == 0 && (OtherTradeCount(s) > s.Context[best] || ManySectors(s) != ManySectorsReading.None) ? index.Fallback : best;
    }

    /// <summary>The first counted term of 0506 naming a regulating or enforcing authority (<see cref="CategoryIndex.Regulator"/>), or null.</summary>
    public string? RegulatorTerm(ClassifierScratch s) => FirstCountedTerm(s, index.Regulator);

    /// <summary>
    /// Whether the texts serve many trades rather than one: a word saying so (<see cref="CategoryIndex.ManyTrades"/>:
    /// 为制造、金融、零售等行业提供AI解决方案), or three sectors or more (sector applications and a trade with no category of
    /// its own) named equally often, each resting on context terms alone (洗衣工厂 … 分拣; 美容门店 … 护理): no one sector.
    /// </summary>
    public ManySectorsReading ManySectors(ClassifierScratch s)
    {
        if (FirstCountedTerm(s, index.ManyTrades) is not null)
        {
            return ManySectorsReading.SaidSo;
        }

        var most = 0;
        for (var q = 0; q < index.Count; q++)
        {
            if (index.IsSectorApplication(q))
            {
                most = Math.Max(most, Weight(s, q));
            }
        }

        var trades = OtherTradeCount(s);
        var tied = most > 0 && trades == most ? 1 : 0;
        for (var q = 0; q < index.Count && most > 0; q++)
        {
            if (index.IsSectorApplication(q) && Weight(s, q) == most)
            {
                if (s.Strong[q] > 0)
                {
                    return ManySectorsReading.None;
                }

                tied++;
            }
        }

        return tied >= MinTiedSectors ? ManySectorsReading.NamedEqually : ManySectorsReading.None;
    }

    /// <summary>Sectors named equally often that make the reading "many trades, none in particular".</summary>
    private const int MinTiedSectors = 3;

    /// <summary>How much the texts name sector <paramref name="p"/>: its own AI terms and its context terms alike (an own term is often a technology any sector uses: 智能推荐).</summary>
    private static int Weight(ClassifierScratch s, int p) => s.Strong[p] + s.Context[p];

    /// <summary>The first counted sector application before <paramref name="p"/> in precedence, or -1.</summary>
    public int SectorBefore(ClassifierScratch s, int p)
    {
        for (var q = 0; q < p; q++)
        {
            if (index.IsSectorApplication(q) && s.Counts(q))
            {
                return q;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when every counted term of category <paramref name="p"/> names goods the firm trades or uses rather than
    /// makes (<see cref="ClassifierScratch.IsTradedOrUsed"/>: 智能机器人销售, 应用手术机器人开展诊疗; not 智能机器人研发、制造、销售,
    /// not a 主要产品 that names the device).
    /// </summary>
    public bool TradedOrUsedOnly(ClassifierScratch s, int p)
    {
        var any = false;
        foreach (var f in s.Found)
        {
            if (!f.Active || f.Field == TextField.Name || CategoryOf(s, f) != p)
            {
                continue;
            }

            if (!s.IsTradedOrUsed(f) && !s.IsUsedInProducts(f))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>True when a category after <paramref name="p"/> in precedence counts a term outside the items that only trade or use goods.</summary>
    private bool CountsBeyondSales(ClassifierScratch s, int p)
    {
        foreach (var f in s.Found)
        {
            if (f.Active && f.Field != TextField.Name && CategoryOf(s, f) is var q && q > p && !s.IsTradedOrUsed(f))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the texts' AI terms (signals and categories' own terms) all stand in items that only sell, retail,
    /// wholesale or rent goods, or in a 主要产品 that only trades them (人工智能硬件销售, 智能网联汽车销售, 服务器销售 ...):
    /// the firm resells AI products. Compute and data services (02) are excluded: renting out compute (算力租赁) is the
    /// service itself.
    /// </summary>
    public bool AiOnlyInSales(ClassifierScratch s)
    {
        var any = false;
        foreach (var f in s.Found)
        {
            if (f.Field == TextField.Name || _rules[f.Rule].Kind is not (KeywordKind.Signal or KeywordKind.Strong))
            {
                continue;
            }

            if (!s.IsSoldOnly(f) || (_ruleCategory[f.Rule] is var c && c >= 0 && index.Level1[c] == "02"))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>
    /// True when a text names making a model (大模型研发, 预训练), unless a sector's own model term overlaps that
    /// term (工业视觉大模型研发 makes an industry's model: the sector's).
    /// </summary>
    private bool MakesAModel(ClassifierScratch s)
    {
        foreach (var f in s.Found)
        {
            if (f.Active && index.ModelDevelopment[f.Rule] && !OverlapsSectorTerm(s, f))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when every 0401 term the texts count says a robot but not what kind (<see cref="CategoryIndex.UnspecifiedRobot"/>:
    /// the regulator's item 智能机器人的研发) and a 0304 term names a robot that talks (<see cref="CategoryIndex.ConversationalRobot"/>:
    /// 语音机器人, 外呼机器人): the robot the firm develops is that dialogue program.
    /// </summary>
    private bool RobotTalksOnly(ClassifierScratch s)
        => TextTermsOfAre(s, index.Robot, index.UnspecifiedRobot) is (true, _) && AnyTextTerm(s, index.ConversationalRobot);

    /// <summary>
    /// True when every 0101 term the texts count names a kind of processor and nothing else (<see cref="CategoryIndex.Processor"/>:
    /// GPU, NPU, TPU; not AI芯片, 芯片设计, 存算一体) and a compute service (0201) counts, or a term of 0302's own (推理引擎, AI编译器):
    /// the processor is the hardware the service rents out or the software runs on (GPU云主机, 适配国产NPU). Not for a firm
    /// registered in a class partly AI only as chips (6520 集成电路设计), which designs the processor.
    /// </summary>
    private bool ProcessorRunsTheService(ClassifierScratch s)
        => s.OneCategoryClass != index.Chip
            && ((index.Compute >= 0 && s.Counts(index.Compute)) || (index.Framework >= 0 && s.Strong[index.Framework] > 0))
            && TextTermsOfAre(s, index.Chip, index.Processor) is (true, > 0);

    /// <summary>Whether every term the texts count for <paramref name="category"/> (the name aside) has
    /// <paramref name="flag"/>, and how many they are.</summary>
    private (bool All, int Count) TextTermsOfAre(ClassifierScratch s, int category, bool[] flag)
    {
        var count = 0;
        foreach (var f in s.Found)
        {
            if (!f.Active || f.Field == TextField.Name || CategoryOf(s, f) != category)
            {
                continue;
            }

            if (!flag[f.Rule])
            {
                return (false, count);
            }

            count++;
        }

        return (true, count);
    }

    /// <summary>Whether a term the texts count (the name aside) has <paramref name="flag"/>.</summary>
    private static bool AnyTextTerm(ClassifierScratch s, bool[] flag)
    {
        foreach (var f in s.Found)
        {
            if (f.Active && f.Field != TextField.Name && flag[f.Rule])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a counted term of 0509 names integrating or deploying AI for a client (<see cref="CategoryIndex.Deploys"/>).</summary>
    public bool DeploysAModel(ClassifierScratch s) => FirstCountedTerm(s, index.Deploys) is not null;

    private bool OverlapsSectorTerm(ClassifierScratch s, in FoundTerm f)
    {
        foreach (var o in s.Found)
        {
            if (o.Active && o.Field == f.Field && o.Start < f.End && f.Start < o.End && _rules[o.Rule].Kind == KeywordKind.Strong
                && index.IsSectorApplication(_ruleCategory[o.Rule]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when sector <paramref name="q"/> counts a term other than a word of making (制造, 生产): a device maker's own activity.</summary>
    private bool CountsBeyondMaking(ClassifierScratch s, int q)
    {
        if (s.Strong[q] > 0)
        {
            return true;
        }

        foreach (var f in s.Found)
        {
            if (f.Active && f.Field != TextField.Name && _ruleCategory[f.Rule] == q && !index.MakingWord[f.Rule])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first counted sector application after <paramref name="p"/>, else 0509 when a term of a trade with no
    /// category of its own counts (农技, 养殖: an agricultural application that calls a large model is 0509), else -1.
    /// For a made category (<paramref name="made"/>) a sector counted only by a word of making (眼底相机制造) does not count.
    /// </summary>
    private int FirstSectorAfter(ClassifierScratch s, int p, bool made = false)
    {
        for (var q = p + 1; q < index.Count; q++)
        {
            if (index.IsSectorApplication(q) && s.Counts(q) && (!made || (CountsBeyondMaking(s, q) && index.YieldsTo(p, q))))
            {
                return q;
            }
        }

        return OtherTradeCounts(s) ? index.Fallback : -1;
    }

    /// <summary>How many counted terms name a trade with no category of its own.</summary>
    public int OtherTradeCount(ClassifierScratch s)
    {
        var n = 0;
        foreach (var f in s.Found)
        {
            if (f.Active && index.OtherTrade[f.Rule])
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>True when a term naming a trade with no category of its own counts (<see cref="CategoryIndex.OtherTrade"/>).</summary>
    public bool OtherTradeCounts(ClassifierScratch s) => OtherTradeTerm(s) is not null;

    /// <summary>The first counted term naming a trade with no category of its own, or null.</summary>
    public string? OtherTradeTerm(ClassifierScratch s) => FirstCountedTerm(s, index.OtherTrade);

    /// <summary>The first counted term whose rule has <paramref name="flag"/> (one of the rule tables of <see cref="CategoryIndex"/>), or null.</summary>
    private string? FirstCountedTerm(ClassifierScratch s, bool[] flag)
    {
        foreach (var f in s.Found)
        {
            if (f.Active && flag[f.Rule])
            {
                return _rules[f.Rule].Term;
            }
        }

        return null;
    }

    /// <summary>The precedence index of the category a found term counts for (-1 for signals and exclusions): its rule's, except a bare robot term that follows a speech term (0304).</summary>
    public int CategoryOf(ClassifierScratch s, in FoundTerm f)
        => index.BareRobot[f.Rule] && f.Field != TextField.Name && AfterSpeechTerm(s.Found, f) ? index.Speech : _ruleCategory[f.Rule];

    /// <summary>True when an exclusion term was found.</summary>
    public bool HasExclusion(ClassifierScratch s)
    {
        foreach (var f in s.Found)
        {
            if (_rules[f.Rule].Kind == KeywordKind.Exclusion)
            {
                return true;
            }
        }

        return false;
    }

    private (bool HasSignal, bool NameSignal) MarkSignals(ClassifierScratch s)
    {
        bool hasSignal = false, nameSignal = false;
        foreach (var f in s.Found)
        {
            if (_rules[f.Rule].Kind is KeywordKind.Signal or KeywordKind.Strong)
            {
                if (f.Field == TextField.Name)
                {
                    nameSignal = true;
                }
                else
                {
                    hasSignal = true;
                    if (f.Field == TextField.BusinessScope)
                    {
                        s.MarkSignalClause(f.Clause);
                    }
                }
            }
        }

        return (hasSignal, nameSignal);
    }

    /// <summary>Counts strong and activated context terms per category; returns true when a generic signal is in the texts.</summary>
    private bool CountTerms(ClassifierScratch s, bool hasSignal, bool shareAi)
    {
        var generic = false;
        var found = s.Found;
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            var kind = _rules[f.Rule].Kind;
            var cat = _ruleCategory[f.Rule];
            var inName = f.Field == TextField.Name;
            switch (kind)
            {
                case KeywordKind.Exclusion:
                    continue;
                case KeywordKind.Signal:
                    generic |= !inName;
                    f.Active = !inName;
                    break;
                case KeywordKind.Strong or KeywordKind.Context when NamesTheSubjectOf(found, f):
                    continue; // 自动驾驶道路数据采集与标注: the subject of the data, not the firm's product
                case KeywordKind.Strong when !inName:
                    s.Strong[CategoryOf(s, f)]++;
                    f.Active = true;
                    break;
                case KeywordKind.Strong or KeywordKind.Context when inName:
                    continue; // the name is not an input of the rules: only an AI term there flags a review
                default: // context terms need an AI signal
                    f.Active = !AttachedToCategoryTerm(found, f) && !MakingOfAnotherCategory(found, f)
                        && (f.Field == TextField.BusinessScope ? s.IsSignalClause(f.Clause) : hasSignal);
                    if (f.Active)
                    {
                        s.Context[cat]++;
                    }
                    else if (shareAi && !hasSignal)
                    {
                        s.ShareContext[cat] = true;
                        f.Active = true; // shown in the evidence; counted for rule 1c only
                    }
                    else if (!(index.TradeWord[f.Rule] && f.Field == TextField.BusinessScope && s.IsTradeClause(f.Clause)))
                    {
                        s.Hinted[cat] = true; // 零售 in 计算机软硬件及辅助设备零售 is the firm's own trading, not the commerce sector served
                    }

                    break;
            }

            found[i] = f;
        }

        return generic;
    }

    /// <summary>
    /// True when a speech or dialogue term (0304: 语音, 客服, 问答 ...) ends at most <see cref="ConversationalGap"/>
    /// characters before <paramref name="f"/> in the same item: 语音随访机器人, AI客服问答机器人 are programs that talk.
    /// </summary>
    private bool AfterSpeechTerm(List<FoundTerm> found, FoundTerm f)
    {
        foreach (var o in found)
        {
            if (o.Field == f.Field && o.Clause == f.Clause && _ruleCategory[o.Rule] == index.Speech && o.End <= f.Start
                && f.Start - o.End <= ConversationalGap)
            {
                return true;
            }
        }

        return false;
    }

    private const int ConversationalGap = 4;

    /// <summary>
    /// A word of making (制造, 生产: <see cref="CategoryIndex.MakingWord"/>) in an item that names another category's own
    /// term is the making of that thing (视觉导航无人叉车的研发、制造与销售 makes forklifts, 0503), not the manufacturing
    /// sector it serves.
    /// </summary>
    private bool MakingOfAnotherCategory(List<FoundTerm> found, FoundTerm f)
    {
        if (!index.MakingWord[f.Rule])
        {
            return false;
        }

        foreach (var o in found)
        {
            if (o.Field == f.Field && o.Clause == f.Clause && _rules[o.Rule].Kind == KeywordKind.Strong && _ruleCategory[o.Rule] is var c
                && c >= 0 && c != _ruleCategory[f.Rule])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A context term written right after a category's own term is that product's activity ("工业机器人制造",
    /// "AI芯片设计"): the product is made, not applied in the sector. After a generic AI term it is the sector the AI
    /// serves ("人工智能法律服务", "AI病理分析") and counts; so is a sector application's term after a technology that
    /// analyses the sector's material (vision, speech and language, knowledge: "语音识别庭审记录", "图像识别安防").
    /// After a product-like technology (数字人主播, 掌静脉识别支付) it stays the product's use.
    /// </summary>
    private bool AttachedToCategoryTerm(List<FoundTerm> found, FoundTerm f)
    {
        var sectorTerm = index.IsSectorApplication(_ruleCategory[f.Rule]);
        foreach (var o in found)
        {
            if (o.Field == f.Field && o.End == f.Start && o.End > o.Start && _rules[o.Rule].Kind == KeywordKind.Strong
                && !(sectorTerm && index.AnalysesSectorMaterial(_ruleCategory[o.Rule])))
            {
                return true;
            }
        }

        return false;
    }
}
