using System.Globalization;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Tests.Classify.HeldOut;

/// <summary>One enterprise of the held-out set with the category a person gave it from the standard's definitions.</summary>
internal sealed record HeldOutCase(RegisterEntry Entry, decimal? AiRevenueShare, string Expected)
{
    public const string FileName = "HeldOut/held-out-enterprises.csv";

    /// <summary>Reads the held-out CSV (header: uscc,name,industry_code,business_scope,main_products,ai_revenue_share,expected_category).</summary>
    public static IReadOnlyList<HeldOutCase> Load()
    {
        var rows = CsvText.Parse(File.ReadAllText(ClassifyTestData.PathOf(FileName)));
        var header = rows[0];
        int Col(string name) => Array.IndexOf(header, name) is var i and >= 0
            ? i
            : throw new InvalidDataException($"{FileName}: column {name} missing from the header");
        return rows.Skip(1).Where(r => r.Length > 1).Select(r =>
        {
            var share = r[Col("ai_revenue_share")];
            return new HeldOutCase(
                new RegisterEntry(r[Col("uscc")], r[Col("name")], null, null, r[Col("industry_code")], r[Col("business_scope")], r[Col("main_products")], null, null),
                share.Length == 0 ? null : decimal.Parse(share, CultureInfo.InvariantCulture),
                r[Col("expected_category")]);
        }).ToList();
    }
}
