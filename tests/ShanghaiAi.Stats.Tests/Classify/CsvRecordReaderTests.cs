using ShanghaiAi.Stats.Classify;

namespace ShanghaiAi.Stats.Tests.Classify;

public sealed class CsvRecordReaderTests
{
    [Fact]
    public void Next_QuotesDoubledQuotesNewlinesCrLfAndBom_SplitLikeRfc4180()
    {
        var text = "\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"line1\nline2\"\r\n,,\nlast,\"\",z";
        Read(text).Should().BeEquivalentTo(new[]
        {
            new[] { "a", "b", "c" },
            new[] { "x, y", "say \"hi\"", "line1\nline2" },
            new[] { string.Empty, string.Empty, string.Empty },
            new[] { "last", string.Empty, "z" },
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Next_FieldsLongerThanTheBuffer_AreWhole()
    {
        var longPlain = new string('机', 100_000);
        var longQuoted = string.Concat(Enumerable.Repeat("人工智能，\"\"", 20_000));
        var rows = Read($"{longPlain},\"{longQuoted}\"\nend,1\n");
        rows[0].Should().Equal(longPlain, longQuoted.Replace("\"\"", "\"", StringComparison.Ordinal));
        rows[1].Should().Equal("end", "1");
    }

    private static List<string[]> Read(string text)
    {
        var reader = new CsvRecordReader(new StringReader(text));
        var fields = new List<string>();
        var rows = new List<string[]>();
        while (reader.Next(fields))
        {
            rows.Add([.. fields]);
        }

        return rows;
    }
}
