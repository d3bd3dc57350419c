using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>Builds the <see cref="StatsException"/> for a file that cannot be used; its rule id travels in
/// <c>Data["RuleId"]</c> and in the message.</summary>
public static class FileRejection
{
    public static StatsException Create(string file, string ruleId, string en, string zh)
    {
        var e = new StatsException($"{file}: {en} [{ruleId}] / {zh}");
        e.Data["RuleId"] = ruleId;
        e.Data["MessageZh"] = $"{file}：{zh}［{ruleId}］";
        return e;
    }

    /// <summary>The rule id of a file rejection, or null.</summary>
    public static string? RuleOf(Exception e) => e.Data["RuleId"] as string;
}
