using System.Globalization;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>Picks the cells an output shows: one vintage per period, the latest.</summary>
internal static class CellSelection
{
    /// <summary>
    /// Orders vintage ids: "2026-09.v2" after "2026-09.v1" and "2026-09.v10" after "2026-09.v9"; ids without a
    /// ".vN" suffix order by text.
    /// </summary>
    public static int CompareVintages(string a, string b)
    {
        var (stemA, seqA) = Split(a);
        var (stemB, seqB) = Split(b);
        var c = string.CompareOrdinal(stemA, stemB);
        return c != 0 ? c : seqA != seqB ? seqA.CompareTo(seqB) : string.CompareOrdinal(a, b);
    }

    /// <summary>For each period, the cells of its latest vintage only.</summary>
    public static IReadOnlyList<IndicatorCell> LatestVintagePerPeriod(IEnumerable<IndicatorCell> cells)
    {
        var list = cells.ToList();
        var latest = list.GroupBy(c => c.Period)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Vintage).Distinct(StringComparer.Ordinal)
                .Aggregate((x, y) => CompareVintages(x, y) >= 0 ? x : y));
        return list.Where(c => c.Vintage == latest[c.Period]).ToList();
    }

    /// <summary>The cells of <paramref name="period"/> in its latest vintage; a clear error when there are none.</summary>
    public static IReadOnlyList<IndicatorCell> ForPeriod(IEnumerable<IndicatorCell> cells, Period period, string output)
    {
        var of = LatestVintagePerPeriod(cells.Where(c => c.Period == period));
        return of.Count > 0
            ? of
            : throw new StatsException($"{output}: expected indicator cells for period {period}, found none");
    }

    private static (string Stem, long Seq) Split(string id)
    {
        var i = id.LastIndexOf(".v", StringComparison.Ordinal);
        return i > 0 && long.TryParse(id.AsSpan(i + 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? (id[..i], n)
            : (id, -1);
    }
}
