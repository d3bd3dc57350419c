using System.Globalization;
using System.Text;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// The issues of an upload, kept compactly as they are found (issue 15: memory must not grow with the warnings of a
/// file). Each is written as a record of its parts (row, field, column, header, value, rule, expected values; the
/// bilingual messages are made from them again when read) to a buffer in memory, and once that holds more than
/// <c>spillAboveBytes</c>, to a temporary file (deleted when closed); only a 16-byte entry per record stays in memory.
/// The reports read the records back in row order (order found within a row, as a stable sort by row gives).
/// </summary>
internal sealed class IssueSpill(string file, int spillAboveBytes) : IDisposable
{
    private const int OffsetBits = 48;
    private const long OffsetMask = (1L << OffsetBits) - 1;
    private const long CellOnly = 1L << 62;

    private Stream _data = new MemoryStream();
    private BinaryWriter? _writer;
    private long[] _keys = new long[64];
    private long[] _values = new long[64];
    private int _sortedCount = -1;

    /// <summary>Records written (listed issues and cells only).</summary>
    public int Count { get; private set; }

    /// <summary>True once the records went to a temporary file.</summary>
    public bool Spilled { get; private set; }

    /// <summary>The bilingual messages of an issue, as the reports show them.</summary>
    public static (string En, string Zh) Messages(string file, int row, string? head, string shown, Rule rule, string expEn, string expZh)
    {
        var whereEn = row > 0 ? string.Create(CultureInfo.InvariantCulture, $" row {row}") : string.Empty;
        var whereZh = row > 0 ? string.Create(CultureInfo.InvariantCulture, $" 第{row}行") : string.Empty;
        var colEn = head is null ? string.Empty : $", column {head}";
        var colZh = head is null ? string.Empty : $"，{head}列";
        return ($"{file}{whereEn}{colEn}: {rule.TitleEn}; expected {expEn}, found '{shown}' [{rule.Id}]",
            $"{file}{whereZh}{colZh}：{rule.TitleZh}；应为{expZh}，实为“{shown}”［{rule.Id}］");
    }

    /// <summary>Records a listed issue.</summary>
    public void AddIssue(int row, int field, string? column, string? head, string shown, Rule rule, string expEn, string expZh)
    {
        var w = Begin(row, (long)rule.Severity << OffsetBits);
        w.Write(row);
        w.Write(field);
        Text(w, column);
        Text(w, head);
        w.Write(shown);
        w.Write(rule.Id);
        w.Write(expEn);
        w.Write(expZh);
        End();
    }

    /// <summary>Records only a cell to highlight (an issue beyond the listed ones).</summary>
    public void AddCell(int row, int field, RuleSeverity severity)
    {
        var w = Begin(row, CellOnly | ((long)severity << OffsetBits));
        w.Write(row);
        w.Write(field);
        End();
    }

    /// <summary>Every record's row, severity and whether it is a listed issue, in the order added (from memory).</summary>
    public IEnumerable<(int Row, RuleSeverity Severity, bool Listed)> Entries()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return ((int)(_keys[i] >> 32), (RuleSeverity)((_values[i] >> OffsetBits) & 3), (_values[i] & CellOnly) == 0);
        }
    }

    /// <summary>Every record in row order (the order found within a row); <paramref name="listedOnly"/> leaves out the
    /// cells of issues beyond the listed ones.</summary>
    public IEnumerable<LoggedIssue> InRowOrder(bool listedOnly)
    {
        Sort();
        _writer?.Flush();
        using var reader = new BinaryReader(_data, Encoding.UTF8, leaveOpen: true);
        for (var i = 0; i < Count; i++)
        {
            var v = _values[i];
            if (listedOnly && (v & CellOnly) != 0)
            {
                continue;
            }

            _data.Position = v & OffsetMask;
            var row = reader.ReadInt32();
            var field = reader.ReadInt32();
            var severity = (RuleSeverity)((v >> OffsetBits) & 3);
            if ((v & CellOnly) != 0)
            {
                yield return new LoggedIssue(row, field, severity, null);
                continue;
            }

            var column = Text(reader);
            var head = Text(reader);
            var shown = reader.ReadString();
            var rule = RuleCatalogue.Get(reader.ReadString());
            var (en, zh) = Messages(file, row, head, shown, rule, reader.ReadString(), reader.ReadString());
            yield return new LoggedIssue(row, field, severity, new Issue(row, column, head, shown, rule.Id, rule.Severity, en, zh));
        }

        _data.Position = _data.Length;
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _data.Dispose();
    }

    private BinaryWriter Begin(int row, long value)
    {
        _writer ??= new BinaryWriter(_data, Encoding.UTF8, leaveOpen: true);
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _values, Count * 2);
        }

        _keys[Count] = ((long)row << 32) | (uint)Count;
        _values[Count] = value | _data.Position;
        Count++;
        return _writer;
    }

    private void End()
    {
        if (Spilled || _data.Length <= spillAboveBytes)
        {
            return;
        }

        // Beyond the window: the records so far and all later ones go to a temporary file (kept in memory when none
        // can be made: the upload goes on).
        FileStream spill;
        try
        {
            spill = new FileStream(Path.Combine(Path.GetTempPath(), "aistats-issues-" + Guid.NewGuid().ToString("N") + ".tmp"),
                FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Spilled = true;
            return;
        }

        _writer!.Flush();
        _data.Position = 0;
        _data.CopyTo(spill);
        _writer.Dispose();
        _data.Dispose();
        _data = spill;
        _writer = new BinaryWriter(_data, Encoding.UTF8, leaveOpen: true);
        Spilled = true;
    }

    /// <summary>Orders the entries by (row, order added); keys are unique, so any sort gives the stable order.</summary>
    private void Sort()
    {
        if (_sortedCount == Count)
        {
            return;
        }

        if (_sortedCount >= 0)
        {
            throw new InvalidOperationException("issues were added after they were read in row order");
        }

        Array.Sort(_keys, _values, 0, Count);
        _sortedCount = Count;
    }

    private static void Text(BinaryWriter w, string? s)
    {
        w.Write(s is not null);
        if (s is not null)
        {
            w.Write(s);
        }
    }

    private static string? Text(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
}
