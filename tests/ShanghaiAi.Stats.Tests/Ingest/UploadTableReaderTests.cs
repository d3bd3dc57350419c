using System.Text;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;

namespace ShanghaiAi.Stats.Tests.Ingest;

public sealed class UploadTableReaderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "upload-table-" + Guid.NewGuid().ToString("N"));

    public UploadTableReaderTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void Open_LargeCsvWithQuotedLineBreaks_StreamsEveryRowWithTheRecordNumber()
    {
        var path = Path.Combine(_dir, "large.csv");
        const int rows = 200_000;
        using (var w = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            w.Write("统一社会信用代码,单位名称,经营范围\n");
            for (var i = 1; i <= rows; i++)
            {
                w.Write(i % 1000 == 0 ? $"{TestFiles.Uscc(i)},企业{i},\"人工智能软件开发\n数据处理，\"\"大模型\"\"平台\"\n" : $"{TestFiles.Uscc(i)},上海某某智能科技有限公司{i},人工智能软件开发；数据处理；技术服务、技术开发\n");
            }
        }

        new FileInfo(path).Length.Should().BeGreaterThan(UploadTableReader.StreamAboveBytes);
        using var reader = UploadTableReader.Open(path, IngestKinds.Register, ["uscc", "name"]);
        int n = 0, last = 0;
        string? quoted = null;
        while (reader.Read())
        {
            n++;
            last = reader.RowNumber;
            if (reader.Cell(0) == TestFiles.Uscc(150_000))
            {
                quoted = reader.Cell(5);
                reader.RowNumber.Should().Be(150_001);
            }
        }

        (n, last).Should().Be((rows, rows + 1));
        quoted.Should().Be("人工智能软件开发\n数据处理，\"大模型\"平台");
        reader.Describe().Should().Be("CSV, UTF-8, delimiter ,");
    }

    [Fact]
    public void Open_LargeUtf8CsvThatTurnsGb18030_FailsNamingTheFileAndTheLastRowRead()
    {
        var path = Path.Combine(_dir, "mixed.csv");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using (var f = File.Create(path))
        {
            f.Write(Encoding.ASCII.GetBytes("uscc,name,business_scope\n" + string.Concat(Enumerable.Range(1, 400_000).Select(i => $"{TestFiles.Uscc(i)},Company {i},software development\n"))));
            f.Write(Encoding.GetEncoding("GB18030").GetBytes($"{TestFiles.Uscc(500_000)},上海甲有限公司,人工智能\n"));
        }

        new FileInfo(path).Length.Should().BeGreaterThan(UploadTableReader.StreamAboveBytes);
        var read = 0;
        var act = () =>
        {
            using var reader = UploadTableReader.Open(path, IngestKinds.Register, ["uscc", "name"]);
            while (reader.Read())
            {
                read++;
            }
        };

        act.Should().Throw<StatsException>().WithMessage("mixed.csv: after row *, the text cannot be decoded (not valid UTF-8 text (*)); expected a CSV (UTF-8 or GB18030), XLSX, XLS or JSON array file [FILE-F03] / *");
        read.Should().BeGreaterThan(350_000);
    }
}
