using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Tests.Common;

public sealed class KeySortTests
{
    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 10)]
    [InlineData(2, 1)]
    [InlineData(1_000, 50)]
    [InlineData(100_000, 1L << 40)]
    [InlineData(50_000, long.MaxValue)]
    public void Sort_RandomKeysWithRepeats_SortedStablyWithEachItemBesideItsKey(int count, long range)
    {
        var random = new Random(count);
        var keys = Enumerable.Range(0, count + 3).Select(_ => random.NextInt64(range)).ToArray();
        var items = Enumerable.Range(0, count + 3).ToArray();
        var beyond = keys[count..].ToArray();
        // LINQ's OrderBy is a stable sort: the expected order, items of equal keys in their order before.
        var expected = keys.Take(count).Select((k, i) => (Key: k, Item: i)).OrderBy(p => p.Key).ToArray();

        KeySort.Sort(keys, items, count);

        keys.Take(count).Zip(items).Should().Equal(expected.Select(p => (p.Key, p.Item)));
        keys[count..].Should().Equal(beyond, "keys beyond the count are left alone");
    }

    [Fact]
    public void Sort_MonthlyKeysOfEnterpriseAndPeriod_SortedAsArraySortDoes()
    {
        // The keys the monthly load sorts: enterprise index << 16 | period index.
        var random = new Random(7);
        var keys = Enumerable.Range(0, 20_000).Select(_ => ((long)random.Next(31_000) << 16) | (uint)(2024 * 12 + random.Next(36))).ToArray();
        var items = Enumerable.Range(0, keys.Length).ToArray();
        var (k, i) = (keys.ToArray(), items.ToArray());
        Array.Sort(k, i);

        KeySort.Sort(keys, items, keys.Length);

        keys.Should().Equal(k);
        keys.Zip(items).Should().OnlyContain(p => p.First == k[Array.BinarySearch(k, p.First)]);
        items.Order().Should().Equal(Enumerable.Range(0, keys.Length), "every item once");
    }

    [Fact]
    public void Sort_NegativeKey_FallsBackAndStillSorts()
    {
        long[] keys = [5, -3, 9, -3, 0];
        int[] items = [0, 1, 2, 3, 4];

        KeySort.Sort(keys, items, keys.Length);

        keys.Should().Equal(-3, -3, 0, 5, 9);
        items[2..].Should().Equal(4, 0, 2);
        items[..2].Should().BeEquivalentTo([1, 3]);
    }
}
