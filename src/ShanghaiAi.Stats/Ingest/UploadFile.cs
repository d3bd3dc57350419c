using System.Text;
using System.Text.Json;
using System.Xml;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// An uploaded file opened for reading: its format (CSV / XLSX / XLS / JSON, told by content, not by name), encoding and
/// delimiter, the chosen sheet, and the header row matched to the kind's columns. Data rows can be read more than once
/// (validation, then the XLSX report).
/// </summary>
internal sealed class UploadFile : IDisposable
{
    private readonly string _file;
    private string? _text;
    private XlsxPackage? _xlsx;
    private XlsWorkbook? _xls;
    private JsonDocument? _json;
    private int _sheetIndex;
    private int _headerOrdinal;
    private Dictionary<int, int>? _misencoded;
    private string? _streamedPath;
    private int _partBytes;

    private UploadFile(string file) => _file = file;

    public string Format { get; private set; } = "csv";

    public string? EncodingName { get; private set; }

    public char? Delimiter { get; private set; }

    public string? Sheet { get; private set; }

    public HeaderMatch Header { get; private set; } = null!;

    /// <summary>True when the form's column-code row ("甲 | 乙 | 1 | 2 ...") under the header was skipped.</summary>
    public bool ColumnCodeRowSkipped { get; private set; }

    /// <summary>A rough count of data rows (from the size of the text), to size tables up front.</summary>
    public int EstimatedRows { get; private set; } = 1024;

    /// <param name="required">The columns that must be present, when not the kind's own required columns.</param>
    public static UploadFile Open(string file, byte[] bytes, string kind, string? sheet, IngestOptions options, IReadOnlyCollection<string>? required = null)
        => Open(file, () => bytes, () => new MemoryStream(bytes, writable: false), bytes.AsSpan(0, Math.Min(8, bytes.Length)), kind, sheet, options, required);

    /// <summary>Opens the file at <paramref name="path"/> (named <paramref name="file"/> in messages). A workbook is read
    /// from the file as it streams; only text and legacy XLS files are read whole.</summary>
    public static UploadFile OpenPath(string file, string path, string kind, string? sheet, IngestOptions options, IReadOnlyCollection<string>? required = null)
    {
        Span<byte> head = stackalloc byte[8];
        int n;
        using (var f = File.OpenRead(path))
        {
            n = f.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        if (!head[..n].StartsWith("PK"u8) && OpenStreamed(file, path, kind, sheet, options, required) is { } streamed)
        {
            return streamed;
        }

        return Open(file, () => File.ReadAllBytes(path), () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16),
            head[..n], kind, sheet, options, required);
    }

    /// <summary>True when the rows are read part by part from the file (see <see cref="OpenStreamed"/>).</summary>
    public bool Streamed => _streamedPath is not null;

    /// <summary>A UTF-8 CSV above <see cref="IngestOptions.StreamTextAboveBytes"/>: encoding, delimiter and header come from
    /// its first part, then its rows are read part by part (<see cref="CsvPartSource"/>), so memory does not grow with
    /// the file. Null for anything else (other encodings, JSON, small files: read whole as before).</summary>
    private static UploadFile? OpenStreamed(string file, string path, string kind, string? sheet, IngestOptions options, IReadOnlyCollection<string>? required)
    {
        var length = new FileInfo(path).Length;
        if (length <= options.StreamTextAboveBytes || Path.GetExtension(file).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        byte[] part;
        using (var f = File.OpenRead(path))
        {
            var buffer = new byte[CsvPartSource.DefaultPartBytes];
            var got = f.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var cut = got < buffer.Length ? got : CsvPartSource.RecordEnd(buffer.AsSpan(0, got));
            if (cut <= 0)
            {
                return null;
            }

            part = buffer[..cut];
        }

        var start = part.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? part.AsSpan(3) : part.AsSpan();
        var text = start.TrimStart(" \t\r\n"u8);
        if (text.IsEmpty || text[0] is (byte)'[' or (byte)'{' || part.AsSpan().Contains((byte)0) || !Utf8File.IsValid(path))
        {
            return null;
        }

        var u = Open(file, () => part, () => new MemoryStream(part, writable: false), part.AsSpan(0, Math.Min(8, part.Length)), kind, sheet, options, required);
        if (u.Format != "csv" || u.EncodingName is not ("UTF-8" or "UTF-8 (BOM)"))
        {
            u.Dispose();
            return null;
        }

        u._streamedPath = path;
        u._partBytes = options.StreamPartBytes;
        u._text = null;
        u.EstimatedRows = (int)Math.Clamp(length / 64L, 16, 4_000_000);
        return u;
    }

    private static UploadFile Open(string file, Func<byte[]> bytes, Func<Stream> stream, ReadOnlySpan<byte> head, string kind, string? sheet,
        IngestOptions options, IReadOnlyCollection<string>? required)
    {
        var u = new UploadFile(file);
        try
        {
            if (head.StartsWith("PK"u8))
            {
                u.Format = "xlsx";
                u._xlsx = new XlsxPackage(stream(), file, options.MaxUncompressedBytes);
            }
            else
            {
                u.Detect(bytes(), options);
            }

            u.FindHeader(kind, sheet, required);
            return u;
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            u.Dispose();
            throw Unreadable(file, u.Format, e);
        }
        catch
        {
            u.Dispose();
            throw;
        }
    }

    /// <summary>True for the exceptions a damaged file raises while it is opened: it cannot be used (FILE-F03).</summary>
    internal static bool IsUnreadable(Exception e) => e is InvalidDataException or XmlException or JsonException or DecoderFallbackException or IOException;

    /// <summary>The FILE-F03 rejection of a file that breaks while it is read, at the header or further down the rows.</summary>
    /// <param name="afterRow">The last row read before the file broke, when it broke below its header.</param>
    public static StatsException Unreadable(string file, string format, Exception e, int? afterRow = null)
    {
        var (what, whatZh) = format switch
        {
            "xlsx" => ("the XLSX is corrupt or truncated", "XLSX文件损坏或不完整"),
            "xls" => ("the XLS workbook is corrupt, truncated or password-protected", "XLS工作簿损坏、不完整或有密码保护"),
            "json" => ("the JSON is not valid", "JSON格式无效"),
            _ => ("the text cannot be decoded", "文本无法解码"),
        };
        if (afterRow is { } row)
        {
            what = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"after row {row}, {what}");
            whatZh = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"第{row}行之后，{whatZh}");
        }

        return FileRejection.Create(file, "FILE-F03", $"{what} ({e.Message}); expected a CSV (UTF-8 or GB18030), XLSX, XLS or JSON array file",
            $"{whatZh}（{e.Message}）；应为CSV（UTF-8或GB18030）、XLSX、XLS或JSON数组文件");
    }

    private void Detect(byte[] bytes, IngestOptions options)
    {
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t'))
        {
            throw FileRejection.Create(_file, "FILE-F01", "the file is empty; expected a header row and data rows", "文件为空；应含表头行和数据行");
        }

        var ext = Path.GetExtension(_file).ToLowerInvariant();
        if (bytes.AsSpan().StartsWith("PK"u8))
        {
            Format = "xlsx";
            _xlsx = new XlsxPackage(new MemoryStream(bytes, writable: false), _file, options.MaxUncompressedBytes);
            return;
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            Format = "xls";
            _xls = XlsWorkbook.Read(bytes);
            return;
        }

        if (ext is ".xlsx" or ".xlsm")
        {
            Format = "xlsx";
            throw new InvalidDataException("not a zip package");
        }

        var spans = new List<(int Start, int End)>();
        var (text, encoding) = TextDecoding.Decode(bytes, spans);
        EncodingName = encoding;
        var first = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (first.Length == 0)
        {
            throw FileRejection.Create(_file, "FILE-F01", "the file is empty; expected a header row and data rows", "文件为空；应含表头行和数据行");
        }

        if (first[0] is '[' or '{' || ext == ".json")
        {
            Format = "json";
            _json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16 });
            return;
        }

        Format = "csv";
        _text = text;
        EstimatedRows = (int)Math.Clamp(text.Length / 64L, 16, 4_000_000);
        Delimiter = TextDecoding.DetectDelimiter(text);
        if (spans.Count > 0)
        {
            _misencoded = MisencodedRows(text, Delimiter.Value, spans);
        }
    }

    /// <summary>The record numbers of a CSV text that overlap <paramref name="spans"/>, each with its first field that
    /// holds non-ASCII text (the field the person will recognise as garbled).</summary>
    private static Dictionary<int, int> MisencodedRows(string text, char delimiter, List<(int Start, int End)> spans)
    {
        var rows = new Dictionary<int, int>();
        using var csv = new CsvRowSource(text, delimiter);
        var k = 0;
        while (k < spans.Count && csv.Read())
        {
            while (k < spans.Count && spans[k].End <= csv.RecordStart)
            {
                k++;
            }

            if (k < spans.Count && spans[k].Start < csv.RecordEnd)
            {
                var field = 0;
                for (var i = 0; i < csv.FieldCount; i++)
                {
                    if (csv.Field(i).ContainsAnyExceptInRange('\0', '\u007F'))
                    {
                        field = i;
                        break;
                    }
                }

                rows[csv.RowNumber] = field;
            }
        }

        return rows;
    }

    /// <summary>The field of a data row whose bytes were not text in the file's encoding (FILE-H04), or null.</summary>
    public int? MisencodedField(int row) => _misencoded is not null && _misencoded.TryGetValue(row, out var f) ? f : null;

    private IRowSource OpenRaw() => Format switch
    {
        "xlsx" => _xlsx!.OpenSheet(_sheetIndex),
        "xls" => _xls!.OpenSheet(_sheetIndex),
        "json" => new JsonRowSource(_json!),
        _ when _streamedPath is not null => new CsvPartSource(new FileStream(_streamedPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16),
            CsvPartSource.StrictEncoding("UTF-8"), EncodingName!, Delimiter!.Value, _file, null, _partBytes),
        _ => new CsvRowSource(_text!, Delimiter!.Value),
    };

    private static List<string[]> Leading(IRowSource s)
    {
        var rows = new List<string[]>();
        while (rows.Count < HeaderMatcher.SearchRows && s.Read())
        {
            rows.Add(s.Snapshot());
        }

        return rows;
    }

    private void FindHeader(string kind, string? sheet, IReadOnlyCollection<string>? required)
    {
        List<string[]>? firstRows = null;
        var sheetNames = SheetNames();
        var candidates = Enumerable.Range(0, Math.Max(1, sheetNames.Count)).ToList();
        if (sheetNames.Count > 0 && sheet is not null)
        {
            var i = sheetNames.ToList().FindIndex(s => string.Equals(s.Trim(), sheet.Trim(), StringComparison.OrdinalIgnoreCase));
            if (i < 0)
            {
                var names = string.Join(", ", sheetNames);
                throw FileRejection.Create(_file, "FILE-F09", $"no sheet named '{sheet}'; found sheets {names}", $"找不到工作表“{sheet}”；实有工作表{names}");
            }

            candidates = [i];
        }

        if (Format == "json" && _json!.RootElement.ValueKind == JsonValueKind.Array && _json.RootElement.GetArrayLength() == 0)
        {
            throw FileRejection.Create(_file, "FILE-F08", "the JSON array has no elements; expected at least one object", "JSON数组为空；应至少有一个对象");
        }

        foreach (var c in candidates)
        {
            _sheetIndex = c;
            List<string[]> rows;
            using (var s = OpenRaw())
            {
                rows = Leading(s);
            }

            firstRows ??= rows;
            var h = HeaderMatcher.FindHeaderIndex(kind, rows);
            if (h < 0)
            {
                continue;
            }

            // A header over two rows (merged parent cells above sub-headers): the data start below both.
            var header = rows[h];
            if (h + 1 < rows.Count && HeaderMatcher.TwoRowHeader(kind, rows[h], rows[h + 1]) is { } combined)
            {
                header = combined;
                _headerOrdinal = h + 1;
            }
            else
            {
                _headerOrdinal = h;
            }

            if (_headerOrdinal + 1 < rows.Count && HeaderMatcher.IsColumnCodeRow(rows[_headerOrdinal + 1]))
            {
                _headerOrdinal++;
                ColumnCodeRowSkipped = true;
            }

            Sheet = sheetNames.Count > 0 ? sheetNames[c] : null;
            using var again = OpenRaw();
            var rowNumber = 0;
            for (var k = 0; k <= h && again.Read(); k++)
            {
                rowNumber = again.RowNumber;
            }

            Header = HeaderMatcher.Match(_file, kind, header, rowNumber, rows, required);
            return;
        }

        _sheetIndex = candidates[0];
        if (firstRows is null || firstRows.Count == 0)
        {
            throw FileRejection.Create(_file, "FILE-F01", "the file holds no rows; expected a header row and data rows", "文件没有任何行；应含表头行和数据行");
        }

        throw HeaderMatcher.NoHeader(_file, kind, firstRows);
    }

    /// <summary>The sheets of a workbook (XLSX, XLS), in order; none for CSV and JSON.</summary>
    private IReadOnlyList<string> SheetNames() => Format switch
    {
        "xlsx" => _xlsx!.Sheets.Select(s => s.Name).ToList(),
        "xls" => _xls!.Sheets,
        _ => [],
    };

    /// <summary>A new reader positioned on the header row: its next <see cref="IRowSource.Read"/> gives the first data row.
    /// Footnote rows under the table are skipped, each handed to <paramref name="footnote"/> (row number, text).</summary>
    public IRowSource OpenData(Action<int, string>? footnote = null)
    {
        var s = OpenRaw();
        for (var k = 0; k <= _headerOrdinal; k++)
        {
            s.Read();
        }

        return new FootnoteFilter(s, footnote);
    }

    /// <summary>The data rows <paramref name="rows"/> (increasing) of a streamed CSV, read by seeking to where the first read
    /// found them (<paramref name="offsets"/>); null when the file is not read that way or an offset is missing.</summary>
    public IRowSource? OpenRowsAt(RowOffsets offsets, IEnumerable<int> rows)
        => _streamedPath is null || !offsets.Complete
            ? null
            : new CsvSpanSource(_streamedPath, CsvPartSource.StrictEncoding("UTF-8"), Delimiter!.Value, offsets.Spans(rows, new FileInfo(_streamedPath).Length));

    /// <summary>How the file was read, for the report.</summary>
    public string Describe()
    {
        var sb = new StringBuilder(Format.ToUpperInvariant());
        if (EncodingName is not null)
        {
            sb.Append(", ").Append(EncodingName);
        }

        if (Delimiter is { } d)
        {
            sb.Append(", delimiter ").Append(d == '\t' ? "tab" : d.ToString());
        }

        if (Sheet is not null)
        {
            sb.Append(", sheet ").Append(Sheet);
        }

        if (ColumnCodeRowSkipped)
        {
            sb.Append(", column-code row under the header skipped");
        }

        return sb.ToString();
    }

    public void Dispose()
    {
        _xlsx?.Dispose();
        _json?.Dispose();
    }
}
