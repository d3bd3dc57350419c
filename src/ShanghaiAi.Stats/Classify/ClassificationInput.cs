using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Classify;

/// <summary>What the classifier needs of one enterprise: its register row and, when reported, its AI revenue share (0-1).</summary>
public sealed record ClassificationInput(RegisterEntry Entry, decimal? AiRevenueShare);
