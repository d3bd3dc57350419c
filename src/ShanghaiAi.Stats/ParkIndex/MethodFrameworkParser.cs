using System.Text.Json;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>The framework part of the method file: dimensions, indicators, sources, directions and weights.</summary>
internal static class MethodFrameworkParser
{
    internal static List<MethodDimension> ParseDimensions(MethodJsonNode root, ReferenceData reference, bool needGoalposts)
    {
        var dims = new List<MethodDimension>();
        var seenDims = new HashSet<string>(StringComparer.Ordinal);
        var seenIndicators = new HashSet<string>(StringComparer.Ordinal);
        var catalogue = reference.Indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var dimElements = root.Array("dimensions");
        root.Expect("dimensions", dimElements.Count > 0, "at least one dimension", "[]");
        for (var di = 0; di < dimElements.Count; di++)
        {
            var dn = root.Child($"dimensions[{di}]", dimElements[di]);
            var code = dn.String("code");
            dn = root.Child("dimension " + code, dimElements[di]);
            dn.Expect("code", seenDims.Add(code), "a dimension code used once", code);
            var weight = dn.Number("weight");
            dn.Expect("weight", weight > 0, "a weight > 0", weight);
            var indicators = new List<MethodIndicator>();
            var elements = dn.Array("indicators");
            dn.Expect("indicators", elements.Count > 0, "at least one indicator", "[]");
            foreach (var e in elements)
            {
                var tmp = dn.Child("dimension " + code, e);
                var icode = tmp.String("code");
                var ind = dn.Child($"dimension {code} indicator {icode}", e);
                ind.Expect("code", seenIndicators.Add(icode), "an indicator code used once in the method", icode);
                indicators.Add(ParseIndicator(ind, icode, catalogue, needGoalposts));
            }

            var sum = indicators.Sum(i => i.Weight);
            dn.Expect("indicators.weight", Math.Abs(sum - 1) <= ParkIndexMethodLoader.WeightTolerance, "the indicator weights of a dimension to sum to 1", sum);
            indicators = indicators.Select(i => i with { Weight = i.Weight / sum }).ToList();
            dims.Add(new MethodDimension(code, dn.String("name_zh"), dn.String("name_en"), weight, indicators));
        }

        var total = dims.Sum(d => d.Weight);
        root.Expect("dimensions.weight", Math.Abs(total - 1) <= ParkIndexMethodLoader.WeightTolerance, "the dimension weights to sum to 1", total);
        return dims.Select(d => d with { Weight = d.Weight / total }).ToList();
    }

    private static MethodIndicator ParseIndicator(MethodJsonNode ind, string code, HashSet<string> catalogue, bool needGoalposts)
    {
        var directionText = ind.String("direction");
        ind.Expect("direction", directionText is "+" or "-", "'+' (more is better) or '-' (less is better)", directionText);
        var weight = ind.Number("weight");
        ind.Expect("weight", weight > 0, "a weight > 0", weight);
        var source = ParseSource(ind.Object("source"), catalogue);
        double? low = null, high = null;
        if (ind.Has("goalposts"))
        {
            var gp = ind.Array("goalposts");
            ind.Expect("goalposts", gp.Count == 2 && gp.All(g => g.ValueKind == JsonValueKind.Number) && gp[0].GetDouble() < gp[1].GetDouble(),
                "[lower, upper] with lower < upper", ind.Element.GetProperty("goalposts").GetRawText());
            low = gp[0].GetDouble();
            high = gp[1].GetDouble();
        }
        else if (needGoalposts)
        {
            throw ind.Error("goalposts", "[lower, upper] because goalposts normalisation is used", null);
        }

        return new MethodIndicator(code, ind.String("name_zh"), ind.String("name_en"), ind.String("unit"),
            directionText == "+" ? 1 : -1, weight, source, low, high);
    }

    private static IndicatorSource ParseSource(MethodJsonNode s, HashSet<string> catalogue)
    {
        var type = s.String("type");
        switch (type)
        {
            case "park_report":
                var field = s.String("field");
                s.Expect("field", ParkIndexMethodLoader.ParkReportFields.Contains(field), "a park report column (" + string.Join(", ", ParkIndexMethodLoader.ParkReportFields) + ")", field);
                return IndicatorSource.ParkReport(field);
            case "cells":
                var num = ParseCellRef(s, "numerator", s.String("numerator"), catalogue);
                CellRef? den = s.OptionalString("denominator") is { } d ? ParseCellRef(s, "denominator", d, catalogue) : null;
                var scale = s.Number("scale", 1);
                s.Expect("scale", scale > 0, "a number > 0", scale);
                return IndicatorSource.Cells(num, den, scale);
            case "register":
                var measure = s.String("measure");
                s.Expect("measure", measure == "size_class_share", "'size_class_share'", measure);
                var value = s.String("value");
                s.Expect("value", value is "规上" or "规下", "'规上' or '规下'", value);
                return IndicatorSource.SizeClassShare(value);
            default:
                throw s.Error("type", "one of park_report, cells, register", type);
        }
    }

    private static CellRef ParseCellRef(MethodJsonNode s, string property, string text, HashSet<string> catalogue)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var code = dot > 0 ? text[..dot] : text;
        var field = dot > 0 ? text[(dot + 1)..] : string.Empty;
        s.Expect(property, catalogue.Contains(code), "indicator_code.field with an indicator code of the indicator catalogue", text);
        s.Expect(property, CellRef.Fields.Contains(field), "indicator_code.field with field one of " + string.Join(", ", CellRef.Fields), text);
        return new CellRef(code, field);
    }
}
