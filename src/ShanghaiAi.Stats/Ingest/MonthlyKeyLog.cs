using System.Runtime.CompilerServices;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>The (enterprise id, period) key of every row with a usable key, sorted afterwards to find duplicates
/// (far cheaper than a hash table of a million keys).</summary>
internal sealed class MonthlyKeyLog(int capacity)
{
    private long[] _keys = new long[Math.Max(16, capacity)];
    private int[] _rows = new int[Math.Max(16, capacity)];
    private int _count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int id, int period, int row)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _rows, _count * 2);
        }

        _keys[_count] = ((long)id << 16) | (uint)period;
        _rows[_count++] = row;
    }

    public Dictionary<(string, int), List<int>> Duplicates(List<string> names)
    {
        var groups = new Dictionary<(string, int), List<int>>();
        KeySort.Sort(_keys, _rows, _count);
        for (var i = 0; i < _count;)
        {
            var j = i + 1;
            while (j < _count && _keys[j] == _keys[i])
            {
                j++;
            }

            if (j - i > 1)
            {
                var rows = _rows[i..j];
                Array.Sort(rows);
                groups[(names[(int)(_keys[i] >> 16)], (int)(_keys[i] & 0xFFFF))] = [.. rows];
            }

            i = j;
        }

        return groups;
    }
}
