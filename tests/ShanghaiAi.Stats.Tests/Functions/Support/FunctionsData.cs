using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Functions.Support;

/// <summary>Upload contents for the functions tests: the ingest corpus's register (6 enterprises) and monthly reports.</summary>
public static class FunctionsData
{
    public static string Register => File.ReadAllText(Corpus.PathOf("register-base.csv"));

    /// <summary>A monthly report of enterprises 1..<paramref name="n"/> (n &lt;= 6), revenue varied by <paramref name="salt"/>
    /// so that each salt is a different file.</summary>
    public static string Monthly(int n, int salt = 0, string period = "2026-10") =>
        Some.Monthly(Enumerable.Range(1, n).Select(i => Some.MonthlyRow(Some.Uscc(i), period, revenue: (1000 + salt + i).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray());
}
