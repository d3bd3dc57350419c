using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Synthetic;

/// <summary>One generated enterprise: its register row plus what the generator intends (category, AI share,
/// scale) and its life span in the window.</summary>
internal sealed record SyntheticEnterprise(
    int Index,
    Profile Profile,
    RegisterEntry Entry,
    double AnnualRevenue,
    double AiShare,
    Period FirstActive,
    Period LastActive)
{
    public string Uscc => Entry.Uscc;

    /// <summary>In scope and AI revenue share of at least 30% (核心企业).</summary>
    public bool AiEnterprise => Profile.InScope && AiShare >= 0.30;

    /// <summary>Registered after the last day of <paramref name="period"/>: its 上年同期 for a year later is empty.</summary>
    public bool RegisteredAfter(Period period) => Entry.RegisteredOn!.Value > period.LastDay;
}
