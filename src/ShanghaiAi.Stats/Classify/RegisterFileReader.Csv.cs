using System.Text;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Classify;

internal sealed partial class RegisterFileReader
{
    private bool NextOrFail(CsvRecordReader csv, List<string> fields, int row)
    {
        try
        {
            return csv.Next(fields);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new StatsException($"{_file}: not valid UTF-8 after row {row} (within the next 64 KB), although its first 8 MB were; save the file in one encoding (UTF-8 or GB18030)", e);
        }
    }

    private IEnumerable<RawRegisterRow> ReadCsv(string path)
    {
        using var reader = TextFileDecoding.Open(path);
        var csv = new CsvRecordReader(reader);
        var fields = new List<string>(16);
        if (!csv.Next(fields))
        {
            throw new StatsException($"{_file}: expected a header row, found an empty file");
        }

        var header = fields.ToArray();
        var map = MapHeader(header);
        var row = 1;
        while (NextOrFail(csv, fields, row))
        {
            row++;
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                row--;
                continue; // blank line
            }

            if (fields.Count != header.Length)
            {
                yield return new RawRegisterRow(row, null, null, RegisterRecord.Bad(row, "(row)", null, $"expected {header.Length} fields, found {fields.Count}"));
                continue;
            }

            yield return new RawRegisterRow(row, [.. fields], map, null);
        }
    }
}

/// <summary>Streaming RFC 4180 record reader: quotes, doubled quotes, embedded newlines, CRLF; a UTF-8 BOM is skipped.</summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _field = new(256);
    private int _pos;
    private int _len;
    private bool _started;

    /// <summary>Reads the next record into <paramref name="fields"/>; false at end of input.</summary>
    public bool Next(List<string> fields)
    {
        fields.Clear();
        _field.Clear();
        if (!Fill())
        {
            return false;
        }

        var inQuotes = false;
        var quoted = false;
        while (true)
        {
            if (_pos >= _len && !Fill())
            {
                fields.Add(_field.ToString());
                return true;
            }

            var span = _buffer.AsSpan(_pos, _len - _pos);
            if (inQuotes)
            {
                var q = span.IndexOf('"');
                if (q < 0)
                {
                    _field.Append(span);
                    _pos = _len;
                    continue;
                }

                _field.Append(span[..q]);
                _pos += q + 1;
                if (_pos >= _len && !Fill())
                {
                    inQuotes = false;
                    continue;
                }

                if (_buffer[_pos] == '"')
                {
                    _field.Append('"');
                    _pos++;
                }
                else
                {
                    inQuotes = false;
                }

                continue;
            }

            var k = span.IndexOfAny(",\"\r\n");
            if (k < 0)
            {
                _field.Append(span);
                _pos = _len;
                continue;
            }

            var c = span[k];
            string? direct = null;
            if (c != '"' && _field.Length == 0)
            {
                direct = new string(span[..k]); // the whole field lies in the buffer: no copy through the builder
            }
            else
            {
                _field.Append(span[..k]);
            }

            _pos += k + 1;
            switch (c)
            {
                case ',':
                    fields.Add(direct ?? _field.ToString());
                    _field.Clear();
                    quoted = false;
                    break;
                case '"':
                    if (_field.Length == 0 && !quoted)
                    {
                        inQuotes = true;
                        quoted = true;
                    }
                    else
                    {
                        _field.Append('"'); // a stray quote inside an unquoted field is kept as text
                    }

                    break;
                default: // end of record
                    if (c == '\r' && (_pos < _len || Fill()) && _buffer[_pos] == '\n')
                    {
                        _pos++;
                    }

                    fields.Add(direct ?? _field.ToString());
                    return true;
            }
        }
    }

    private bool Fill()
    {
        if (_pos < _len)
        {
            return true;
        }

        _len = reader.Read(_buffer, 0, _buffer.Length);
        _pos = 0;
        if (!_started && _len > 0)
        {
            _started = true;
            if (_buffer[0] == '\uFEFF')
            {
                _pos = 1;
            }
        }

        return _pos < _len;
    }
}
