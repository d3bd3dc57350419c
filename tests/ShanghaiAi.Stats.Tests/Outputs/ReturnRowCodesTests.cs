using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Tests.Outputs;

public sealed class ReturnRowCodesTests
{
    private static ReturnRowCodes Codes => ReturnRowCodes.For(ReferenceData.Embedded);

    [Fact]
    public void For_EmbeddedEdition_EveryRowHasAUniqueNumericCode()
    {
        var rows = Codes.Rows;

        rows.Should().HaveCount(80, "17 indicators, 16 districts, 5 + 26 categories, 12 parks, 2 size classes, 2 AI flags");
        rows.Where(r => r.Kind == "indicator").Select(r => r.Code).Should().OnlyHaveUniqueItems().And.OnlyContain(c => c.Length == 2 && c.All(char.IsAsciiDigit));
        rows.Where(r => r.Kind != "indicator").Select(r => r.Code).Should().OnlyHaveUniqueItems().And.OnlyContain(c => c.Length == 3 && c.All(char.IsAsciiDigit));
        // Every row a return can print (indicator x member, and the indicator rows) has its own code.
        var printed = ReferenceData.Embedded.Indicators.Select(i => Codes.Indicator(i.Code))
            .Concat(ReferenceData.Embedded.Indicators.SelectMany(i => rows.Where(r => r.Kind != "indicator").Select(r => Codes.Row(i.Code, r.Kind, r.Key))))
            .ToList();
        printed.Should().HaveCount(17 + (17 * 63)).And.OnlyHaveUniqueItems().And.OnlyContain(c => c.Length > 0 && c.All(char.IsAsciiDigit));
    }

    [Fact]
    public void Row_HandPickedRows_IndicatorCodeThenMemberCode()
    {
        Codes.Indicator("revenue").Should().Be("01");
        Codes.Indicator("response_rate").Should().Be("17");
        Codes.Row("revenue", "total", "_T").Should().Be("01");
        Codes.Row("revenue", "district", "310101").Should().Be("01101", "营业收入 01, 黄浦区 101");
        Codes.Row("ai_revenue", "district", "310151").Should().Be("02116", "崇明区 is the 16th district");
        Codes.Row("ai_revenue", "category_l1", "05").Should().Be("02205");
        Codes.Row("ai_revenue", "category", "0509").Should().Be("02236", "26th category");
        Codes.Row("employees", "park", "SHAIP12").Should().Be("08312");
        Codes.Row("revenue", "size_class", "规下").Should().Be("01402");
        Codes.Row("revenue", "ai_enterprise", "Y").Should().Be("01501");
        Codes.Row("revenue", "park", "SHAIP99").Should().BeEmpty("not in the file");
    }

    [Fact]
    public void Load_DuplicateCode_NamesFileRowAndValue()
    {
        string? Read(string rel) => rel == ReturnRowCodes.FileOf("2025")
            ? ReferenceLoader.ReadEmbedded(rel)!.Replace("district,310104,102,", "district,310104,101,", StringComparison.Ordinal)
            : ReferenceLoader.ReadEmbedded(rel);

        var act = () => ReturnRowCodes.Load(Read, ReferenceData.Embedded);

        act.Should().Throw<StatsException>().WithMessage("return/row-codes-2025.csv row 20, column row_code: expected a code no other member has, found '101'");
    }

    [Fact]
    public void Load_MissingDistrict_NamesWhatHasNoCode()
    {
        string? Read(string rel) => rel == ReturnRowCodes.FileOf("2025")
            ? ReferenceLoader.ReadEmbedded(rel)!.Replace("district,310151,116,崇明区\n", string.Empty, StringComparison.Ordinal)
            : ReferenceLoader.ReadEmbedded(rel);

        var act = () => ReturnRowCodes.Load(Read, ReferenceData.Embedded);

        act.Should().Throw<StatsException>().WithMessage(
            "return/row-codes-2025.csv: no row code for district 310151; expected one row per indicator and breakdown member");
    }
}
