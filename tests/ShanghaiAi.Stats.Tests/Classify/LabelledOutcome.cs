using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>One labelled enterprise, its label and the classifier's result.</summary>
internal sealed record LabelledOutcome(RegisterEntry Entry, string Expected, ClassificationResult Result)
{
    public bool Right => Result.Category == Expected;
}
