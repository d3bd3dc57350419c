namespace ShanghaiAi.Stats.Close;

/// <summary>
/// The settings of a period close (statistics.md). Every disclosure threshold is a setting; the defaults are the
/// spec's.
/// </summary>
/// <param name="MinContributors">Primary suppression A when a cell has fewer contributors than this (default 3).</param>
/// <param name="DominanceOneShare">O when the largest contributor alone exceeds this share of the cell (0.85).</param>
/// <param name="DominanceTwoShare">T when the two largest contributors together exceed this share (0.85).</param>
/// <param name="CombineJanuaryFebruary">
/// Default true: January is collected but published only combined as 1-2月. A January close is then internal and
/// provisional (every cell obs_status P, public table without rows), and the February close publishes the month
/// column of flows as 1-2月 (value = value_ytd). False: January and February are published as months of their own.
/// </param>
/// <param name="Impute">Impute non-response (ratio imputation, obs_status E).</param>
/// <param name="MaxImputedMonths">At most this many consecutive months are imputed for one enterprise (2).</param>
/// <param name="WriteParquet">Also write the indicator tables as Parquet (DuckDB COPY).</param>
/// <param name="ProtectAcrossMonths">Default true: a flow cell suppressed last month (same year) stays suppressed,
/// since this month's YTD less its month value would give last month's YTD (<see cref="AcrossMonths"/>).</param>
public sealed record CloseSettings(
    int MinContributors = 3,
    decimal DominanceOneShare = 0.85m,
    decimal DominanceTwoShare = 0.85m,
    bool CombineJanuaryFebruary = true,
    bool Impute = true,
    int MaxImputedMonths = 2,
    bool WriteParquet = true,
    bool ProtectAcrossMonths = true)
{
    /// <summary>The spec's defaults.</summary>
    public static CloseSettings Default { get; } = new();

    /// <summary>Checks the settings; a bad one names itself and what is expected.</summary>
    public CloseSettings Validated()
    {
        if (MinContributors < 1)
        {
            throw new Common.StatsException($"close settings: MinContributors expected >= 1, found {MinContributors}");
        }

        if (DominanceOneShare is <= 0m or > 1m || DominanceTwoShare is <= 0m or > 1m)
        {
            throw new Common.StatsException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"close settings: dominance shares expected in (0, 1], found {DominanceOneShare} / {DominanceTwoShare}"));
        }

        if (MaxImputedMonths is < 0 or > 2)
        {
            throw new Common.StatsException($"close settings: MaxImputedMonths expected 0-2 (statistics.md: at most two consecutive months), found {MaxImputedMonths}");
        }

        return this;
    }
}
