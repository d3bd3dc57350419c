using System.Text;
using ExcelDataReader;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Classify;

internal sealed partial class RegisterFileReader
{
    /// <summary>The first sheet of an .xlsx or a legacy .xls (told apart by content), streamed; the header row is the first of the first 20 rows that names uscc and another register column.</summary>
    private IEnumerable<RawRegisterRow> ReadXlsx(string path)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        IExcelDataReader excel;
        try
        {
            excel = ExcelReaderFactory.CreateReader(stream, new ExcelReaderConfiguration { FallbackEncoding = Encoding.GetEncoding("GB18030") });
        }
        catch (Exception e) when (e is not StatsException)
        {
            throw new StatsException($"{_file}: not a readable XLSX or XLS workbook ({e.Message})", e);
        }

        using (excel)
        {
            int[]? map = null;
            var row = 0;
            var cells = new List<string?>();
            while (Next(excel, row))
            {
                row++;
                cells.Clear();
                for (var i = 0; i < excel.FieldCount; i++)
                {
                    cells.Add(ExcelCellText.Of(excel.GetValue(i)));
                }

                if (map is null)
                {
                    if (IsHeader(cells))
                    {
                        map = MapHeader(cells);
                    }
                    else if (row >= 20)
                    {
                        throw new StatsException($"{_file}: expected a header row naming uscc (统一社会信用代码) within the first 20 rows, found none");
                    }

                    continue;
                }

                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                yield return new RawRegisterRow(row, [.. cells], map, null);
            }

            if (map is null)
            {
                throw new StatsException($"{_file}: expected a header row naming uscc (统一社会信用代码), found none");
            }
        }
    }

    /// <summary>The next row; a workbook that breaks while it is read (a damaged sheet) names the file and the row it
    /// could not read (ExcelDataReader can fail in any way on a damaged BIFF file: seen IndexOutOfRangeException,
    /// ArgumentException).</summary>
    private bool Next(IExcelDataReader excel, int row)
    {
        try
        {
            return excel.Read();
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StatsException)
        {
            throw new StatsException($"{_file}: the workbook is damaged at row {row + 1} ({e.Message})", e);
        }
    }
}
