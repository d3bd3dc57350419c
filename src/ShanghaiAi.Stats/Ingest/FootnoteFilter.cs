using System.Runtime.CompilerServices;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// Skips the notes people write under a table (注：本表由协会汇总…, 说明：…, 填表人：…, 数据来源：…, Note: …): a row
/// of at most three non-empty cells whose first starts with such a marker is not data. Each skipped row is handed to
/// <c>skipped</c> (the loaders report it, FILE-I03) and is not counted as a data row.
/// </summary>
internal sealed class FootnoteFilter(IRowSource inner, Action<int, string>? skipped) : IRowSource, IRowOffset
{
    private static readonly string[] Markers =
    [
        "注：", "注:", "注 ", "注1", "注2", "说明：", "说明:", "备注：", "备注:", "填表说明", "填报说明", "填表人", "填报人", "单位负责人",
        "统计负责人", "制表", "报出日期", "数据来源", "资料来源", "note:", "notes:", "source:",
    ];

    public int RowNumber => inner.RowNumber;

    public int FieldCount => inner.FieldCount;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> Field(int index) => inner.Field(index);

    public long Offset => inner is IRowOffset o ? o.Offset : -1;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read()
    {
        while (inner.Read())
        {
            if (!IsFootnote(inner, out var text))
            {
                return true;
            }

            skipped?.Invoke(inner.RowNumber, text);
        }

        return false;
    }

    /// <summary>True when the current row is a note under the table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsFootnote(IRowSource row, out string text)
    {
        text = string.Empty;
        var first = -1;
        var cells = 0;
        for (var i = 0; i < row.FieldCount; i++)
        {
            if (!CellParser.Trim(row.Field(i)).IsEmpty)
            {
                if (++cells > 3)
                {
                    return false;
                }

                first = first < 0 ? i : first;
            }
        }

        if (first < 0)
        {
            return false;
        }

        var t = CellParser.Trim(row.Field(first));
        foreach (var m in Markers)
        {
            if (t.StartsWith(m, StringComparison.OrdinalIgnoreCase))
            {
                text = t.ToString();
                return true;
            }
        }

        return false;
    }

    public void Dispose() => inner.Dispose();
}
