using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Close;

/// <summary>
/// Turns the aggregated rows into the cells of the indicator table: primary and secondary suppression over the
/// linked tables, the audit, ratios of sums (suppressed with their sums), comparable-basis YoY and the counts.
/// </summary>
internal static class CellBuilder
{
    public sealed record Built(
        IReadOnlyList<IndicatorCell> Cells,
        int SuppressedAcrossMonths,
        IReadOnlyDictionary<string, decimal?> ImputedShare);

    /// <param name="suppressedLastMonth">Keys of last month's suppressed flow cells (<see cref="AcrossMonths"/>): each
    /// is suppressed (D) here too unless a primary rule already holds it, before secondary suppression runs.</param>
    public static Built Build(
        IReadOnlyList<AggregateRow> rows, string vintage, Period period, CloseSettings settings, ReferenceData reference, bool provisional,
        IReadOnlySet<string>? suppressedLastMonth = null)
    {
        var byKey = rows.ToDictionary(r => Key(r.Indicator, r.Breakdown, r.Code), StringComparer.Ordinal);
        var supp = new Dictionary<string, SuppressionCell>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var key = Key(r.Indicator, r.Breakdown, r.Code);
            supp[key] = new SuppressionCell(key, r.Ytd ?? 0m, r.Code is not null, r.Contributors)
            {
                Status = PrimaryRule.Status(r.Contributors, r.Top1, r.Top2, r.SumAbs, settings),
            };
        }

        var carried = new List<SuppressionCell>();
        foreach (var key in suppressedLastMonth ?? new HashSet<string>())
        {
            if (supp.TryGetValue(key, out var cell) && cell.Published && cell.Status == "F" && cell.Contributors > 0)
            {
                cell.Status = "D";
                carried.Add(cell);
            }
        }

        var relations = SuppressionRelations.Of(rows, supp);
        SecondarySuppression.Apply(relations);

        var cells = new List<IndicatorCell>();
        var ratioChecks = new List<(SuppressionCell, SuppressionCell, SuppressionCell)>();
        var units = reference.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        string Obs(bool estimated) => provisional ? "P" : estimated ? "E" : "A";
        string Unit(string code) => units.TryGetValue(code, out var i) ? i.UnitZh : string.Empty;

        foreach (var r in rows.Where(r => r.Code is not null))
        {
            cells.Add(new IndicatorCell(vintage, period, r.Indicator, r.Breakdown, r.Code!, r.Value, r.Ytd, r.YtdPrev,
                Yoy(r.Ytd, r.YtdPrev), Unit(r.Indicator), r.Contributors, Obs(r.Estimated), supp[Key(r.Indicator, r.Breakdown, r.Code)].Status));
        }

        foreach (var member in rows.Where(r => r.Indicator == CloseIndicator.Reported[0].Code && r.Code is not null))
        {
            foreach (var (code, numCode, denCode, scale) in CloseIndicator.Ratios)
            {
                if (!byKey.TryGetValue(Key(numCode, member.Breakdown, member.Code), out var num)
                    || !byKey.TryGetValue(Key(denCode, member.Breakdown, member.Code), out var den))
                {
                    continue;
                }

                var numS = supp[Key(numCode, member.Breakdown, member.Code)];
                var denS = supp[Key(denCode, member.Breakdown, member.Code)];
                var status = numS.Status != "F" ? numS.Status : denS.Status;
                var decimals = units.TryGetValue(code, out var ind) ? ind.Decimals : 1;
                var ytd = Ratio(num.Ytd, den.Ytd, scale, decimals);
                var prev = Ratio(num.YtdPrev, den.YtdPrev, scale, decimals);
                cells.Add(new IndicatorCell(vintage, period, code, member.Breakdown, member.Code!,
                    Ratio(num.Value, den.Value, scale, decimals), ytd, prev,
                    Yoy(Ratio(num.Ytd, den.Ytd, scale, 10), Ratio(num.YtdPrev, den.YtdPrev, scale, 10)),
                    Unit(code), Math.Max(num.Contributors, den.Contributors), Obs(num.Estimated || den.Estimated), status));
                ratioChecks.Add((new SuppressionCell($"{code}/{member.Breakdown}/{member.Code}", 0m) { Status = status }, numS, denS));
            }

            cells.AddRange(Counts(member, vintage, period, Unit, provisional ? "P" : "A"));
        }

        var problems = DisclosureAudit.Check(relations, ratioChecks, carried);
        if (problems.Count > 0)
        {
            throw new StatsException(
                $"close {vintage}: disclosure audit failed, {problems.Count} suppressed value(s) recoverable from one relation; first: {problems[0]}");
        }

        var share = CloseIndicator.Reported.ToDictionary(
            i => i.Code,
            i => byKey.TryGetValue(Key(i.Code, "total", "_T"), out var t) && t.Ytd is { } y && y != 0m
                ? (decimal?)Math.Round(t.ImputedYtd / y * 100m, 2, MidpointRounding.AwayFromZero)
                : t is null ? null : 0m,
            StringComparer.Ordinal);

        return new Built(CellOrder.Sort(cells), carried.Count, share);
    }

    internal static string Key(string indicator, string breakdown, string? code) => $"{indicator}/{breakdown}/{code ?? "(rest)"}";

    internal static decimal? Yoy(decimal? ytd, decimal? prev)
        => ytd is { } y && prev is { } p && p != 0m ? Math.Round(((y / p) - 1m) * 100m, 1, MidpointRounding.AwayFromZero) : null;

    private static decimal? Ratio(decimal? num, decimal? den, decimal scale, int decimals)
        => num is { } n && den is { } d && d != 0m ? Math.Round(n / d * scale, decimals, MidpointRounding.AwayFromZero) : null;

    private static IEnumerable<IndicatorCell> Counts(AggregateRow m, string vintage, Period period, Func<string, string> unit, string obs)
    {
        decimal? rate = m.InScope > 0 ? Math.Round((decimal)m.Reported / m.InScope * 100m, 1, MidpointRounding.AwayFromZero) : null;
        yield return new IndicatorCell(vintage, period, "enterprises_in_scope", m.Breakdown, m.Code!, m.InScope, null, null, null, unit("enterprises_in_scope"), m.InScope, obs, "F");
        yield return new IndicatorCell(vintage, period, "enterprises_reported", m.Breakdown, m.Code!, m.Reported, null, null, null, unit("enterprises_reported"), m.Reported, obs, "F");
        yield return new IndicatorCell(vintage, period, "response_rate", m.Breakdown, m.Code!, rate, null, null, null, unit("response_rate"), m.InScope, obs, "F");
    }
}
