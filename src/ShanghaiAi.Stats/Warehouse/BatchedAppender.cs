using DuckDB.NET.Data;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>
/// A DuckDB appender that hands its rows to the table every <see cref="RowsPerBatch"/> rows. DuckDB's appender keeps the
/// rows it was given in its own buffer, outside the memory limit, until about 200,000 rows have come (then it appends
/// them to the table): a 200,000-row roster was held there whole, about 130 MB of a roster ingest's peak memory
/// (issue 15). Closing the appender hands its rows over; a new one takes the next rows, in the same order and the same
/// transaction.
/// </summary>
internal sealed class BatchedAppender : IDisposable
{
    /// <summary>Rows per batch: small enough to keep a batch of wide register rows to a few MB, large enough that opening
    /// an appender (a catalogue look-up) costs nothing measurable.</summary>
    public const int RowsPerBatch = 8_192;

    private readonly DuckDBConnection _c;
    private readonly string _table;
    private DuckDBAppender _appender;
    private int _rows;

    public BatchedAppender(DuckDBConnection c, string table)
    {
        (_c, _table) = (c, table);
        _appender = c.CreateAppender(table);
    }

    /// <summary>Starts a row (end it with <see cref="IDuckDBAppenderRow.EndRow"/> before the next).</summary>
    public IDuckDBAppenderRow CreateRow()
    {
        if (_rows == RowsPerBatch)
        {
            _appender.Dispose();
            _appender = _c.CreateAppender(_table);
            _rows = 0;
        }

        _rows++;
        return _appender.CreateRow();
    }

    public void Dispose() => _appender.Dispose();
}
