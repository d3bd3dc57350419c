using System.Runtime.CompilerServices;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>RFC 4180 records over decoded text (quotes, doubled quotes, embedded newlines), fields as spans.</summary>
internal sealed class CsvRowSource : IRowSource
{
    private readonly string _text;
    private readonly char _delimiter;
    private readonly CsvStops _stops;
    private int _pos;
    private int _record;
    private int[] _start = new int[32];
    private int[] _length = new int[32];
    private bool[] _buffered = new bool[32];
    private char[] _buffer = new char[256];
    private int _bufferUsed;
    private int _count;
    private int _markChars;
    private long _markBytes;

    public CsvRowSource(string text, char delimiter)
    {
        _text = text;
        _delimiter = delimiter;
        _stops = new CsvStops(delimiter);
        _pos = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    public int RowNumber => _record;

    /// <summary>Where the current record starts in the text.</summary>
    public int RecordStart { get; private set; }

    /// <summary>Where the current record starts in the text's UTF-8 bytes (counted on from the last record asked for, so
    /// asking for every record in turn costs one pass over the text).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long Utf8RecordStart()
    {
        if (RecordStart < _markChars)
        {
            (_markChars, _markBytes) = (0, 0);
        }

        _markBytes += System.Text.Encoding.UTF8.GetByteCount(_text.AsSpan(_markChars, RecordStart - _markChars));
        _markChars = RecordStart;
        return _markBytes;
    }

    /// <summary>Where the current record ends in the text (after its line end).</summary>
    public int RecordEnd => _pos;

    public int FieldCount => _count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> Field(int index)
    {
        if ((uint)index >= (uint)_count)
        {
            return default;
        }

        return _buffered[index] ? _buffer.AsSpan(_start[index], _length[index]) : _text.AsSpan(_start[index], _length[index]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read()
    {
        while (_pos < _text.Length)
        {
            _record++;
            RecordStart = _pos;
            ReadRecord();
            for (var i = 0; i < _count; i++)
            {
                if (!CellParser.Trim(Field(i)).IsEmpty)
                {
                    return true;
                }
            }
        }

        _count = 0;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadRecord()
    {
        _count = 0;
        _bufferUsed = 0;
        var text = _text.AsSpan();
        while (true)
        {
            Grow();

            if (_pos < text.Length && text[_pos] == '"')
            {
                ReadQuoted(text);
            }
            else
            {
                var rel = _pos < text.Length ? _stops.IndexIn(text[_pos..]) : -1;
                var end = rel < 0 ? text.Length : _pos + rel;
                // A stray quote inside an unquoted field is data.
                while (end < text.Length && text[end] == '"')
                {
                    var more = _stops.IndexIn(text[(end + 1)..]);
                    end = more < 0 ? text.Length : end + 1 + more;
                }

                _start[_count] = _pos;
                _length[_count] = end - _pos;
                _buffered[_count] = false;
                _pos = end;
            }

            _count++;
            if (_pos < text.Length && text[_pos] != _delimiter && text[_pos] != '\r' && text[_pos] != '\n')
            {
                // Characters after a closing quote up to the delimiter are dropped (lenient).
                var next = text[_pos..].IndexOfAny(_delimiter, '\r', '\n');
                _pos = next < 0 ? text.Length : _pos + next;
            }

            if (_pos >= text.Length)
            {
                return;
            }

            var c = text[_pos];
            _pos++;
            if (c == _delimiter)
            {
                if (_pos >= text.Length)
                {
                    // A trailing delimiter at the end of the file: one more empty field.
                    Grow();
                    _start[_count] = _pos;
                    _length[_count] = 0;
                    _buffered[_count] = false;
                    _count++;
                    return;
                }

                continue;
            }

            if (c == '\r' && _pos < text.Length && text[_pos] == '\n')
            {
                _pos++;
            }

            return;
        }
    }

    private void ReadQuoted(ReadOnlySpan<char> text)
    {
        var start = _pos + 1;
        var p = start;
        var escaped = false;
        var bufStart = _bufferUsed;
        int end;
        while (true)
        {
            var q = p < text.Length ? text[p..].IndexOf('"') : -1;
            if (q < 0)
            {
                // Unterminated quote: the field runs to the end of the file.
                end = text.Length;
                if (escaped)
                {
                    Put(text[p..]);
                }

                p = text.Length;
                break;
            }

            q += p;
            if (q + 1 < text.Length && text[q + 1] == '"')
            {
                if (!escaped)
                {
                    escaped = true;
                    bufStart = _bufferUsed;
                    Put(text[start..q]);
                }
                else
                {
                    Put(text[p..q]);
                }

                Put("\"");
                p = q + 2;
                continue;
            }

            end = q;
            if (escaped)
            {
                Put(text[p..q]);
            }

            p = q + 1;
            break;
        }

        if (escaped)
        {
            _start[_count] = bufStart;
            _length[_count] = _bufferUsed - bufStart;
            _buffered[_count] = true;
        }
        else
        {
            _start[_count] = start;
            _length[_count] = end - start;
            _buffered[_count] = false;
        }

        _pos = p;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Grow()
    {
        if (_count == _start.Length)
        {
            Array.Resize(ref _start, _count * 2);
            Array.Resize(ref _length, _count * 2);
            Array.Resize(ref _buffered, _count * 2);
        }
    }

    private void Put(ReadOnlySpan<char> s)
    {
        if (_bufferUsed + s.Length > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _bufferUsed + s.Length));
        }

        s.CopyTo(_buffer.AsSpan(_bufferUsed));
        _bufferUsed += s.Length;
    }

    public void Dispose()
    {
    }
}
