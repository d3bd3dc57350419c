using System.Globalization;
using ShanghaiAi.Stats.Ingest;

namespace ShanghaiAi.Stats.Tests.Ingest;

/// <summary>The compact shared string table (issue 15): every entry comes back as it was added, whatever its length and
/// wherever the sheet asks for it, whether long entries went to the temporary file or not.</summary>
public sealed class XlsxSharedStringsTests
{
    /// <summary>Entries of every kind of length: empty, short, just at and just above the in-memory limit, a business
    /// scope, longer than the read-ahead window, and Chinese text.</summary>
    private static List<string> Entries(int count)
    {
        var list = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            list.Add((i % 9) switch
            {
                0 => string.Empty,
                1 => n,
                2 => (n + new string('码', 40))[..XlsxSharedStrings.ShortChars],
                3 => (n + new string('范', 40))[..(XlsxSharedStrings.ShortChars + 1)],
                4 => "从事人工智能科技领域内的技术开发" + n + new string('围', 120),
                5 => i % 900 == 5 ? n + new string('长', 70_000) : "规下",
                6 => n + "|" + new string('x', 3_000),
                _ => "上海" + n,
            });
        }

        return list;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Indexer_EntriesAskedForForwardBackwardAtRandomAndForwardAgain_EachAsAdded(bool spillLong)
    {
        var expected = Entries(60_000);
        using var table = new XlsxSharedStrings(spillLong);
        foreach (var e in expected)
        {
            table.Add(e);
        }

        table.Complete();

        table.Count.Should().Be(expected.Count);
        table.Spilled.Should().Be(spillLong);
        for (var i = 0; i < expected.Count; i++)
        {
            table[i].SequenceEqual(expected[i]).Should().BeTrue("entry {0} read forward", i);
        }

        for (var i = expected.Count - 1; i >= 0; i--)
        {
            table[i].SequenceEqual(expected[i]).Should().BeTrue("entry {0} read backward", i);
        }

        var random = new Random(15);
        for (var k = 0; k < 20_000; k++)
        {
            var i = random.Next(expected.Count);
            table[i].SequenceEqual(expected[i]).Should().BeTrue("entry {0} read at random", i);
        }

        table.Rewind();
        for (var i = 0; i < expected.Count; i++)
        {
            table[i].SequenceEqual(expected[i]).Should().BeTrue("entry {0} read forward again", i);
        }
    }

    [Fact]
    public void Indexer_InMemoryEntryLongerThanAPoolBlock_KeptWholeBetweenShortOnes()
    {
        var huge = string.Concat(Enumerable.Repeat("人工智能", 300_000));
        using var table = new XlsxSharedStrings(spillLong: false);
        table.Add("前");
        table.Add(huge);
        table.Add("后");
        table.Complete();

        table[1].ToString().Should().Be(huge);
        table[0].ToString().Should().Be("前");
        table[2].ToString().Should().Be("后");
    }

    [Fact]
    public void Dispose_SpilledTable_RemovesItsTemporaryFile()
    {
        var table = new XlsxSharedStrings(spillLong: true);
        table.Add(new string('围', 100));
        table.Complete();
        var path = table.SpillPath;
        File.Exists(path).Should().BeTrue();

        table.Dispose();

        File.Exists(path).Should().BeFalse();
    }
}
