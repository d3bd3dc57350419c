using System.Text;
using System.Runtime.CompilerServices;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// The rows of a large CSV read from a stream a few megabytes at a time: each part is cut after the last record end
/// (a line break outside quotes), decoded strictly in the file's encoding and parsed by <see cref="CsvRowSource"/>, and
/// rows are numbered on across parts, so memory stays flat whatever the file's size. Starts either at the stream's
/// beginning or after a <paramref name="first"/> part already opened by the caller.
/// </summary>
internal sealed class CsvPartSource(Stream rest, Encoding strict, string encodingName, char delimiter, string fileName, IRowSource? first = null,
    int partBytes = CsvPartSource.DefaultPartBytes)
    : IRowSource, IRowOffset
{
    public const int DefaultPartBytes = 4 << 20;

    private IRowSource _part = first ?? new CsvRowSource(string.Empty, delimiter);
    private byte[] _buffer = new byte[Math.Max(16, partBytes)];
    private int _held; // bytes read from the stream but not yet decoded
    private int _rowBase;
    private bool _ended;
    private long _partStart = -1; // where the current part starts in the file (-1: unknown, after a caller's first part)
    private long _consumed; // bytes of the stream in the parts so far

    public int RowNumber => _rowBase + _part.RowNumber;

    public int FieldCount => _part.FieldCount;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> Field(int index) => _part.Field(index);

    /// <summary>Where the current record starts in the stream (bytes), or -1 when the source began with a part handed in by the caller.</summary>
    public long Offset => _partStart >= 0 && _part is CsvRowSource csv ? _partStart + csv.Utf8RecordStart() : -1;

    /// <summary>The strict decoder of an encoding a part can be read in (UTF-8 or GB18030).</summary>
    public static Encoding StrictEncoding(string name) => name == "GB18030"
        ? Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        : new UTF8Encoding(false, true);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read()
    {
        while (!_part.Read())
        {
            if (_ended)
            {
                return false;
            }

            _rowBase = RowNumber;
            _part.Dispose();
            _partStart = first is null ? _consumed : -1;
            _part = new CsvRowSource(NextPart(), delimiter);
        }

        return true;
    }

    public void Dispose()
    {
        _part.Dispose();
        rest.Dispose();
    }

    /// <summary>The next part's text: whole records, decoded strictly (a file that changes encoding fails, FILE-F03).</summary>
    private string NextPart()
    {
        while (true)
        {
            var n = rest.ReadAtLeast(_buffer.AsSpan(_held), _buffer.Length - _held, throwOnEndOfStream: false);
            _held += n;
            var end = n == 0 || _held < _buffer.Length ? _held : RecordEnd(_buffer.AsSpan(0, _held));
            if (end < 0)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2); // one record longer than a part: a bigger part
                continue;
            }

            _ended = n == 0 || _held < _buffer.Length;
            string text;
            try
            {
                text = strict.GetString(_buffer, 0, end);
            }
            catch (DecoderFallbackException e)
            {
                throw UploadFile.Unreadable(fileName, "csv", new DecoderFallbackException($"not valid {encodingName} text ({e.Message})"), _rowBase);
            }

            _buffer.AsSpan(end, _held - end).CopyTo(_buffer);
            _held -= end;
            _consumed += end;
            return text;
        }
    }

    /// <summary>The length of the whole records at the start of <paramref name="bytes"/> (after the last line break outside quotes), or -1.</summary>
    public static int RecordEnd(ReadOnlySpan<byte> bytes)
    {
        var end = -1;
        var quoted = false;
        for (var i = bytes.IndexOfAny((byte)'"', (byte)'\n'); i >= 0;)
        {
            if (bytes[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                end = i + 1;
            }

            var next = bytes[(i + 1)..].IndexOfAny((byte)'"', (byte)'\n');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return end;
    }
}
