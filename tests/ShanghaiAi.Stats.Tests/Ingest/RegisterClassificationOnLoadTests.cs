using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Ingest;

/// <summary>Issue 11 §3: register rows are classified when they are loaded, so a close never meets an unclassified enterprise.</summary>
public sealed class RegisterClassificationOnLoadTests
{
    [Fact]
    public void Ingest_Register_ClassifiesEveryEnterpriseWithoutAClassifyRun()
    {
        using var bed = IngestBed.Seeded();

        bed.Scalar<long>("SELECT count(*) FROM register WHERE valid_to IS NULL").Should().Be(6);
        bed.Scalar<long>("SELECT count(*) FROM register r WHERE valid_to IS NULL AND NOT EXISTS (SELECT 1 FROM classifications k WHERE k.uscc = r.uscc AND k.valid_to IS NULL)")
            .Should().Be(0);
        bed.Scalar<long>("SELECT count(*) FROM classifications").Should().Be(6);
        bed.Scalar<string>("SELECT string_agg(DISTINCT edition || ' at ' || strftime(classified_at, '%Y-%m-%d %H:%M'), ';') FROM classifications")
            .Should().Be("2025 at 2026-11-15 08:00");
    }

    [Fact]
    public void Ingest_ChangedRegister_ReclassifiesOnlyTheChangedRows()
    {
        using var bed = IngestBed.Seeded();
        bed.Time.Advance(TimeSpan.FromDays(1));

        bed.Ingest(IngestKinds.Register, bed.Write("reg2.csv",
            "uscc,name,district_code,industry_code,business_scope\n"
            + $"{Some.Uscc(1)},上海测试智能科技有限公司1,310115,3491,工业机器人制造\n"
            + $"{Some.Uscc(2)},上海测试智能科技有限公司2,310115,6513,人工智能软件开发;数据处理\n"
            + $"{Some.Uscc(7)},上海新设智能科技有限公司,310115,6513,智能客服机器人研发\n"));

        bed.Scalar<string>($"SELECT category || '/' || scope_basis FROM classifications WHERE uscc = '{Some.Uscc(1)}' AND valid_to IS NULL").Should().Be("0401/class");
        bed.Scalar<long>($"SELECT count(*) FROM classifications WHERE uscc = '{Some.Uscc(1)}'").Should().Be(2);
        bed.Scalar<long>($"SELECT count(*) FROM classifications WHERE uscc = '{Some.Uscc(2)}'").Should().Be(1, "its row and its result did not change");
        bed.Scalar<long>($"SELECT count(*) FROM classifications WHERE uscc = '{Some.Uscc(7)}' AND valid_to IS NULL").Should().Be(1);
        bed.Scalar<long>("SELECT count(*) FROM register r WHERE valid_to IS NULL AND NOT EXISTS (SELECT 1 FROM classifications k WHERE k.uscc = r.uscc AND k.valid_to IS NULL)")
            .Should().Be(0);
    }
}
