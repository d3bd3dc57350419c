using System.Globalization;
using System.Text;

namespace ShanghaiAi.Stats.Synthetic;

/// <summary>The errors <c>--dirty</c> puts into about 2% of report rows, as respondents make them.</summary>
internal static class DirtyRows
{
    public const double Share = 0.02;

    public static readonly string[] Kinds =
    [
        "bad-check-digit", "ai-above-revenue", "duplicate", "thousands-separator", "full-width-digits", "negative-value", "missing-uscc",
    ];

    // Column positions of form AI-1 (see ReportWriter.Header).
    private const int Uscc = 0;
    private const int Revenue = 2;
    private const int AiRevenue = 4;
    private const int Employees = 13;

    /// <summary>Spoils <paramref name="row"/> in place with one error; returns its kind.</summary>
    public static string Spoil(string[] row, Random rng)
    {
        var kind = Kinds[rng.Next(Kinds.Length)];
        if (kind == "thousands-separator" && decimal.Parse(row[Revenue], CultureInfo.InvariantCulture) < 1000m)
        {
            kind = "full-width-digits"; // no separator to show below 1,000
        }

        switch (kind)
        {
            case "bad-check-digit":
                var code = row[Uscc];
                var right = code[17];
                var wrong = Common.Uscc.Alphabet[(Common.Uscc.Alphabet.IndexOf(right, StringComparison.Ordinal) + 1 + rng.Next(29)) % 31];
                row[Uscc] = code[..17] + wrong;
                break;
            case "ai-above-revenue":
                var revenue = decimal.Parse(row[Revenue], CultureInfo.InvariantCulture);
                row[AiRevenue] = Math.Round((revenue * 1.25m) + 10m, 1).ToString(CultureInfo.InvariantCulture);
                break;
            case "thousands-separator":
                row[Revenue] = decimal.Parse(row[Revenue], CultureInfo.InvariantCulture).ToString("#,##0.#", CultureInfo.InvariantCulture);
                break;
            case "full-width-digits":
                row[Revenue] = FullWidth(row[Revenue]);
                break;
            case "negative-value":
                if (rng.Chance(0.5))
                {
                    row[Revenue] = "-" + row[Revenue];
                }
                else
                {
                    row[Employees] = "-" + row[Employees];
                }

                break;
            case "missing-uscc":
                row[Uscc] = string.Empty;
                break;
            default:
                break; // duplicate: the caller writes the row twice
        }

        return kind;
    }

    private static string FullWidth(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c is >= '0' and <= '9' ? (char)(c + 0xFEE0) : c);
        }

        return sb.ToString();
    }
}
