using System.Globalization;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Tests.Classify.HeldOut;

/// <summary>One enterprise of a held-out set with the category a person gave it from the standard's definitions.</summary>
internal sealed record HeldOutCase(RegisterEntry Entry, decimal? AiRevenueShare, string Expected)
{
    /// <summary>The first held-out set (README.md, "Set 1"); partly seen by the people tuning keywords.</summary>
    public const string FirstSet = "HeldOut/held-out-enterprises.csv";

    /// <summary>The second held-out set (README.md, "Set 2"), written after the first was no longer clean.</summary>
    public const string SecondSet = "HeldOut/held-out-2-enterprises.csv";

    /// <summary>Reads a held-out CSV of this folder (header: uscc,name,industry_code,business_scope,main_products,ai_revenue_share,expected_category).</summary>
    /// <param name="file">The file relative to the Classify test folder: <see cref="FirstSet"/> or <see cref="SecondSet"/>.</param>
    public static IReadOnlyList<HeldOutCase> Load(string file)
    {
        var rows = CsvText.Parse(File.ReadAllText(ClassifyTestData.PathOf(file)));
        var header = rows[0];
        int Col(string name) => Array.IndexOf(header, name) is var i and >= 0
            ? i
            : throw new InvalidDataException($"{file}: column {name} missing from the header");
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
