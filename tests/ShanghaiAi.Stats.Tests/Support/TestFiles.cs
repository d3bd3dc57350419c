namespace ShanghaiAi.Stats.Tests.Support;

/// <summary>Files of the test project and of the repository, found from the build output by walking up.</summary>
public static class TestFiles
{
    /// <summary>A file under tests/ShanghaiAi.Stats.Tests, e.g. "Ingest/Corpus/register-base.csv".</summary>
    public static string PathOf(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "ShanghaiAi.Stats.Tests", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"test file {relative} not found above {AppContext.BaseDirectory}");
    }

    /// <summary>The reference-data folder of the repository.</summary>
    public static string ReferenceDataDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "reference-data", "classification")))
        {
            dir = dir.Parent;
        }

        return dir is null ? throw new DirectoryNotFoundException("reference-data not found") : Path.Combine(dir.FullName, "reference-data");
    }

    /// <summary>A valid synthetic USCC for a number: 91310115 + 9 digits + check.</summary>
    public static string Uscc(int n) => Stats.Common.Uscc.WithCheck("91310115" + n.ToString("D9", System.Globalization.CultureInfo.InvariantCulture));
}
