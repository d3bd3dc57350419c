using ClosedXML.Excel;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>The rows of a return sheet: totals, breakdown members, one row per indicator with its row code (丙),
/// values and status columns; "…" for suppression only, "—" where a column does not apply.</summary>
internal static class ReturnRows
{
    private static readonly XLColor SuppressedFill = XLColor.FromHtml("#FCE9D9");

    /// <summary>One row per indicator of the total, in catalogue order. Returns the last row written.</summary>
    internal static int WriteTotals(IXLWorksheet sheet, ReferenceData reference, ReturnRowCodes codes, List<IndicatorCell> totals, int row,
        bool isPublic)
    {
        var last = row - 1;
        foreach (var (indicator, cell) in IndicatorsOf(reference, totals).Select(i => (i, totals.FirstOrDefault(c => c.IndicatorCode == i.Code))))
        {
            last = row;
            WriteRow(sheet, row++, indicator.NameZh, indicator.NameEn, indicator.UnitZh, codes.Indicator(indicator.Code), 0, indicator, cell, isPublic);
        }

        return last;
    }

    /// <summary>
    /// Per indicator: a bold row with the total (totals first), then one row per breakdown member in reference order
    /// (categories: each level-1 category followed by its level-2 categories). Returns the last row written.
    /// </summary>
    internal static int WriteBreakdown(IXLWorksheet sheet, ReferenceData reference, ReturnRowCodes codes, List<IndicatorCell> totals,
        List<IndicatorCell> cells, int row, bool isPublic)
    {
        var last = row - 1;
        foreach (var indicator in IndicatorsOf(reference, cells))
        {
            var total = totals.FirstOrDefault(c => c.IndicatorCode == indicator.Code);
            WriteRow(sheet, row, indicator.NameZh, indicator.NameEn, indicator.UnitZh, codes.Indicator(indicator.Code), 0, indicator, total, isPublic);
            sheet.Row(row).Style.Font.Bold = true;
            last = row++;
            var members = cells.Where(c => c.IndicatorCode == indicator.Code)
                .Select(c => (Member: Members.Of(reference, c.Breakdown, c.BreakdownCode), Cell: c))
                .OrderBy(m => m.Member.Order).ThenBy(m => m.Member.Code, StringComparer.Ordinal);
            foreach (var (member, cell) in members)
            {
                WriteRow(sheet, row, member.NameZh, member.NameEn, indicator.UnitZh, codes.Row(indicator.Code, cell.Breakdown, member.Code) is { Length: > 0 } rc ? rc : member.Code,
                    member.Level, indicator, cell, isPublic);
                if (member.Level == 1 && cell.Breakdown == "category_l1")
                {
                    sheet.Row(row).Style.Font.Bold = true;
                }

                last = row++;
            }
        }

        return last;
    }

    private static void WriteRow(IXLWorksheet sheet, int row, string nameZh, string nameEn, string unit, string code, int indent,
        Indicator indicator, IndicatorCell? cell, bool isPublic)
    {
        var name = sheet.Cell(row, 1);
        ExcelText.SetBilingual(name, nameZh, nameEn);
        name.Style.Alignment.Indent = indent * 2;
        name.Style.Alignment.WrapText = true;
        ExcelText.SetText(sheet.Cell(row, 2), unit).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        ExcelText.SetText(sheet.Cell(row, 3), code).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        sheet.Row(row).Height = 26;
        if (cell is null)
        {
            return;
        }

        // A stock has no year to date (the form leaves it "—"); a percentage changes in points, not per cent.
        var valueFormat = NumberFormat(indicator.Decimals);
        var stock = indicator.Kind == IndicatorKind.Stock;
        var count = indicator.Kind == IndicatorKind.Count;
        var change = IndicatorCell.PercentIndicators.Contains(cell.IndicatorCode) ? cell.ChangePp : cell.YoyPct;
        var values = new (decimal? Value, string Format)[]
        {
            (cell.Value, valueFormat), (stock ? null : cell.ValueYtd, valueFormat), (cell.ValueYtdPrev, valueFormat), (change, "0.0"),
        };
        for (var i = 0; i < values.Length; i++)
        {
            var target = sheet.Cell(row, 4 + i);
            if ((stock && i == 1) || (count && i > 0 && values[i].Value is null))
            {
                ExcelText.SetText(target, NotApplicable).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            }
            else if (isPublic && !cell.IsFree)
            {
                ExcelText.SetText(target, PublicCell.SuppressedSymbol).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            }
            else if (values[i].Value is { } v)
            {
                target.SetValue(v);
                target.Style.NumberFormat.Format = values[i].Format;
            }
        }

        if (!isPublic)
        {
            ExcelText.SetText(sheet.Cell(row, 8), cell.ConfStatus).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            ExcelText.SetText(sheet.Cell(row, 9), cell.ObsStatus).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            sheet.Cell(row, 10).SetValue(cell.Contributors).Style.NumberFormat.Format = "0";
            if (!cell.IsFree)
            {
                sheet.Range(row, 4, row, 8).Style.Fill.BackgroundColor = SuppressedFill;
            }
        }
    }

    /// <summary>Indicators of the catalogue present in <paramref name="cells"/>, in catalogue order; unknown codes last.</summary>
    private static IEnumerable<Indicator> IndicatorsOf(ReferenceData reference, IEnumerable<IndicatorCell> cells)
    {
        var present = cells.Select(c => c.IndicatorCode).ToHashSet(StringComparer.Ordinal);
        var known = reference.Indicators.Where(i => present.Contains(i.Code)).ToList();
        var unknown = present.Where(code => known.All(i => i.Code != code)).Order(StringComparer.Ordinal)
            .Select(code => new Indicator(code, code, code, cells.First(c => c.IndicatorCode == code).Unit, string.Empty,
                IndicatorKind.Flow, null, null, 1, 1));
        return known.Concat(unknown);
    }

    /// <summary>The symbol of a cell that does not apply (a stock's year to date); "…" is for suppression only.</summary>
    internal const string NotApplicable = "—";

    internal static string NumberFormat(int decimals)
        => decimals <= 0 ? "#,##0" : "#,##0." + new string('0', decimals);
}
