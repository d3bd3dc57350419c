using System.Globalization;
using System.Text;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// The rows of a vintage's <c>revisions.csv</c> (<see cref="RevisionTable"/>: each cell's first release against this
/// vintage), read from the released file or, for a vintage whose files the reader does not hold, written from the
/// warehouse the same way the release writes it.
/// </summary>
public static class RevisionRows
{
    /// <summary>The text of <c>revisions.csv</c> of <paramref name="vintageId"/> as its release writes it.</summary>
    public static string FromWarehouse(StatsWarehouse warehouse, string vintageId)
    {
        var vintage = VintageStore.Get(warehouse, vintageId);
        var cells = VintageStore.Cells(warehouse, vintage.VintageId);
        var first = VintageStore.First(warehouse, vintage.Period) is { } f && f.VintageId != vintage.VintageId
            ? VintageStore.Cells(warehouse, f.VintageId)
            : cells;
        var tmp = Path.Combine(Path.GetTempPath(), "aistats-revisions-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            RevisionTable.Write(first, cells, tmp);
            return File.ReadAllText(tmp, Encoding.UTF8);
        }
        finally
        {
            File.Delete(tmp);
        }
    }

    /// <summary>The rows of a <c>revisions.csv</c> text, each by column name (<see cref="RevisionTable.Columns"/>).</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Parse(string csv)
    {
        var lines = CsvText.Parse(Guard.NotNull(csv).TrimStart('\uFEFF'));
        if (lines.Count == 0)
        {
            return [];
        }

        var header = lines[0];
        return lines.Skip(1).Where(l => l.Length == header.Length)
            .Select(l => (IReadOnlyDictionary<string, string>)header.Zip(l).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))
            .ToList();
    }

    /// <summary>True when the cell changed between its first release and this vintage: a value or YTD value revised, a
    /// status changed, or the cell is in only one of them.</summary>
    public static bool IsRevised(IReadOnlyDictionary<string, string> row)
    {
        Guard.NotNull(row);
        static bool NonZero(string? s) => !string.IsNullOrEmpty(s) && decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d != 0;
        string V(string k) => row.TryGetValue(k, out var v) ? v : string.Empty;
        return NonZero(V("value_revision")) || NonZero(V("value_ytd_revision"))
               || V("first_obs_status") != V("latest_obs_status") || V("first_conf_status") != V("latest_conf_status")
               || (V("first_value_ytd").Length == 0) != (V("latest_value_ytd").Length == 0);
    }
}
