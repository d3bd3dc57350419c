using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;

namespace ShanghaiAi.Stats.Tests.Ingest;

public sealed class IngestKindsTests
{
    [Theory]
    [InlineData("Monthly-Report ", "monthly-report")]
    [InlineData("REGISTER", "register")]
    public void Parse_KnownKindAnyCase_Canonical(string text, string expected) => IngestKinds.Parse(text).Should().Be(expected);

    /// <summary>The core speaks of the thing (the upload's kind), not of a CLI flag: the functions app shows the same text.</summary>
    [Fact]
    public void Parse_UnknownKind_NamesTheKindsAndTheValueWithoutAFlag()
    {
        var act = () => IngestKinds.Parse("roster");

        act.Should().Throw<StatsException>().WithMessage(
            "upload kind: expected one of register, member-roster, monthly-report, park-report, found 'roster' [FILE-F10]");
    }
}
