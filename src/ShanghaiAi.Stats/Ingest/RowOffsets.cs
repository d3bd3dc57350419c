using System.Runtime.CompilerServices;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// Where each data row of a streamed CSV starts in the file, recorded as the rows are first read (12 bytes a row), so
/// the XLSX report can read again only the rows it lists, by seeking to them, instead of reading the whole file a second
/// time. A row ends where the next data row starts (or at the end of the file). <see cref="Complete"/> is false as soon
/// as one row's offset is not known: then the report reads the file again as before.
/// </summary>
internal sealed class RowOffsets
{
    private int[] _rows = new int[1024];
    private long[] _offsets = new long[1024];
    private int _count;

    /// <summary>True while every data row read so far came with its offset.</summary>
    public bool Complete { get; private set; } = true;

    /// <summary>Records data row <paramref name="row"/> (rows come in increasing order) starting at <paramref name="offset"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int row, long offset)
    {
        if (offset < 0 || !Complete)
        {
            Complete = false;
            return;
        }

        if (_count == _rows.Length)
        {
            Array.Resize(ref _rows, _count * 2);
            Array.Resize(ref _offsets, _count * 2);
        }

        _rows[_count] = row;
        _offsets[_count] = offset;
        _count++;
    }

    /// <summary>The byte range of each of <paramref name="rows"/> (in increasing order) that is a recorded data row; rows
    /// that are not (a note under the table, a row of the header) are left out.</summary>
    public IEnumerable<(int Row, long Start, long End)> Spans(IEnumerable<int> rows, long fileLength)
    {
        var from = 0;
        foreach (var row in rows)
        {
            var i = Array.BinarySearch(_rows, from, _count - from, row);
            if (i < 0)
            {
                from = ~i;
                continue;
            }

            from = i + 1;
            yield return (row, _offsets[i], i + 1 < _count ? _offsets[i + 1] : fileLength);
        }
    }
}
