using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.ParkIndex;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// Everything a release of one vintage is written from, read once: the vintage, its cells, the earlier months of the
/// trend, the first vintage of the period (for revisions), the park index scored in memory and the review queue.
/// </summary>
/// <param name="Trend">The cells of the latest vintage of each earlier month of the trend window, then <paramref name="Cells"/>.</param>
/// <param name="FirstCells">The cells of the period's first vintage (the first release), for revisions.csv.</param>
/// <param name="IsPublic">False for a provisional vintage (a January published only as 1-2月): internal outputs only.</param>
/// <param name="Series">What the charts plot: the total cells of every earlier closed month (latest vintage of each),
/// then <paramref name="Cells"/>; null = <paramref name="Trend"/>.</param>
public sealed record ReleaseContent(
    VintageInfo Vintage,
    IReadOnlyList<IndicatorCell> Cells,
    IReadOnlyList<IndicatorCell> Trend,
    IReadOnlyList<IndicatorCell> FirstCells,
    ParkIndexResult Parks,
    IReadOnlyList<ReviewItem> Review,
    bool IsPublic,
    IReadOnlyList<IndicatorCell>? Series = null)
{
    /// <summary>The cells the charts are drawn from (every closed month's totals, and this vintage's cells).</summary>
    public IReadOnlyList<IndicatorCell> ChartCells => Series ?? Trend;

    public Period Period => Vintage.Period;

    public string VintageId => Vintage.VintageId;
}
