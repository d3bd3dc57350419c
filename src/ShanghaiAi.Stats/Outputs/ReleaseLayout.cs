namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// The folders of a release: <c>public/</c> (the only part that may leave the office: disclosure-safe, checked by
/// <see cref="PublicPartCheck"/>) and <c>internal/</c> (the statistician's: values of suppressed cells, contributors,
/// revisions in clear, the review queue).
/// </summary>
public static class ReleaseLayout
{
    public const string Public = "public";

    public const string Internal = "internal";

    /// <summary>The staging folder a release is written into before it is moved in place.</summary>
    public static string Staging(string outDir, string vintageId) => Path.Combine(outDir, ".release-" + vintageId + ".partial");
}
