using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Tests.Support;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>Files of this test folder and throw-away values.</summary>
internal static class ClassifyTestData
{
    public static string PathOf(string relative) => TestFiles.PathOf(Path.Combine("Classify", relative));

    /// <summary>The reference-data folder of the repository.</summary>
    public static string ReferenceDataDirectory() => TestFiles.ReferenceDataDirectory();

    /// <summary>A valid synthetic USCC for a number.</summary>
    public static string Uscc(int n) => TestFiles.Uscc(n);

    public static RegisterEntry Entry(string? scope, string? industry = null, string? products = null, string name = "上海某某科技有限公司", int n = 1)
        => new(Uscc(n), name, "310115", null, industry, scope, products, null, null);
}
