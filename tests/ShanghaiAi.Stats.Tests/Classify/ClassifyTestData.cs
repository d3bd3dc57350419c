using System.Globalization;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>Files of this test folder (found from the build output by walking up to the test project) and throw-away values.</summary>
internal static class ClassifyTestData
{
    public static string PathOf(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "ShanghaiAi.Stats.Tests", "Classify", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            candidate = Path.Combine(dir.FullName, "Classify", relative);
            if (File.Exists(candidate) && dir.Name == "ShanghaiAi.Stats.Tests")
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        throw new FileNotFoundException($"test data {relative} not found above {AppContext.BaseDirectory}");
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

    /// <summary>A valid synthetic USCC for a number.</summary>
    public static string Uscc(int n) => ShanghaiAi.Stats.Common.Uscc.WithCheck("91310115" + n.ToString("D9", CultureInfo.InvariantCulture));

    public static RegisterEntry Entry(string? scope, string? industry = null, string? products = null, string name = "上海某某科技有限公司", int n = 1)
        => new(Uscc(n), name, "310115", null, industry, scope, products, null, null);
}
