using System.Globalization;
using System.Text;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Classify;

/// <summary>The classify output format (data-contracts.md): its header and one line per <see cref="ClassificationResult"/>.</summary>
public static class ClassificationCsv
{
    /// <summary>The output columns of <c>aistats classify</c>.</summary>
    public const string Header = "uscc,category,category_l1,secondary_categories,scope_basis,ai_enterprise,confidence,review,evidence";

    private static readonly string[] Hundredths = Enumerable.Range(0, 101).Select(i => (i / 100.0).ToString("F2", CultureInfo.InvariantCulture)).ToArray();

    /// <summary>One line (without the line break).</summary>
    public static string Line(ClassificationResult r)
    {
        var sb = new StringBuilder(256);
        Append(sb, r);
        return sb.ToString(0, sb.Length - 1);
    }

    /// <summary>Appends one line with its line break ('\n').</summary>
    public static void Append(StringBuilder sb, ClassificationResult r)
    {
        Guard.NotNull(sb);
        Guard.NotNull(r);
        sb.Append(r.Uscc).Append(',').Append(r.Category).Append(',').Append(r.CategoryL1).Append(',');
        for (var i = 0; i < r.SecondaryCategories.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(';');
            }

            sb.Append(r.SecondaryCategories[i]);
        }

        sb.Append(',').Append(r.ScopeBasis).Append(',').Append(r.AiEnterprise ? 'Y' : 'N').Append(',')
            .Append(Confidence(r.Confidence)).Append(',').Append(r.Review ? 'Y' : 'N').Append(',')
            .Append(CsvText.Escape(r.Evidence)).Append('\n');
    }

    /// <summary>Invariant, two decimals; the common values come from a table.</summary>
    private static string Confidence(double c)
    {
        var h = Math.Round(c * 100);
        return h is >= 0 and <= 100 && Math.Abs((c * 100) - h) < 1e-9 ? Hundredths[(int)h] : c.ToString("F2", CultureInfo.InvariantCulture);
    }
}
