using DuckDB.NET.Data;
using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;

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

    /// <summary>Source label of register rows: "register" or "association:ID".</summary>
    public string Source => Request.Role == "association" ? "association:" + Request.Actor : "register";

    public Period CurrentMonth => Period.FromDate(Now);

    public DateOnly Today => DateOnly.FromDateTime(Now);

    /// <summary>Data rows read so far (non-empty rows below the header).</summary>
    public int DataRows { get; set; }

    /// <summary>Counts one data row and applies the checks every row gets: row limit (file), cell length (FILE-H01),
    /// cells beyond the header (FILE-H02).</summary>
    public void CountRow(IRowSource src)
    {
        DataRows++;
        if (DataRows > Options.MaxRows)
        {
            throw FileRejection.Create(FileName, "FILE-F05", $"more than {Options.MaxRows} data rows; expected at most {Options.MaxRows}",
                $"数据行超过{Options.MaxRows}行；应不超过{Options.MaxRows}行");
        }

        var headers = Log.Header.Headers.Count;
        var n = src.FieldCount;
        for (var i = 0; i < n; i++)
        {
            var f = src.Field(i);
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

    public void Exec(string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args)
        {
            cmd.Parameters.Add(new DuckDBParameter(name, value));
        }

        cmd.ExecuteNonQuery();
    }
}
