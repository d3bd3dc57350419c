using ShanghaiAi.Stats.Close;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>The public (disclosure-safe) view of indicator cells: every value of a cell that is not F is blanked.</summary>
public static class PublicCell
{
    /// <summary>The symbol printed in place of a suppressed value.</summary>
    public const string SuppressedSymbol = "…";

    /// <summary>The cell as published: unchanged when free, all values blank otherwise.</summary>
    public static IndicatorCell Of(IndicatorCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.IsFree ? cell : cell with { Value = null, ValueYtd = null, ValueYtdPrev = null, YoyPct = null };
    }

    /// <summary>The cells as published.</summary>
    public static IReadOnlyList<IndicatorCell> Of(IEnumerable<IndicatorCell> cells)
        => cells.Select(Of).ToList();
}
