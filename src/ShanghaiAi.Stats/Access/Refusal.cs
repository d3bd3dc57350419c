namespace ShanghaiAi.Stats.Access;

/// <summary>Why a caller may not do something: a rule id of the catalogue (<c>AUTH-F01</c>, <c>AUTH-F02</c>) and the
/// reason in English and Chinese, without a file name (the caller adds the thing it refused).</summary>
public sealed record Refusal(string RuleId, string En, string Zh)
{
    public override string ToString() => $"{En} [{RuleId}] / {Zh}";
}
