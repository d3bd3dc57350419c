namespace ShanghaiAi.Stats.Classify;

/// <summary>The review reason is the last part of the evidence, written "review: why".</summary>
internal static class ReviewText
{
    public const string Marker = "review: ";

    public static string? Reason(string? evidence)
    {
        if (evidence is null)
        {
            return null;
        }

        var i = evidence.LastIndexOf(Marker, StringComparison.Ordinal);
        return i < 0 ? null : evidence[(i + Marker.Length)..];
    }
}
