using System.Runtime.CompilerServices;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>
/// What the history edits of form AI-1 need of each staged report (enterprise id, period, revenue, AI revenue, 上年同期
/// revenue, in hundredths), kept as the rows are appended (36 bytes a row), so that <see cref="ReportStore.History"/>
/// finds each row's month before and year before in one pass over the reports sorted by (enterprise, period), instead of
/// copying the months' reports into a table and joining it twice (at 1,000,000 rows the largest part of the load's peak
/// memory).
/// </summary>
internal sealed class StagedHistory(int capacity)
{
    /// <summary>A value not reported (NULL).</summary>
    public const long None = long.MinValue;

    private long[] _keys = new long[Math.Max(16, capacity)];
    private int[] _rows = new int[Math.Max(16, capacity)];
    private long[] _rev = new long[Math.Max(16, capacity)];
    private long[] _ai = new long[Math.Max(16, capacity)];
    private long[] _prev = new long[Math.Max(16, capacity)];
    private int _count;

    /// <summary>The key of an enterprise id and a period (month index).</summary>
    public static long Key(int code, int period) => ((long)code << 16) | (uint)period;

    /// <summary>Records a staged report (values in hundredths, <see cref="None"/> when not reported).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int code, int period, int row, long revenue, long aiRevenue, long revenuePrev)
    {
        if (_count == _keys.Length)
        {
            var n = _count * 2;
            Array.Resize(ref _keys, n);
            Array.Resize(ref _rows, n);
            Array.Resize(ref _rev, n);
            Array.Resize(ref _ai, n);
            Array.Resize(ref _prev, n);
        }

        _keys[_count] = Key(code, period);
        _rows[_count] = row;
        _rev[_count] = revenue;
        _ai[_count] = aiRevenue;
        _prev[_count++] = revenuePrev;
    }

    /// <summary>Forgets the reports of <paramref name="rows"/> (dropped from the stage).</summary>
    public void Drop(IReadOnlySet<int> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var n = 0;
        for (var i = 0; i < _count; i++)
        {
            if (rows.Contains(_rows[i]))
            {
                continue;
            }

            _keys[n] = _keys[i];
            _rows[n] = _rows[i];
            _rev[n] = _rev[i];
            _ai[n] = _ai[i];
            _prev[n++] = _prev[i];
        }

        _count = n;
    }

    /// <summary>
    /// The staged reports (in row order) beside the current reports of the month before (none in January) and the
    /// same month a year before, among the staged ones and <paramref name="earlier"/> (the current reports of earlier
    /// uploads: key, revenue, AI revenue in hundredths; no key twice, none a staged key), for the rows where a history
    /// edit can fire: revenue fell below last month's, the AI share moved by more than 50 points (as DOUBLE, as the
    /// edit's SQL filter had it), 上年同期 differs from last year's revenue by more than max(1, 1%), or revenue above
    /// 100,000 is more than 100 x the enterprise's history.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<ReportHistory> Candidates(IReadOnlyList<(long Key, long Revenue, long AiRevenue)> earlier)
    {
        // Every current report, sorted by key; index < _count is a staged report, above it an earlier one.
        var total = _count + earlier.Count;
        var keys = new long[total];
        var order = new int[total];
        Array.Copy(_keys, keys, _count);
        for (var i = 0; i < total; i++)
        {
            order[i] = i;
            if (i >= _count)
            {
                keys[i] = earlier[i - _count].Key;
            }
        }

        KeySort.Sort(keys, order, total);
        (long Rev, long Ai) At(int i) => i < _count ? (_rev[i], _ai[i]) : (earlier[i - _count].Revenue, earlier[i - _count].AiRevenue);

        var found = new List<ReportHistory>();
        for (var j = 0; j < total; j++)
        {
            var i = order[j];
            if (i >= _count)
            {
                continue;
            }

            var key = keys[j];
            var period = (int)(key & 0xFFFF);
            // Keys are unique, so the month before is just before, and the year before at most 12 places before.
            var (pmRev, pmAi) = period % 12 != 0 && j > 0 && keys[j - 1] == key - 1 ? At(order[j - 1]) : (None, None);
            var lyRev = None;
            for (var b = j - 1; b >= Math.Max(0, j - 12); b--)
            {
                if (keys[b] == key - 12)
                {
                    lyRev = At(order[b]).Rev;
                    break;
                }

                if (keys[b] < key - 12)
                {
                    break;
                }
            }

            var (rev, ai, prev) = (_rev[i], _ai[i], _prev[i]);
            if (Wanted(rev, ai, prev, pmRev, pmAi, lyRev))
            {
                found.Add(new ReportHistory(_rows[i], new DateOnly(period / 12, (period % 12) + 1, 1), Money(rev), Money(ai), Money(prev),
                    Money(pmRev), Money(pmAi), Money(lyRev)));
            }
        }

        found.Sort((a, b) => a.Row.CompareTo(b.Row));
        return found;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Wanted(long rev, long ai, long prev, long pmRev, long pmAi, long lyRev)
    {
        if (rev != None && pmRev != None && rev < pmRev)
        {
            return true;
        }

        if (pmRev != None && pmRev > 0 && rev != None && rev > 0 && ai != None && pmAi != None
            && Math.Abs((ai / 100.0 / (rev / 100.0)) - (pmAi / 100.0 / (pmRev / 100.0))) > 0.5)
        {
            return true;
        }

        // |prev - ly| > max(1, 0.01 x |ly|), in hundredths times 100 (exact).
        if (prev != None && lyRev != None && Math.Abs(prev - lyRev) * 100 > Math.Max(10_000, Math.Abs(lyRev)))
        {
            return true;
        }

        var history = Math.Max(pmRev == None ? 0 : pmRev, lyRev == None ? 0 : lyRev);
        return rev != None && rev > 10_000_000 && history > 0 && rev > 100 * history;
    }

    private static decimal? Money(long cents) => cents == None ? null : cents * 0.01m;
}
