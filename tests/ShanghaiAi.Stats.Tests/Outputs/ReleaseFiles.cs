namespace ShanghaiAi.Stats.Tests.Outputs;

/// <summary>Compares two release folders byte for byte (their public/ and internal/ parts).</summary>
public static class ReleaseFiles
{
    /// <summary>Every file of the two parts, relative path to bytes.</summary>
    public static IReadOnlyDictionary<string, byte[]> Read(string outDir)
        => new[] { "public", "internal" }
            .SelectMany(part => Directory.EnumerateFiles(Path.Combine(outDir, part), "*", SearchOption.AllDirectories))
            .ToDictionary(f => Path.GetRelativePath(outDir, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    public static void ShouldBeSameAs(string outDir, string expectedDir)
    {
        var actual = Read(outDir);
        var expected = Read(expectedDir);
        actual.Keys.Should().BeEquivalentTo(expected.Keys, "the same vintage released twice gives the same files under the same names");
        foreach (var (name, bytes) in expected)
        {
            actual[name].SequenceEqual(bytes).Should().BeTrue($"{name} is byte-identical in {outDir} and {expectedDir}");
        }
    }
}
