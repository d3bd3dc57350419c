using ShanghaiAi.Stats.Cli.Commands;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Cli;

public sealed class IngestCommandTests
{
    [Fact]
    public void Invoke_DefaultCaller_IsTheStatisticianRecordedAsLocal()
    {
        using var bed = new IngestBed();

        Invoke(bed, "--kind", "register", Corpus.PathOf("register-base.csv")).Should().Be(0);

        bed.Scalar<string>("SELECT role || ':' || actor FROM uploads").Should().Be("statistician:local");
        bed.Scalar<long>("SELECT count(*) FROM register").Should().Be(6);
    }

    [Fact]
    public void Invoke_UnknownRoleOrMissingScope_ExitTwoAndNothingRecorded()
    {
        using var bed = new IngestBed();

        Invoke(bed, "--kind", "register", Corpus.PathOf("register-base.csv"), "--as", "mayor").Should().Be(2);
        Invoke(bed, "--kind", "monthly-report", Corpus.PathOf("monthly/valid.csv"), "--as", "enterprise").Should().Be(2);

        bed.Scalar<long>("SELECT count(*) FROM uploads").Should().Be(0);
    }

    private static int Invoke(IngestBed bed, params string[] args)
        => IngestCommand.Create().Parse([.. args, "--db", bed.DbPath, "--report", Path.Combine(bed.Dir, "reports")]).Invoke();
}
