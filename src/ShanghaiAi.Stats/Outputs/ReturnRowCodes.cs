using System.Collections.Concurrent;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// The row codes of the return's column 丙 (代码), from <c>reference-data/return/row-codes-EDITION.csv</c>: a two-digit
/// code per indicator (01 营业收入 ...) and a three-digit code per breakdown member, each breakdown in its own hundred
/// (districts 1xx, categories 2xx, parks 3xx, size classes 4xx, AI-enterprise flag 5xx). An indicator row carries the
/// indicator's code, a member row the indicator's code followed by the member's ("01101" = 营业收入, 黄浦区), so every
/// row of a sheet, and of the workbook, has its own code, and a code never changes when members are added.
/// </summary>
public sealed class ReturnRowCodes
{
    /// <summary>The file of an edition, relative to <c>reference-data/</c>.</summary>
    public static string FileOf(string edition) => $"return/row-codes-{edition}.csv";

    private static readonly ConcurrentDictionary<string, ReturnRowCodes> Embedded = new(StringComparer.Ordinal);

    private readonly Dictionary<(string Kind, string Key), string> _codes;

    private ReturnRowCodes(Dictionary<(string Kind, string Key), string> codes) => _codes = codes;

    /// <summary>The (kind, key, row code) of every row of the file, in file order.</summary>
    public IReadOnlyList<(string Kind, string Key, string Code)> Rows { get; private init; } = [];

    /// <summary>The codes of the edition embedded in the assembly, loaded and validated once per edition.</summary>
    public static ReturnRowCodes For(ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return Embedded.GetOrAdd(reference.Edition, _ => Load(ReferenceLoader.ReadEmbedded, reference));
    }

    /// <summary>
    /// Loads and validates the file: kind one of indicator or a breakdown, row codes of digits (two for an indicator,
    /// three for a member), unique; every indicator of the catalogue and every member a return shows (active districts,
    /// AI categories, parks, 规上/规下, Y/N) has one.
    /// </summary>
    public static ReturnRowCodes Load(Func<string, string?> read, ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(reference);
        var table = Table.Read(read, FileOf(reference.Edition), "kind", "key", "row_code");
        var codes = new Dictionary<(string, string), string>();
        var rows = new List<(string, string, string)>();
        var taken = new HashSet<(bool, string)>();
        foreach (var row in table.Rows)
        {
            var kind = row.Required("kind");
            row.Expect("kind", kind == "indicator" || (IndicatorCellBreakdowns.Contains(kind) && kind != "total"), "indicator or a breakdown (district, category_l1, category, park, size_class, ai_enterprise)");
            var key = row.Required("key");
            var code = row.Required("row_code");
            var length = kind == "indicator" ? 2 : 3;
            row.Expect("row_code", code.Length == length && code.All(char.IsAsciiDigit), $"{length} digits");
            row.Expect("key", codes.TryAdd((kind, key), code), $"one row per {kind}");
            row.Expect("row_code", taken.Add((kind == "indicator", code)), kind == "indicator" ? "a code no other indicator has" : "a code no other member has");
            rows.Add((kind, key, code));
        }

        var needed = reference.Indicators.Select(i => ("indicator", i.Code))
            .Concat(reference.ActiveDistricts.Select(d => ("district", d.Code)))
            .Concat(reference.Categories.Where(c => c.Code != "00" && c.Parent != "00").Select(c => (c.Level == 1 ? "category_l1" : "category", c.Code)))
            .Concat(reference.Parks.Select(p => ("park", p.ParkId)))
            .Concat([("size_class", "规上"), ("size_class", "规下"), ("ai_enterprise", "Y"), ("ai_enterprise", "N")]);
        var missing = needed.Where(n => !codes.ContainsKey(n)).Select(n => $"{n.Item1} {n.Item2}").ToList();
        if (missing.Count > 0)
        {
            throw new StatsException($"{table.File}: no row code for {string.Join(", ", missing)}; expected one row per indicator and breakdown member");
        }

        return new ReturnRowCodes(codes) { Rows = rows };
    }

    /// <summary>The code of an indicator's row ("01").</summary>
    public string Indicator(string indicatorCode)
        => _codes.TryGetValue(("indicator", indicatorCode), out var c) ? c : string.Empty;

    /// <summary>The code of a member's row under an indicator ("01101"); the indicator's own code on a total row; empty for
    /// a member the file does not know (the writer then shows the member's own code).</summary>
    public string Row(string indicatorCode, string breakdown, string memberCode)
        => memberCode == Members.TotalCode || breakdown == "total"
            ? Indicator(indicatorCode)
            : _codes.TryGetValue((breakdown, memberCode), out var m) ? Indicator(indicatorCode) + m : string.Empty;

    private static readonly HashSet<string> IndicatorCellBreakdowns = new(Warehouse.IndicatorCell.Breakdowns, StringComparer.Ordinal);
}
