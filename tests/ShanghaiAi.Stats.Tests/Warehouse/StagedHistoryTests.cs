using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Warehouse;

public sealed class StagedHistoryTests
{
    private const long None = StagedHistory.None;

    [Fact]
    public void Candidates_HandWorkedRows_FindLastMonthAndLastYearAcrossGapsJanuaryAndEarlierUploads()
    {
        var h = new StagedHistory(0);
        var jan = (2026 * 12) + 0;
        // Enterprise 1: 2026-01 and 2026-02 staged, 2025-01 and 2025-02 from an earlier upload.
        h.Add(1, jan, row: 2, revenue: 80_00, aiRevenue: 10_00, revenuePrev: 120_00);       // 2026-01: ly 100 (differs by 20), no last month
        h.Add(1, jan + 1, row: 3, revenue: 70_00, aiRevenue: 10_00, revenuePrev: 150_00);   // 2026-02: fell below 80; ly 150 equal
        // Enterprise 2: 2026-03 staged, 2026-01 only (a gap: no month before), and a report 100 x its history.
        h.Add(2, jan + 2, row: 4, revenue: 50_000_000_00, aiRevenue: None, revenuePrev: None);
        h.Add(2, jan, row: 5, revenue: 40_00, aiRevenue: None, revenuePrev: None);
        // Enterprise 3: 2026-05 staged, dropped later (a duplicate).
        h.Add(3, jan + 4, row: 6, revenue: 1_00, aiRevenue: None, revenuePrev: None);
        h.Drop(new HashSet<int> { 6 });
        var earlier = new List<(long, long, long)>
        {
            (StagedHistory.Key(1, jan - 12), 100_00, 5_00),
            (StagedHistory.Key(1, jan - 11), 150_00, 5_00),
            (StagedHistory.Key(2, jan - 10), 400_000_00, None), // 2025-03: enterprise 2's year before
            (StagedHistory.Key(3, jan + 3), 9_00, None),        // the dropped row's month before
        };
        earlier.Sort();

        var found = h.Candidates(earlier);

        found.Should().Equal(
            new ReportHistory(2, new DateOnly(2026, 1, 1), 80m, 10m, 120m, null, null, 100m),
            new ReportHistory(3, new DateOnly(2026, 2, 1), 70m, 10m, 150m, 80m, 10m, 150m),
            new ReportHistory(4, new DateOnly(2026, 3, 1), 50_000_000m, null, null, null, null, 400_000m));
    }

    /// <summary>Random uploads over 40 enterprises and 30 months with gaps, NULLs and earlier reports, against a plain
    /// dictionary look-up of each row's month before and year before with the edits' own decimal conditions.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Candidates_RandomRows_SameAsLookingUpEachRow(int seed)
    {
        var rnd = new Random(seed);
        var h = new StagedHistory(16);
        var current = new Dictionary<long, (long Rev, long Ai)>();
        var staged = new List<(int Row, int Code, int Period, long Rev, long Ai, long Prev)>();
        var earlier = new List<(long, long, long)>();
        var row = 2;
        long Money(long max) => rnd.Next(10) == 0 ? None : rnd.NextInt64(max);
        for (var code = 0; code < 40; code++)
        {
            for (var p = (2024 * 12) + 3; p < (2026 * 12) + 9; p++)
            {
                var roll = rnd.Next(10);
                if (roll == 0)
                {
                    continue; // a month not reported
                }

                var rev = rnd.Next(20) == 0 ? 20_000_000_00L + rnd.NextInt64(1_000_000_00) : Money(200_000);
                var ai = Money(200_000);
                var key = StagedHistory.Key(code, p);
                if (roll == 1)
                {
                    earlier.Add((key, rev, ai));
                }
                else
                {
                    var ly = current.TryGetValue(StagedHistory.Key(code, p - 12), out var l) ? l.Rev : None;
                    var prev = rnd.Next(3) == 0 && ly != None ? ly + rnd.Next(-150, 150) : Money(200_000);
                    staged.Add((row++, code, p, rev, ai, prev));
                }

                current[key] = (rev, ai);
            }
        }

        // Appended out of row order: the candidates come back in row order all the same.
        foreach (var s in staged.OrderBy(_ => rnd.Next()))
        {
            h.Add(s.Code, s.Period, s.Row, s.Rev, s.Ai, s.Prev);
        }

        var dropped = staged.Where(_ => rnd.Next(15) == 0).Select(s => s.Row).ToHashSet();
        h.Drop(dropped);
        foreach (var s in staged.Where(s => dropped.Contains(s.Row)))
        {
            current.Remove(StagedHistory.Key(s.Code, s.Period));
        }

        earlier.Sort();
        var found = h.Candidates(earlier);

        decimal? D(long v) => v == None ? null : v / 100m;
        var expected = new List<ReportHistory>();
        foreach (var s in staged.Where(s => !dropped.Contains(s.Row)))
        {
            var pm = s.Period % 12 != 0 && current.TryGetValue(StagedHistory.Key(s.Code, s.Period - 1), out var m) ? m : (None, None);
            var ly = current.TryGetValue(StagedHistory.Key(s.Code, s.Period - 12), out var y) ? y.Rev : None;
            var x = new ReportHistory(s.Row, new DateOnly(s.Period / 12, (s.Period % 12) + 1, 1), D(s.Rev), D(s.Ai), D(s.Prev), D(pm.Item1), D(pm.Item2), D(ly));
            if (Fires(x))
            {
                expected.Add(x);
            }
        }

        expected.Should().HaveCountGreaterThan(100);
        found.Should().Equal(expected);
    }

    /// <summary>Whether one of the history edits fires (MonthlyHistoryEdits' conditions, in decimals).</summary>
    private static bool Fires(ReportHistory x)
    {
        var (rev, ai, prev, pmRev, pmAi, lyRev) = (x.Revenue, x.AiRevenue, x.RevenuePrev, x.LastMonthRevenue, x.LastMonthAiRevenue, x.LastYearRevenue);
        var history = Math.Max(pmRev ?? 0m, lyRev ?? 0m);
        return rev < pmRev
            || (rev > 0 && pmRev > 0 && ai is { } a && pmAi is { } b && Math.Abs((a / rev.Value * 100m) - (b / pmRev.Value * 100m)) > 50m)
            || (rev > 100_000m && history > 0 && rev > 100m * history)
            || (prev is { } pv && lyRev is { } lv && Math.Abs(pv - lv) > Math.Max(1m, 0.01m * Math.Abs(lv)));
    }
}
