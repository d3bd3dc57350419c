using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>
/// Appends a register or roster upload's rows as they are read, inside the caller's transaction, so they are never
/// held in memory: every accepted row goes straight into <c>register</c> as a current row of this upload (and, for a
/// roster, a new membership into <c>memberships</c>); every row with a valid credit code goes into the connection's
/// temp table <c>register_upload_rows</c> (row, uscc, loaded), from which <see cref="RegisterStore"/> finds the
/// duplicates and the rows of enterprises the register already holds once the whole file is read. Each table's rows are
/// handed over in batches (<see cref="BatchedAppender"/>), so DuckDB's appender does not hold them either.
/// </summary>
internal sealed class RegisterAppender : IDisposable
{
    private readonly BatchedAppender _register;
    private readonly BatchedAppender _rows;
    private readonly BatchedAppender? _memberships;
    private readonly string _source;
    private readonly string _uploadId;
    private readonly string? _association;
    private readonly DateTime _now;
    private readonly Action<int>? _appended;
    private int _count;

    /// <param name="association">The association of a roster (its new members are recorded), or null.</param>
    /// <param name="appended">Called after each register row (fault injection in tests).</param>
    public RegisterAppender(DuckDBConnection c, string source, string uploadId, string? association, DateTime now, Action<int>? appended)
    {
        Sql.Exec(c, "CREATE OR REPLACE TEMP TABLE register_upload_rows (row INTEGER, uscc VARCHAR, loaded BOOLEAN)");
        (_source, _uploadId, _association, _now, _appended) = (source, uploadId, association, now, appended);
        _rows = new BatchedAppender(c, "register_upload_rows");
        _register = new BatchedAppender(c, "register");
        _memberships = association is null ? null : new BatchedAppender(c, "memberships");
    }

    /// <summary>A row with a valid credit code; <paramref name="loaded"/> when it passed every hard edit and was appended.</summary>
    public void Code(int row, string uscc, bool loaded) => _rows.CreateRow().AppendValue(row).AppendValue(uscc).AppendValue(loaded).EndRow();

    /// <summary>An accepted row, as a current register row of this upload.</summary>
    public void Entry(RegisterEntry e)
    {
        Append(_register.CreateRow(), e, _source, _uploadId, _now);
        _appended?.Invoke(++_count);
    }

    /// <summary>A new member of the roster's association.</summary>
    public void Member(string uscc, DateOnly? since)
        => _memberships?.CreateRow().AppendValue(uscc).AppendValue(_association).AppendValue(since).AppendValue(_uploadId)
            .AppendValue((DateTime?)_now).EndRow();

    /// <summary>One register row: <paramref name="e"/>, current from <paramref name="now"/>, into the row just started.</summary>
    internal static void Append(IDuckDBAppenderRow row, RegisterEntry e, string source, string uploadId, DateTime now)
        => row.AppendValue(e.Uscc).AppendValue(e.Name).AppendValue(e.DistrictCode).AppendValue(e.ParkId)
            .AppendValue(e.IndustryCode).AppendValue(e.BusinessScope).AppendValue(e.MainProducts).AppendValue(e.RegisteredOn)
            .AppendValue(e.SizeClass).AppendValue(source).AppendValue(uploadId).AppendValue((DateTime?)now)
            .AppendNullValue().EndRow();

    public void Dispose()
    {
        _rows.Dispose();
        _register.Dispose();
        _memberships?.Dispose();
    }
}
