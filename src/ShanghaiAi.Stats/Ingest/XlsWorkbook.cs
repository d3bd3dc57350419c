using System.Text;
using ExcelDataReader;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// A legacy Excel 97-2003 workbook (.xls: BIFF in an OLE compound file), read whole with ExcelDataReader into the text
/// of its cells, sheet by sheet, with the row numbers Excel shows. The upload size limit bounds it (a sheet holds at
/// most 65,536 rows). Cells read as a person sees them (<see cref="ExcelCellText"/>); text without a code page of its
/// own is taken as GB18030, which Chinese Excel writes.
/// </summary>
internal sealed class XlsWorkbook
{
    private readonly List<List<(int Row, string[] Cells)>> _rows;

    private XlsWorkbook(List<string> names, List<List<(int Row, string[] Cells)>> rows)
    {
        Sheets = names;
        _rows = rows;
    }

    /// <summary>The sheet names, in workbook order.</summary>
    public IReadOnlyList<string> Sheets { get; }

    /// <summary>Reads every sheet; an unreadable, truncated or encrypted workbook throws <see cref="InvalidDataException"/>.</summary>
    public static XlsWorkbook Read(byte[] bytes)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var names = new List<string>();
        var sheets = new List<List<(int, string[])>>();
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var excel = ExcelReaderFactory.CreateBinaryReader(stream, new ExcelReaderConfiguration { FallbackEncoding = Encoding.GetEncoding("GB18030") });
            do
            {
                names.Add(excel.Name ?? string.Empty);
                var rows = new List<(int, string[])>();
                while (excel.Read())
                {
                    var cells = new string[excel.FieldCount];
                    var any = false;
                    for (var i = 0; i < cells.Length; i++)
                    {
                        cells[i] = ExcelCellText.Of(excel.GetValue(i)) ?? string.Empty;
                        any |= !string.IsNullOrWhiteSpace(cells[i]);
                    }

                    if (any)
                    {
                        rows.Add((excel.Depth + 1, cells));
                    }
                }

                sheets.Add(rows);
            }
            while (excel.NextResult());
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StatsException)
        {
            // A damaged workbook can make the parser fail in any way (seen: ExcelReaderException, EndOfStreamException,
            // OverflowException): all of them mean the file cannot be read.
            throw new InvalidDataException(e.Message, e);
        }

        return new XlsWorkbook(names, sheets);
    }

    public IRowSource OpenSheet(int index) => new Source(_rows[index]);

    /// <summary>One sheet's non-empty rows.</summary>
    private sealed class Source(List<(int Row, string[] Cells)> rows) : IRowSource
    {
        private int _index = -1;

        public int RowNumber => rows[_index].Row;

        public int FieldCount => rows[_index].Cells.Length;

        public bool Read() => ++_index < rows.Count;

        public ReadOnlySpan<char> Field(int index) => index < FieldCount ? rows[_index].Cells[index] : [];

        public void Dispose()
        {
        }
    }
}
