using DuckDB.NET.Data;
using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using System.Runtime.CompilerServices;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>Everything a kind's loader needs for one upload; the transaction is already open on <see cref="Connection"/>.</summary>
internal sealed class IngestContext
{
    public required DuckDBConnection Connection { get; init; }

    public required UploadFile File { get; init; }

    public required ValidationLog Log { get; init; }

    public required IngestRequest Request { get; init; }

    public required string UploadId { get; init; }

    public required DateTime Now { get; init; }

    public required ReferenceData Reference { get; init; }

    public required IngestOptions Options { get; init; }

    public required string FileName { get; init; }

    /// <summary>What the sender may upload; the kind's loader rejects rows outside it (see <see cref="RowAuthority"/>).</summary>
    public required UploadPermit Permit { get; init; }

    /// <summary>Where the time goes (optional, see <see cref="IngestStages"/>).</summary>
    public IngestStages? Stages { get; init; }

    /// <summary>Source label of register rows: "register" or "association:ID".</summary>
    public string Source => Request.Role == "association" ? "association:" + Request.Actor : "register";

    public Period CurrentMonth => Period.FromDate(Now);

    public DateOnly Today => DateOnly.FromDateTime(Now);

    /// <summary>Accepted rows equal to what the warehouse already holds for their key (no new revision).</summary>
    public int Unchanged { get; set; }

    /// <summary>Where each data row starts in the file, when the file is read in a way that knows (a streamed CSV): the
    /// XLSX report reads again only the rows it lists.</summary>
    public RowOffsets Offsets { get; } = new();

    /// <summary>Data rows read so far (non-empty rows below the header).</summary>
    public int DataRows { get; set; }

    /// <summary>C0 control characters other than tab, CR and LF, and DEL: never text in a cell.</summary>
    private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    /// <summary>Counts one data row and applies the checks every row gets: row limit (file), cell length (FILE-H01),
    /// cells beyond the header (FILE-H02), control characters such as NUL (FILE-H03), bytes that are not text in the
    /// file's encoding (FILE-H04).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void CountRow(IRowSource src)
    {
        DataRows++;
        Stages?.Read(DataRows);
        if (DataRows > Options.MaxRows)
        {
            throw FileRejection.Create(FileName, "FILE-F05", $"more than {Options.MaxRows} data rows; expected at most {Options.MaxRows}",
                $"数据行超过{Options.MaxRows}行；应不超过{Options.MaxRows}行");
        }

        Offsets.Add(src.RowNumber, src is IRowOffset o ? o.Offset : -1);
        var headers = Log.Header.Headers.Count;
        var n = src.FieldCount;
        if (File.MisencodedField(src.RowNumber) is { } bad)
        {
            Log.AddAt(src.RowNumber, bad, null, src.Field(bad), "FILE-H04", File.EncodingName);
        }

        for (var i = 0; i < n; i++)
        {
            var f = src.Field(i);
            var control = HasControl(f) ? f.IndexOfAny(Controls) : -1;
            if (control >= 0)
            {
                // Shown with the character spelled out: a NUL would cut the message (and the stored name) short.
                var shown = string.Concat(f[..control], string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)f[control]:X4}"), f[(control + 1)..]);
                Log.AddAt(src.RowNumber, i, null, shown, "FILE-H03");
            }

            if (f.Length > Options.MaxCellChars)
            {
                Log.AddAt(src.RowNumber, i, null, f, "FILE-H01", Options.MaxCellChars);
            }
            else if (i >= headers && !CellParser.Trim(f).IsEmpty)
            {
                Log.AddAt(src.RowNumber, -1, null, f, "FILE-H02", headers);
                break;
            }
        }
    }

    /// <summary>Whether a cell may hold a control character: a plain loop, cheaper than a vectorised search on the short
    /// cells of a form (most hold a few digits), confirmed by the search when it says yes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasControl(ReadOnlySpan<char> f)
    {
        foreach (var c in f)
        {
            if (c < ' ' || c == '\u007F')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The data rows of the upload; footnote rows under the table are reported (FILE-I03) and skipped.</summary>
    public IRowSource OpenRows() => File.OpenData((row, text) => Log.AddAt(row, -1, null, text, "FILE-I03"));
}
