using System.Text;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// Any upload file opened as one table of a kind, for readers outside ingestion (<c>aistats classify --register</c>):
/// the same detection as an upload (CSV in any encoding ingestion reads, XLSX, XLS, JSON; title rows, two-row headers,
/// the column-code row), its header matched to the kind's columns, then its data rows streamed forward with the row
/// numbers a person sees. A file that breaks below its header fails naming the file and the last row read (FILE-F03).
/// A CSV larger than <see cref="StreamAboveBytes"/> in UTF-8 or GB18030 is streamed: its first part is opened as an
/// upload (encoding, delimiter, header), the rest decoded in that encoding a few megabytes at a time, cut at record
/// ends, and parsed by the same CSV reader, so memory stays flat whatever the file's size.
/// </summary>
public sealed class UploadTableReader : IDisposable
{
    private readonly UploadFile _file;
    private readonly IRowSource _rows;
    private readonly int[] _fieldOf;
    private int _lastRow;

    /// <summary>Text files above this size are streamed (see the type's remarks).</summary>
    public const long StreamAboveBytes = 16L << 20;

    private UploadTableReader(string fileName, string kind, UploadFile file, Stream? rest = null)
    {
        FileName = fileName;
        Kind = kind;
        _file = file;
        _fieldOf = file.Header.FieldOf;
        _lastRow = file.Header.HeaderRow;
        Columns = KindSchema.For(kind).Columns.Select(c => c.Name).ToList();
        UnknownColumns = file.Header.Unknown.Select(i => file.Header.Headers[i]).ToList();
        _rows = rest is null ? file.OpenData() : new CsvPartSource(rest, CsvPartSource.StrictEncoding(file.EncodingName!), file.EncodingName!, file.Delimiter!.Value, fileName, file.OpenData());
    }

    /// <summary>The file's name (no folder), as messages name it.</summary>
    public string FileName { get; }

    /// <summary>The kind whose columns the header was matched to.</summary>
    public string Kind { get; }

    /// <summary>The kind's canonical columns, in contract order: <see cref="Cell"/> takes an index into this list.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Headers of the file that belong to no column of the kind (not read).</summary>
    public IReadOnlyList<string> UnknownColumns { get; }

    /// <summary>How the file was read (format, encoding, delimiter, sheet), as in the validation report.</summary>
    public string Describe() => _file.Describe();

    /// <summary>The row number of the current data row, as a spreadsheet shows it (JSON: the element number).</summary>
    public int RowNumber => _rows.RowNumber;

    /// <summary>
    /// Opens <paramref name="path"/> as a table of <paramref name="kind"/> (see <see cref="IngestKinds"/>).
    /// <paramref name="required"/> names the columns that must be present when they are not the kind's own required ones.
    /// </summary>
    public static UploadTableReader Open(string path, string kind, IReadOnlyCollection<string>? required = null, string? sheet = null)
    {
        Guard.NotNull(path);
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new StatsException($"{path}: file not found");
        }

        // No archive or report is written: only the limits of the options are used.
        var options = new IngestOptions(string.Empty, string.Empty);
        if (new FileInfo(path).Length > StreamAboveBytes && StreamedCsv.TryOpen(path, name, kind, sheet, options, required) is { } streamed)
        {
            return streamed;
        }

        var file = UploadFile.Open(name, File.ReadAllBytes(path), kind, sheet, options, required);
        try
        {
            return new UploadTableReader(name, kind, file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Reads a whole text file (UTF-8, UTF-16 or GB18030, as uploads are decoded).</summary>
    public static string ReadAllText(string path)
    {
        Guard.NotNull(path);
        if (!File.Exists(path))
        {
            throw new StatsException($"{path}: file not found");
        }

        try
        {
            return TextDecoding.Decode(File.ReadAllBytes(path)).Text;
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw UploadFile.Unreadable(Path.GetFileName(path), "csv", e);
        }
    }

    /// <summary>Moves to the next non-empty data row; false at the end.</summary>
    public bool Read()
    {
        try
        {
            if (!_rows.Read())
            {
                return false;
            }
        }
        catch (Exception e) when (UploadFile.IsUnreadable(e))
        {
            throw UploadFile.Unreadable(FileName, _file.Format, e, _lastRow);
        }

        _lastRow = _rows.RowNumber;
        return true;
    }

    /// <summary>The trimmed text of column <paramref name="column"/> (an index into <see cref="Columns"/>) in the current row, or null when absent or empty.</summary>
    public string? Cell(int column)
    {
        var f = (uint)column < (uint)_fieldOf.Length ? _fieldOf[column] : -1;
        if (f < 0)
        {
            return null;
        }

        var v = _rows.Field(f).Trim();
        return v.IsEmpty ? null : v.ToString();
    }

    public void Dispose()
    {
        _rows.Dispose();
        _file.Dispose();
    }

    /// <summary>Large UTF-8 or GB18030 CSV files, streamed (see <see cref="CsvPartSource"/>).</summary>
    private static class StreamedCsv
    {
        /// <summary>Opens the first part of a large text file as an upload; null when the file is not a UTF-8 or GB18030 CSV (then it is read whole).</summary>
        public static UploadTableReader? TryOpen(string path, string name, string kind, string? sheet, IngestOptions options, IReadOnlyCollection<string>? required)
        {
            var stream = File.OpenRead(path);
            try
            {
                var buffer = new byte[4 << 20];
                var n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
                var cut = CsvPartSource.RecordEnd(buffer.AsSpan(0, n));
                var head = buffer.AsSpan(0, Math.Max(cut, 0));
                if (cut <= 0 || head.StartsWith("PK"u8) || head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
                    || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.Contains((byte)0))
                {
                    stream.Dispose();
                    return null;
                }

                var file = UploadFile.Open(name, head.ToArray(), kind, sheet, options, required);
                if (file.Format != "csv" || file.EncodingName is not ("UTF-8" or "UTF-8 (BOM)" or "GB18030"))
                {
                    file.Dispose();
                    stream.Dispose();
                    return null;
                }

                stream.Position = cut;
                return new UploadTableReader(name, kind, file, stream);
            }
            catch
            {
                stream.Dispose();
                throw;
            }
        }
    }
}
