using ShanghaiAi.Stats.Ingest;

namespace ShanghaiAi.Stats.Tests.Ingest;

public sealed class CsvStopsTests
{
    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData('|')]
    public void IndexIn_EveryLengthAndPosition_AgreesWithIndexOfAny(char delimiter)
    {
        // Stops at every position of texts of every length up to three vectors, among Chinese, full-width and ASCII text.
        var random = new Random(delimiter);
        const string others = "上海人工智能a1 .，、；\u3000\uFF0C\u201C\u00A0x";
        char[] stops = [delimiter, '\r', '\n', '"'];
        var sut = new CsvStops(delimiter);
        for (var length = 0; length <= 40; length++)
        {
            for (var trial = 0; trial < 60; trial++)
            {
                var chars = Enumerable.Range(0, length).Select(_ => others[random.Next(others.Length)]).ToArray();
                if (length > 0 && trial > 0)
                {
                    chars[random.Next(length)] = stops[random.Next(stops.Length)];
                    if (trial % 3 == 0)
                    {
                        chars[random.Next(length)] = stops[random.Next(stops.Length)];
                    }
                }

                var text = new string(chars);
                sut.IndexIn(text).Should().Be(text.AsSpan().IndexOfAny(stops), "for \"{0}\"", text);
            }
        }
    }

    [Fact]
    public void IndexIn_CharactersThatShareALowByteWithAStop_AreNotStops()
    {
        // U+222C and U+0A2C have the low byte of ',' (0x2C); U+0D0A of CR LF: a byte-wise search would stop at them.
        var sut = new CsvStops(',');

        sut.IndexIn("\u222C\u0A2C\u0D0A\u220D\u2222abcdefghijklmnop,").Should().Be(21);
        sut.IndexIn("\u222C\u0A2C\u0D0A\u2222").Should().Be(-1);
    }
}
