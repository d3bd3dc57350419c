using ClosedXML.Excel;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// Writes text into workbook cells so that it stays text: a value typed by a user that begins with =, +, - or @
/// (or a tab / carriage return, as OWASP lists for CSV) must never become a formula (formula injection).
/// </summary>
public static class ExcelText
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>True when a spreadsheet could read <paramref name="text"/> as a formula.</summary>
    public static bool IsFormulaLike(string? text)
        => !string.IsNullOrEmpty(text) && Array.IndexOf(Triggers, text[0]) >= 0;

    /// <summary>Sets <paramref name="text"/> as a text value (never a formula, never a number or date guess).</summary>
    public static IXLCell SetText(IXLCell cell, string? text)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var value = text ?? string.Empty;
        cell.SetDataType(XLDataType.Text);
        cell.SetValue(value);
        if (cell.HasFormula)
        {
            cell.FormulaA1 = null;
        }

        cell.SetDataType(XLDataType.Text);
        if (!string.Equals(cell.GetString(), value, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"cell {cell.Address}: text '{value}' was not stored as text");
        }

        return cell;
    }

    /// <summary>
    /// Sets a zh name with its English name on a smaller grey second line (rich text: never a formula).
    /// </summary>
    public static IXLCell SetBilingual(IXLCell cell, string zh, string? en)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (string.IsNullOrEmpty(en) || string.Equals(zh, en, StringComparison.Ordinal))
        {
            return SetText(cell, zh);
        }

        SetText(cell, zh + "\n" + en);
        cell.RichText.ClearText();
        cell.RichText.AddText(zh);
        cell.RichText.AddText("\n" + en).SetFontSize(8).SetFontColor(XLColor.FromHtml("#555555"));
        return cell;
    }
}
