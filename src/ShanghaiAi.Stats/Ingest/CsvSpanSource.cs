using System.Text;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// Chosen rows of a CSV file read by seeking to each one's byte range (from <see cref="RowOffsets"/>), decoded strictly
/// and parsed by <see cref="CsvRowSource"/> as the first read parsed them; each row keeps its row number.
/// </summary>
internal sealed class CsvSpanSource(string path, Encoding strict, char delimiter, IEnumerable<(int Row, long Start, long End)> spans) : IRowSource
{
    private readonly FileStream _file = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 12);
    private readonly IEnumerator<(int Row, long Start, long End)> _spans = spans.GetEnumerator();
    private byte[] _buffer = new byte[4096];
    private CsvRowSource _row = new(string.Empty, delimiter);

    public int RowNumber { get; private set; }

    public int FieldCount => _row.FieldCount;

    public ReadOnlySpan<char> Field(int index) => _row.Field(index);

    public bool Read()
    {
        while (_spans.MoveNext())
        {
            var (row, start, end) = _spans.Current;
            var length = checked((int)(end - start));
            if (_buffer.Length < length)
            {
                _buffer = new byte[Math.Max(length, _buffer.Length * 2)];
            }

            _file.Position = start;
            _file.ReadExactly(_buffer, 0, length);
            _row = new CsvRowSource(strict.GetString(_buffer, 0, length), delimiter);
            if (_row.Read())
            {
                RowNumber = row;
                return true;
            }
        }

        return false;
    }

    public void Dispose()
    {
        _spans.Dispose();
        _file.Dispose();
    }
}
