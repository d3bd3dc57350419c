using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace ShanghaiAi.Stats.Tests.Ingest.Support;

/// <summary>XLSX packages whose text cells refer to a shared string table, as Excel and the generator write them, written
/// as they stream: a large member roster without holding it in the test's memory.</summary>
public static class SharedStringWorkbooks
{
    /// <summary>The generator's roster header (with its personal contact columns).</summary>
    public static readonly string[] RosterHeader =
        ["序号", "单位详细名称", "统一社会信用代码", "行政区划代码", "所在园区", "国民经济行业代码", "经营范围", "主要产品", "成立日期", "是否规上", "入会日期", "联系人", "联系电话", "电子邮箱"];

    /// <summary>A valid credit code of Pudong (310115) for any <paramref name="i"/> below 1,000,000.</summary>
    public static string Uscc(int i) => Stats.Common.Uscc.WithCheck(string.Create(CultureInfo.InvariantCulture, $"91310115000{i:D6}"));

    /// <summary>A member roster of <paramref name="rows"/> valid, distinct members: each row's name, code, business scope
    /// (about 150 characters), products and contacts are strings of their own; the short repeated values (district,
    /// industry, size, dates) are shared, so the sheet asks for most new strings in order and for the short ones again.</summary>
    public static void Roster(string path, int rows)
    {
        var shared = new Dictionary<string, int>(StringComparer.Ordinal);
        var sstPath = path + ".sst";
        var count = 0;
        try
        {
            using (var zip = new ZipArchive(new FileStream(path, FileMode.Create, FileAccess.ReadWrite), ZipArchiveMode.Create))
            {
                StreamedWorkbooks.Skeleton(zip);
                using (var sst = new StreamWriter(sstPath, false, new UTF8Encoding(false)))
                using (var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false)))
                {
                    int Index(string text, bool reuse)
                    {
                        if (reuse && shared.TryGetValue(text, out var k))
                        {
                            return k;
                        }

                        sst.Write("<si><t>");
                        sst.Write(SecurityElement.Escape(text));
                        sst.Write("</t></si>");
                        if (reuse)
                        {
                            shared[text] = count;
                        }

                        return count++;
                    }

                    sheet.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                    sheet.Write("<row r=\"1\">");
                    foreach (var h in RosterHeader)
                    {
                        sheet.Write(string.Create(CultureInfo.InvariantCulture, $"<c t=\"s\"><v>{Index(h, true)}</v></c>"));
                    }

                    sheet.Write("</row>");
                    for (var i = 1; i <= rows; i++)
                    {
                        var cells = RosterRow(i);
                        sheet.Write(string.Create(CultureInfo.InvariantCulture, $"<row r=\"{i + 1}\"><c><v>{i}</v></c>"));
                        for (var c = 1; c < cells.Length; c++)
                        {
                            sheet.Write(string.Create(CultureInfo.InvariantCulture, $"<c t=\"s\"><v>{Index(cells[c], cells[c].Length <= 10)}</v></c>"));
                        }

                        sheet.Write("</row>");
                    }

                    sheet.Write("</sheetData></worksheet>");
                }

                using var part = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Fastest).Open();
                part.Write(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                    $"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"{count}\" uniqueCount=\"{count}\">")));
                using (var f = File.OpenRead(sstPath))
                {
                    f.CopyTo(part);
                }

                part.Write("</sst>"u8);
            }
        }
        finally
        {
            File.Delete(sstPath);
        }
    }

    /// <summary>Row <paramref name="i"/> of <see cref="Roster"/>, one cell per header column (the first is its number).</summary>
    public static string[] RosterRow(int i)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        return
        [
            n, $"上海智算{n}科技有限公司", Uscc(i), "310115", string.Empty, "6513",
            $"从事人工智能科技、计算机科技领域内的技术开发、技术咨询、技术服务、技术转让，智慧政务系统开发（项目{n}），基于人工智能的城市治理服务，人工智能应用软件开发，数字城市规划咨询，企业管理咨询【依法须经批准的项目，经相关部门批准后方可开展经营活动】",
            $"智慧政务系统{n}型、智慧交通信号优化", "2019-05-01", i % 3 == 0 ? "规上" : "规下", "2021-03-01",
            "王伟", $"138{i:D8}", $"m{n}@example.cn",
        ];
    }
}
