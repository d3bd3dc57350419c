using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Pipeline;
using static ShanghaiAi.Stats.Tests.Support.TestFiles;

namespace ShanghaiAi.Stats.Tests.Pipeline;

public sealed class RegisterFileClassificationTests : IDisposable
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cls-file-" + Guid.NewGuid().ToString("N"));

    public RegisterFileClassificationTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, true);

    private static string[][] Rows() =>
    [
        [Uscc(1), "上海甲机器人有限公司", "3491", "工业机器人制造", "焊接机器人"],
        [Uscc(2), "上海乙智能化工程有限公司", "4999", "建筑智能化工程施工；智能卡销售", ""],
        [Uscc(3), "上海丙科技有限公司", "6513", "基于计算机视觉的交通违章识别系统开发", "电子警察"],
    ];

    private static readonly string[] Expected =
    [
        ClassificationCsv.Header,
        $"{Uscc(1)},0401,04,,class,N,0.98,N,经营范围 matched 工业机器人 (0401); 主要产品 matched 机器人 (0401); industry 3491 is wholly in scope (0401); rule 3: whole class decides 0401",
        $"{Uscc(2)},00,00,,none,N,0.80,N,\"excluded 建筑智能化工程, 智能卡, 智能化工程 (not AI signals); rule 1: no AI signal\"",
        $"{Uscc(3)},0506,05,0303,text,N,0.85,N,\"经营范围 matched 计算机视觉 (0303), 交通 (0506 context term), 违章 (0506 context term); 主要产品 matched 电子警察 (0506 context term); industry 6513 is partly AI (*); rule 2: 0506 precedes 0303\"",
    ];

    [Fact]
    public void Run_Utf8CsvWithBomAndChineseHeaders_WritesTheContractColumns()
    {
        var path = WriteCsv("register.csv", "统一社会信用代码,单位详细名称,行业代码,经营范围,主要产品（名称）", new UTF8Encoding(true));
        var s = RegisterFileClassification.Run(Classifier, path, Out());
        (s.DataRows, s.Classified, s.Rejected, s.Duplicates, s.InScope).Should().Be((3, 3, 0, 0, 2));
        File.ReadAllText(Out(), Encoding.UTF8).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(Expected);
    }

    [Fact]
    public void Run_Gb18030Csv_ReadsChineseWithoutGarbling()
    {
        var path = WriteCsv("register-gbk.csv", "信用代码,企业名称,国民经济行业代码,经营范围,主要业务活动", TextEncodings.Gb18030);
        RegisterFileClassification.Run(Classifier, path, Out()).Classified.Should().Be(3);
        File.ReadAllText(Out(), Encoding.UTF8).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(Expected);
    }

    [Fact]
    public void Run_LegacyXls_ClassifiesLikeTheSameRowsInCsv()
    {
        // Written by SheetJS from Corpus/register-base.csv (Ingest/Corpus/xls/make-xls.js), with a title row.
        var xls = RegisterFileClassification.Run(Classifier, PathOf("Ingest/Corpus/xls/register-base.xls"), Out("xls.csv"));
        var csv = RegisterFileClassification.Run(Classifier, PathOf("Ingest/Corpus/register-base.csv"), Out("csv.csv"));

        xls.Problems.Should().BeEmpty();
        xls.Classified.Should().Be(6);
        File.ReadAllText(Out("xls.csv"), Encoding.UTF8).Should().Be(File.ReadAllText(Out("csv.csv"), Encoding.UTF8));
    }

    [Fact]
    public void Run_XlsxBrokenBelowTheHeader_FailsNamingTheFileAndTheRow()
    {
        var path = Path.Combine(_dir, "register-broken.xlsx");
        using (var wb = new XLWorkbook())
        {
            var ws = wb.AddWorksheet("名录");
            string[] header = ["统一社会信用代码", "单位名称", "行业代码", "经营范围", "主要产品"];
            for (var c = 0; c < header.Length; c++)
            {
                ws.Cell(1, c + 1).Value = header[c];
            }

            for (var r = 2; r <= 200; r++)
            {
                ws.Cell(r, 1).SetValue(Uscc(r));
                ws.Cell(r, 2).SetValue("上海测试智能科技有限公司");
                ws.Cell(r, 3).SetValue("6513");
                ws.Cell(r, 4).SetValue("人工智能软件开发");
                ws.Cell(r, 5).SetValue("大模型平台");
            }

            wb.SaveAs(path);
        }

        DamagedFiles.BreakSheetAtRow(path, 120);

        FluentActions.Invoking(() => RegisterFileClassification.Run(Classifier, path, Out())).Should().Throw<StatsException>()
            .Where(e => e.Message.StartsWith("register-broken.xlsx: after row 119, the XLSX is corrupt or truncated (", StringComparison.Ordinal) && e.Message.Contains("Unexpected end of file", StringComparison.Ordinal)
                && e.Message.Contains("[FILE-F03]", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_DamagedXls_FailsNamingTheFileAndTheRowNotACrash()
    {
        // A seeded damage (DamagedFiles.Damaged, seed 40: up to 15 bytes past the compound-file header) on which
        // ExcelDataReader throws ArgumentException while reading the first row.
        var path = Path.Combine(_dir, "damaged.xls");
        File.WriteAllBytes(path, DamagedFiles.Damaged(File.ReadAllBytes(PathOf("Ingest/Corpus/xls/register-base.xls")), 40));

        FluentActions.Invoking(() => RegisterFileClassification.Run(Classifier, path, Out())).Should().Throw<StatsException>()
            .WithMessage("damaged.xls: the XLS workbook is corrupt, truncated or password-protected (*); expected a CSV (UTF-8 or GB18030), XLSX, XLS or JSON array file [FILE-F03] / *");
    }

    [Fact]
    public void Run_XlsxWithTitleRowsAboveTheHeader_ReadsFirstSheet()
    {
        var path = Path.Combine(_dir, "register.xlsx");
        using (var wb = new XLWorkbook())
        {
            var ws = wb.AddWorksheet("名录");
            ws.Cell(1, 1).Value = "人工智能企业名录（2026年）";
            ws.Range(1, 1, 1, 5).Merge();
            string[] header = ["统一社会信用代码", "单位名称", "行业代码", "经营范围", "主要产品"];
            for (var c = 0; c < header.Length; c++)
            {
                ws.Cell(3, c + 1).Value = header[c];
            }

            var rows = Rows();
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var cell = ws.Cell(4 + r, c + 1);
                    if (c == 2)
                    {
                        cell.Value = int.Parse(rows[r][c], System.Globalization.CultureInfo.InvariantCulture); // industry code as a number
                    }
                    else
                    {
                        cell.DataType = XLDataType.Text; // an all-digit USCC must be stored as text, as Excel users do with '
                        cell.SetValue(rows[r][c]);
                    }
                }
            }

            wb.SaveAs(path);
        }

        var s = RegisterFileClassification.Run(Classifier, path, Out());
        s.Problems.Should().BeEmpty();
        s.Classified.Should().Be(3);
        File.ReadAllText(Out(), Encoding.UTF8).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(Expected);
    }

    [Fact]
    public void Run_JsonArrayOfObjects_Reads()
    {
        var path = Path.Combine(_dir, "register.json");
        var objects = Rows().Select(r => new Dictionary<string, string> { ["uscc"] = r[0], ["name"] = r[1], ["industry_code"] = r[2], ["business_scope"] = r[3], ["main_products"] = r[4] });
        File.WriteAllText(path, JsonSerializer.Serialize(objects));
        RegisterFileClassification.Run(Classifier, path, Out()).Classified.Should().Be(3);
        File.ReadAllText(Out(), Encoding.UTF8).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(Expected);
    }

    [Fact]
    public void Run_UnreadableAndDuplicateRows_AreReportedUnderTheRegisterRulesNotSkipped()
    {
        var path = Path.Combine(_dir, "bad.csv");
        File.WriteAllText(path, string.Join('\n',
            "uscc,name,industry_code,business_scope,备注",
            $"{Uscc(1)},上海甲有限公司,6513,人脸识别,123",
            "91310115000000001X,上海乙有限公司,6513,软件开发,1",
            $"{Uscc(2)},,6513,软件开发,1",
            $"{Uscc(3)},上海丙有限公司,65130,软件开发,1",
            $",上海丁有限公司,6513",
            $"{Uscc(1).ToLowerInvariant()},上海甲有限公司,6513,人脸识别,123") + "\n");

        var s = RegisterFileClassification.Run(Classifier, path, Out());

        (s.DataRows, s.Classified, s.Rejected, s.Duplicates).Should().Be((6, 1, 4, 1));
        s.UnknownColumns.Should().Equal("备注");
        s.Problems.Select(s.Describe).Should().Equal(
            "bad.csv row 3, column uscc: not a valid unified social credit code (check character should be 'U', found 'X'), found '91310115000000001X' [REG-H02]",
            "bad.csv row 4, column name: expected the enterprise name, found an empty cell [REG-H03]",
            "bad.csv row 5, column industry_code: expected a GB/T 4754-2017 class of 4 digits, found '65130' [REG-H07]",
            "bad.csv row 6, column uscc: expected the unified social credit code, found an empty cell [REG-H01]",
            $"bad.csv row 7, column uscc: duplicate enterprise, first at row 2 (that row is classified), found '{Uscc(1)}' [REG-H10]");
        File.ReadAllLines(s.RejectedFile!).Should().HaveCount(6).And.Subject.First().Should().Be("row,column,value,rule,problem");
    }

    [Fact]
    public void Run_MissingUsccColumn_FailsWithTheUploadRule()
    {
        var path = Path.Combine(_dir, "nouscc.csv");
        File.WriteAllText(path, "name,经营范围\n上海甲有限公司,软件开发\n");
        FluentActions.Invoking(() => RegisterFileClassification.Run(Classifier, path, Out())).Should().Throw<StatsException>()
            .Which.Message.Should().StartWith("nouscc.csv: row 1: required column(s) missing: uscc; found: name, 经营范围 [FILE-F06]");
    }

    [Fact]
    public void Run_ManyRowsOverSeveralBatches_KeepsInputOrder()
    {
        var path = Path.Combine(_dir, "many.csv");
        var scopes = new[] { "工业机器人制造", "软件开发", "数据标注服务", "智能家居销售" };
        File.WriteAllLines(path, new[] { "uscc,name,business_scope" }.Concat(Enumerable.Range(1, 9000).Select(i => $"{Uscc(i)},企业{i},{scopes[i % 4]}")));
        var s = RegisterFileClassification.Run(Classifier, path, Out(), workers: 2);
        s.Classified.Should().Be(9000);
        s.ByCategory.Should().Equal(new Dictionary<string, int> { ["00"] = 4500, ["0202"] = 2250, ["0401"] = 2250 });
        File.ReadLines(Out()).Skip(1).Select(l => l[..18]).Should().Equal(Enumerable.Range(1, 9000).Select(Uscc));
    }

    [Fact]
    public void Run_Utf8FileLargerThanOneReadBuffer_IsNotMistakenForGb18030()
    {
        var path = Path.Combine(_dir, "large.csv");
        var rows = Enumerable.Range(1, 9000).Select(i => $"{Uscc(i)},上海企业{i}有限公司,人脸识别算法开发；大语言模型的研发；数据处理和存储支持服务").ToList();
        byte[] bytes;
        var pad = string.Empty;
        do
        {
            // pad the header until a 3-byte character straddles the first 1 MB read
            bytes = new UTF8Encoding(false).GetBytes(string.Join('\n', new[] { "uscc,name,business_scope" + pad }.Concat(rows)) + "\n");
            pad += " ";
            pad = pad.Length > 400 ? throw new InvalidOperationException("no straddle") : pad;
        }
        while ((bytes[1 << 20] & 0xC0) != 0x80);
        File.WriteAllBytes(path, bytes);

        RegisterFileClassification.Run(Classifier, path, Out()).ByCategory.Should().Equal(new Dictionary<string, int> { ["0301"] = 9000 });
    }

    [Fact]
    public void Run_AsciiThenGb18030PastEightMegabytes_IsReadWholeAsGb18030()
    {
        // The whole file is decoded before any row is read (as an upload is), so a GB18030 row far down is not garbled.
        var path = Path.Combine(_dir, "mixed.csv");
        var ascii = string.Concat(Enumerable.Range(1, 160_000).Select(i => $"{Uscc(i)},Company {i},software development\n"));
        using (var f = File.Create(path))
        {
            f.Write(Encoding.ASCII.GetBytes("uscc,name,business_scope\n" + ascii));
            f.Write(TextEncodings.Gb18030.GetBytes($"{Uscc(200_000)},上海甲有限公司,人脸识别系统开发\n"));
        }

        new FileInfo(path).Length.Should().BeGreaterThan(8L << 20);
        var s = RegisterFileClassification.Run(Classifier, path, Out());
        (s.Classified, s.ByCategory["0306"]).Should().Be((160_001, 1));
        File.ReadLines(Out()).Last().Should().StartWith($"{Uscc(200_000)},0306,03,,text,N,");
    }

    private string Out() => Path.Combine(_dir, "out.csv");

    private string Out(string name) => Path.Combine(_dir, name);

    private string WriteCsv(string name, string header, Encoding encoding)
    {
        var path = Path.Combine(_dir, name);
        var lines = new[] { header }.Concat(Rows().Select(CsvText.Line));
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", encoding);
        return path;
    }
}
