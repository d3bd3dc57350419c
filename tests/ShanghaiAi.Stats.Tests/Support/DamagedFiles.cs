using System.Text;

namespace ShanghaiAi.Stats.Tests.Support;

/// <summary>Damage done to good files in a repeatable way, for any reader's tests.</summary>
public static class DamagedFiles
{
    /// <summary>Cuts the first sheet of an XLSX off inside row <paramref name="row"/>: the rows above still read, then
    /// the XML ends unclosed, as a damaged or truncated file does.</summary>
    public static void BreakSheetAtRow(string path, int row)
    {
        using var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update);
        var entry = zip.GetEntry("xl/worksheets/sheet1.xml") ?? throw new InvalidOperationException(path + " has no xl/worksheets/sheet1.xml");
        string xml;
        using (var r = new StreamReader(entry.Open(), Encoding.UTF8))
        {
            xml = r.ReadToEnd();
        }

        entry.Delete();
        var tag = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"row r=\"{row}\"");
        var cut = xml.IndexOf("<x:" + tag, StringComparison.Ordinal) is var i and >= 0 ? i : xml.IndexOf("<" + tag, StringComparison.Ordinal);
        if (cut < 0)
        {
            throw new InvalidOperationException($"{path}: no row {row} to cut");
        }

        using var w = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false));
        w.Write(xml[..cut] + "<" + tag + "><c t=\"str\"><v>broken");
    }

    /// <summary>A copy of <paramref name="bytes"/> with 1-15 bytes overwritten at a seeded place past the first 512 (the
    /// compound-file header of an .xls stays whole, so the damage reaches the workbook's records).</summary>
    public static byte[] Damaged(byte[] bytes, int seed)
    {
        var rnd = new Random(seed);
        var damaged = (byte[])bytes.Clone();
        var at = rnd.Next(512, damaged.Length - 16);
        var n = rnd.Next(1, 16);
        for (var k = 0; k < n; k++)
        {
            damaged[at + k] = (byte)rnd.Next(256);
        }

        return damaged;
    }
}
