namespace ShanghaiAi.Stats.Classify;

/// <summary>What a keyword rule does (column <c>kind</c> of keywords-YYYY.csv).</summary>
public enum KeywordKind
{
    /// <summary>A generic AI technology term (人工智能, AI, 机器学习 ...): an AI signal with no category of its own.</summary>
    Signal,

    /// <summary>A category's own term that is itself an AI signal (AI芯片, 工业机器人, 人脸识别 ...).</summary>
    Strong,

    /// <summary>A sector or product term that chooses its category only together with an AI signal (金融, 芯片 ...).</summary>
    Context,

    /// <summary>A span that is never an AI signal (智能化工程, 智能卡 ...); it removes the terms it overlaps.</summary>
    Exclusion,

    /// <summary>
    /// A longer word that holds a shorter term but means something else (财产线索 holds 产线, 兽用药品 holds 用药): found
    /// like any term, so the longer match removes the terms inside it, and itself counts for nothing (not a signal, no
    /// category, not shown in the evidence).
    /// </summary>
    Guard,
}
