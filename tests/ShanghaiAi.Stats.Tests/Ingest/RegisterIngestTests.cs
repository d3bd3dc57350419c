using System.Globalization;
using System.Text;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Ingest;

/// <summary>The register load reads and validates on one thread and appends on the connection's (issue 15): rows cross
/// from one to the other in batches of 1,024, so these files span several batches, read in parts as a large CSV is.</summary>
public sealed class RegisterIngestTests
{
    private const int Rows = 5_000;

    [Fact]
    public void Ingest_RegisterOfSeveralBatches_RegisterHoldsTheAcceptedRowsInFileOrder()
    {
        using var bed = new IngestBed(o => o with { StreamTextAboveBytes = 0, StreamPartBytes = 4096 });
        var codes = Enumerable.Range(0, Rows).Select(Code).ToArray();
        codes[2_500] = codes[10]; // a duplicate in another batch: every row of the code is rejected (REG-H10)
        codes[4_000] = codes[10];
        var path = bed.Write("register.csv", Csv(codes, badDistrictAt: 3_333));

        var r = bed.Ingest(IngestKinds.Register, path);

        (r.DataRows, r.Accepted, r.Rejected, r.Duplicates).Should().Be((Rows, Rows - 4, 1, 3));
        var expected = codes.Where((c, i) => c != codes[10] && i != 3_333).ToList();
        Codes(bed, "SELECT uscc FROM register ORDER BY rowid").Should().Equal(expected);
        Codes(bed, "SELECT uscc FROM classifications WHERE valid_to IS NULL ORDER BY uscc").Should().Equal(expected.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ingest_RegisterPassingTheRowLimitAfterSeveralBatches_RejectedWholeAndNothingLoaded()
    {
        using var bed = new IngestBed(o => o with { StreamTextAboveBytes = 0, StreamPartBytes = 4096, MaxRows = 3_000 });
        var path = bed.Write("register.csv", Csv([.. Enumerable.Range(0, Rows).Select(Code)], badDistrictAt: -1));

        var act = () => bed.Ingest(IngestKinds.Register, path);

        FileRejection.RuleOf(act.Should().Throw<StatsException>().Which).Should().Be("FILE-F05");
        bed.Scalar<string>("SELECT status FROM uploads").Should().Be("rejected-file");
        bed.Scalar<long>("SELECT count(*) FROM register").Should().Be(0);
        bed.Scalar<long>("SELECT count(*) FROM classifications").Should().Be(0);
    }

    private static string Code(int i) => Uscc.WithCheck(string.Create(CultureInfo.InvariantCulture, $"91310115{i + 100:D9}"));

    private static string Csv(IReadOnlyList<string> codes, int badDistrictAt)
    {
        var sb = new StringBuilder("uscc,name,district_code,park_id,industry_code,business_scope,main_products,registered_on,size_class\n");
        for (var i = 0; i < codes.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{codes[i]},上海测试智能科技有限公司{i},{(i == badDistrictAt ? "999999" : "310115")},SHAIP01,6513,人工智能软件开发;数据处理,大模型平台,2015-01-01,规上\n");
        }

        return sb.ToString();
    }

    private static List<string> Codes(IngestBed bed, string sql)
    {
        using var c = bed.Warehouse.OpenRead();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read())
        {
            list.Add(r.GetString(0));
        }

        return list;
    }
}
