using System.Diagnostics;
using System.Globalization;
using System.Text;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>
/// The CSV reader decision of issue 10, measured: <c>csvread FILE</c> reads every field of a UTF-8 CSV with
/// <c>Common/CsvText.Parse</c> (whole text, a string per field), with <c>Ingest/CsvRowSource</c> over the whole text
/// (spans, no allocation per field) and with <c>Ingest/CsvPartSource</c> (4 MB parts from the file), best of 3 each.
/// </summary>
public static class CsvReadBenchmark
{
    public static void Run(string[] args)
    {
        var path = args[0];
        Measure.Header("csvread");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {new FileInfo(path).Length / 1e6:F1} MB"));
        Best("Common/CsvText.Parse (whole text)", () =>
        {
            long chars = 0;
            foreach (var row in CsvText.Parse(File.ReadAllText(path, Encoding.UTF8)))
            {
                foreach (var f in row)
                {
                    chars += f.Length;
                }
            }

            return chars;
        });
        Best("Ingest/CsvRowSource (whole text)", () => Count(new CsvRowSource(File.ReadAllText(path, Encoding.UTF8), ',')));
        Best("Ingest/CsvPartSource (4 MB parts)", () => Count(new CsvPartSource(File.OpenRead(path), CsvPartSource.StrictEncoding("UTF-8"), "UTF-8", ',', path)));
    }

    private static long Count(IRowSource rows)
    {
        using (rows)
        {
            long chars = 0;
            while (rows.Read())
            {
                for (var i = 0; i < rows.FieldCount; i++)
                {
                    chars += rows.Field(i).Length;
                }
            }

            return chars;
        }
    }

    private static void Best(string name, Func<long> read)
    {
        var best = TimeSpan.MaxValue;
        long allocated = 0, chars = 0;
        for (var t = 0; t < 3; t++)
        {
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var sw = Stopwatch.StartNew();
            chars = read();
            best = sw.Elapsed < best ? sw.Elapsed : best;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {best.TotalSeconds:F3} s, {allocated / 1e6:F0} MB allocated, {chars:N0} field chars"));
    }
}
