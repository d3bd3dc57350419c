using ShanghaiAi.Stats.Ingest;

namespace ShanghaiAi.Stats.Tests.Ingest;

public sealed class CsvRowSourceTests
{
    private static List<(int Row, string[] Fields)> Read(string text, char d = ',')
    {
        using var s = new CsvRowSource(text, d);
        var rows = new List<(int, string[])>();
        while (s.Read())
        {
            rows.Add((s.RowNumber, s.Snapshot()));
        }

        return rows;
    }

    [Fact]
    public void Read_QuotesDoubledQuotesAndNewlines_Unescaped()
    {
        var rows = Read("a,b\n\"x,1\",\"say \"\"hi\"\"\"\n\"multi\nline\",z\r\n");
        rows.Should().HaveCount(3);
        rows[1].Fields.Should().Equal("x,1", "say \"hi\"");
        rows[2].Fields.Should().Equal("multi\nline", "z");
    }

    [Fact]
    public void Read_EmptyLines_SkippedButCounted()
    {
        var rows = Read("h1,h2\n\n1,2\n,\n3,4");
        rows.Select(r => r.Row).Should().Equal(1, 3, 5);
        rows[2].Fields.Should().Equal("3", "4");
    }

    [Fact]
    public void Read_BomAndTrailingDelimiter_Handled()
    {
        var rows = Read("\uFEFFa;b;\n1;2;", ';');
        rows[0].Fields.Should().Equal("a", "b", string.Empty);
        rows[1].Fields.Should().Equal("1", "2", string.Empty);
    }

    [Fact]
    public void Read_UnterminatedQuote_RunsToEndOfFile()
    {
        var rows = Read("a,b\n1,\"open\n2,3\n");
        rows.Should().HaveCount(2);
        rows[1].Fields.Should().Equal("1", "open\n2,3\n");
    }

    [Theory]
    [InlineData("a,b,c\n1,2,3", ',')]
    [InlineData("a\tb\tc\n1\t2\t3", '\t')]
    [InlineData("a;b;c\n1;2,5;3", ';')]
    public void DetectDelimiter_MostFrequentOutsideQuotes(string text, char expected)
        => TextDecoding.DetectDelimiter(text).Should().Be(expected);
}
