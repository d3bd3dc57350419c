using ShanghaiAi.Stats.Ingest;

namespace ShanghaiAi.Stats.Tests.Ingest;

public sealed class CellParserTests
{
    [Theory]
    [InlineData("1234.5", "1234.5")]
    [InlineData(" 1,234,567.89 ", "1234567.89")]
    [InlineData("１２３４．５", "1234.5")]
    [InlineData("１，０００", "1000")]
    [InlineData("-12", "-12")]
    [InlineData("－３", "-3")]
    [InlineData("1.5E-3", "0.0015")]
    [InlineData("0", "0")]
    [InlineData("-0.50", "-0.5")]
    [InlineData("123456789012345678", "123456789012345678")]
    [InlineData("1234567890123456789.5", "1234567890123456789.5")]
    [InlineData(".5", "0.5")]
    public void Decimal_NumbersAsPeopleTypeThem_Parsed(string text, string expected)
    {
        NumberCell.Parse(text, out var v).Should().Be(CellParse.Ok);
        v.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("12,3")]
    [InlineData("1,2345")]
    [InlineData("1.2.3")]
    [InlineData("=1+2")]
    [InlineData("abc")]
    [InlineData("1 000")]
    [InlineData("#DIV/0!")]
    public void Decimal_NotANumber_Invalid(string text) => NumberCell.Parse(text, out _).Should().Be(CellParse.Invalid);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    public void Decimal_Blank_Empty(string text) => NumberCell.Parse(text, out _).Should().Be(CellParse.Empty);

    [Theory]
    [InlineData("2026-09", 2026, 9)]
    [InlineData("202609", 2026, 9)]
    [InlineData("2026/9", 2026, 9)]
    [InlineData("2026.09", 2026, 9)]
    [InlineData("2026年9月", 2026, 9)]
    [InlineData("２０２６－０９", 2026, 9)]
    [InlineData("2026-09-01", 2026, 9)]
    [InlineData("46266", 2026, 9)]
    public void PeriodIndex_CommonSpellings_Parsed(string text, int year, int month)
        => PeriodCell.Index(text).Should().Be((year * 12) + month - 1);

    [Theory]
    [InlineData("2026-13")]
    [InlineData("Sept 2026")]
    [InlineData("26-09")]
    [InlineData("2026-9x")]
    public void PeriodIndex_Invalid_MinusOne(string text) => PeriodCell.Index(text).Should().Be(-1);

    [Theory]
    [InlineData("2015-01-02", "2015-01-02")]
    [InlineData("2015/1/2", "2015-01-02")]
    [InlineData("20150102", "2015-01-02")]
    [InlineData("2015年1月2日", "2015-01-02")]
    [InlineData("42006", "2015-01-02")]
    [InlineData("2015-01-02 00:00:00", "2015-01-02")]
    [InlineData("2015-01-02T00:00:00", "2015-01-02")]
    public void Date_CommonSpellings_Parsed(string text, string expected)
    {
        DateCell.Parse(text, out var d).Should().Be(CellParse.Ok);
        d.Should().Be(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", true)]
    [InlineData("＋cmd", true)]
    [InlineData("@SUM(A1)", true)]
    [InlineData("-", false)]
    [InlineData("上海", false)]
    public void LooksLikeFormula_FormulaPrefixes_Detected(string text, bool expected) => CellParser.LooksLikeFormula(text).Should().Be(expected);
}
