using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Tests.Common;

public sealed class UsccTests
{
    /// <summary>The example code of GB 32100-2015's commentary, 91350100M000100Y43, worked by hand: the weighted sum
    /// of the first 17 characters (9x1 + 1x3 + 3x9 + 5x27 + 0 + 1x26 + 0 + 0 + M=21x20 + 0 + 0 + 0 + 1x8 + 0 + 0
    /// + Y=30x30 + 4x28) is 1640; 1640 mod 31 = 28; 31 - 28 = 3.</summary>
    [Fact]
    public void CheckCharacter_PublishedExample_IsThree()
    {
        Uscc.CheckCharacter("91350100M000100Y4").Should().Be('3');
        Uscc.IsValid("91350100M000100Y43").Should().BeTrue();
        Uscc.IsValid("91350100M000100Y44").Should().BeFalse();
    }

    [Fact]
    public void Normalise_FullWidthAndLowerCase_UpperHalfWidth()
        => Uscc.Normalise(" ９１３５０１００ｍ０００１００ｙ４３ ").Should().Be("91350100M000100Y43");

    [Fact]
    public void Problem_WrongLength_SaysWhatWasExpected()
        => Uscc.Problem("9135").Should().Be("expected 18 characters, found 4");

    [Fact]
    public void DivisionCode_PositionsThreeToEight()
        => Uscc.DivisionCode("91310115000000001U").Should().Be("310115");
}
