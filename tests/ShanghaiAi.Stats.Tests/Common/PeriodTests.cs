using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Tests.Common;

public sealed class PeriodTests
{
    [Fact]
    public void AddMonths_AcrossTheYear_RollsOver()
    {
        var p = new Period(2026, 11);

        (p.AddMonths(2), p.AddMonths(-11), p.Previous, p.SameMonthLastYear)
            .Should().Be((new Period(2027, 1), new Period(2025, 12), new Period(2026, 10), new Period(2025, 11)));
        p.Index.Should().Be((2026 * 12) + 10);
        Period.FromIndex(p.Index).Should().Be(p);
    }

    [Theory]
    [InlineData("2026-09", 2026, 9)]
    [InlineData("202609", 2026, 9)]
    [InlineData(" 2026-9 ", 2026, 9)]
    public void Parse_CommonSpellings_SameMonth(string text, int year, int month)
        => Period.Parse(text).Should().Be(new Period(year, month));

    [Fact]
    public void Parse_NotAMonth_NamesWhatWasExpected()
    {
        var act = () => Period.Parse("2026-13");

        act.Should().Throw<StatsException>().WithMessage("period: expected YYYY-MM (e.g. 2026-09), found '2026-13'");
    }

    [Fact]
    public void ToString_InvariantYearAndMonth()
        => new Period(2026, 3).ToString().Should().Be("2026-03");
}
