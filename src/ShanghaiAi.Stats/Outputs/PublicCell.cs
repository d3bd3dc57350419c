using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// The public (disclosure-safe) view of indicator cells: provisional cells (obs_status P, e.g. a January published only
/// as 1-2月) are left out, and every value of a cell that is not F is blanked.
/// </summary>
public static class PublicCell
{
    /// <summary>The symbol printed in place of a suppressed value.</summary>
    public const string SuppressedSymbol = "…";

    /// <summary>obs_status of a provisional cell, never published.</summary>
    public const string Provisional = "P";

    /// <summary>The cell's values as published: unchanged when free, all values blank otherwise.</summary>
    public static IndicatorCell Of(IndicatorCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.IsFree ? cell : cell with { Value = null, ValueYtd = null, ValueYtdPrev = null, YoyPct = null };
    }

    /// <summary>The cells as published: provisional cells dropped, suppressed cells blanked.</summary>
    public static IReadOnlyList<IndicatorCell> Of(IEnumerable<IndicatorCell> cells)
        => cells.Where(IsPublishable).Select(Of).ToList();

    /// <summary>False for a provisional cell (obs_status P).</summary>
    public static bool IsPublishable(IndicatorCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.ObsStatus != Provisional;
    }
}
