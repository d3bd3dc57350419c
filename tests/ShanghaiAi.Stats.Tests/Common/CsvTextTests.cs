using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Tests.Common;

public sealed class CsvTextTests
{
    [Fact]
    public void Parse_QuotedDelimiterQuoteAndNewline_OneFieldEach()
    {
        var rows = CsvText.Parse("a,b,c\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\n");

        rows.Should().HaveCount(2);
        rows[1].Should().Equal("x,1", "say \"hi\"", "two\nlines");
    }

    [Fact]
    public void Line_FieldsNeedingQuotes_RoundTripThroughParse()
    {
        string?[] fields = ["plain", "a,b", "q\"uote", null, "多行\r\n文本"];

        var line = CsvText.Line(fields);

        line.Should().Be("plain,\"a,b\",\"q\"\"uote\",,\"多行\r\n文本\"");
        CsvText.Parse(line).Single().Should().Equal("plain", "a,b", "q\"uote", "", "多行\r\n文本");
    }
}
