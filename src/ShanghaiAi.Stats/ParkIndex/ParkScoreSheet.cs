using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>
/// The data of the park-index sheet of the monthly return, ready to render (see <see cref="ParkScoreWorkbook"/>):
/// title, period, vintage, method version, dimension headings and one row per park.
/// </summary>
public sealed record ParkScoreSheet(
    string TitleZh,
    string TitleEn,
    Period Period,
    string VintageId,
    string MethodVersion,
    IReadOnlyList<MethodDimension> Dimensions,
    IReadOnlyList<ParkScoreSheetRow> Rows,
    IReadOnlyList<string> NotesZh)
{
    /// <summary>Column headings in sheet order (zh).</summary>
    public IReadOnlyList<string> HeadingsZh =>
    [
        "园区代码", "园区名称", "综合得分", "排名", "排名区间下限(P5)", "排名区间上限(P95)",
        .. Dimensions.Select(d => d.Code + " " + d.NameZh), "说明",
    ];

    /// <summary>Builds the sheet from the scores and explanations of a run.</summary>
    public static ParkScoreSheet From(ParkIndexMethod method, Period period, string vintageId, IReadOnlyList<ParkScore> scores,
        IReadOnlyList<ParkExplanation> explanations, int runs)
    {
        var text = explanations.ToDictionary(e => e.ParkId, e => e.TextZh, StringComparer.Ordinal);
        var rows = scores.OrderBy(s => s.Rank ?? int.MaxValue).ThenBy(s => s.ParkId, StringComparer.Ordinal)
            .Select(s => new ParkScoreSheetRow(s.ParkId, s.NameZh, s.Score, s.Rank, s.RankP05, s.RankP95,
                method.Dimensions.Select(d => s.Dimensions.TryGetValue(d.Code, out var v) ? v : (double?)null).ToList(),
                text.GetValueOrDefault(s.ParkId, string.Empty)))
            .ToList();
        var notes = new List<string>
        {
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"注：得分为0-100标准化后的加权平均（方法版本{method.Version}）；排名区间为{runs}次蒙特卡洛模拟（权重±25%、标准化与加总方法）的第5至95百分位排名。"),
            "缺失指标超过三分之一的园区不计算得分；缺失指标按同维度其他指标均值插补。",
        };
        return new ParkScoreSheet(method.TitleZh, method.TitleEn, period, vintageId, method.Version, method.Dimensions, rows, notes);
    }
}
