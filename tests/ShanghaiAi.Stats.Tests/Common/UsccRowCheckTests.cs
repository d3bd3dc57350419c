using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Tests.Common;

/// <summary>The one GB 32100-2015 check (Ingest uses it on every row; its old table-lookup copy was deleted).</summary>
public sealed class UsccRowCheckTests
{
    [Theory]
    [InlineData("91310115000000001U", true)]
    [InlineData("91310115000000001V", false)]
    [InlineData("91310115000000001", false)]
    [InlineData("9131011500000000IU", false)]
    [InlineData("９１310115000000001U", false)]
    public void IsValid_HandWorkedCodes(string code, bool valid)
    {
        Uscc.IsValid(code).Should().Be(valid);
    }

    [Fact]
    public void CheckCharacter_HandWorked_SumOfWeightedValuesModulo31()
    {
        // 9*1 + 1*3 + 3*9 + 1*27 + 0*19 + 1*26 + 1*16 + 5*17 + 0*... + 1*28 = 221; 221 mod 31 = 4; 31 - 4 = 27 -> 'U'.
        Uscc.CheckCharacter("91310115000000001").Should().Be('U');
        Uscc.Problem("91310115000000001V").Should().Be("check character should be 'U', found 'V'");
    }
}
