using ShanghaiAi.Stats.Intake;

namespace ShanghaiAi.Stats.Tests.Intake;

public sealed class FolderBlobStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "aistats-blobs-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>A prefix that ends inside a name ("closes/cl-2026-11-") lists that folder's names that start with it:
    /// the close timer asks this to know whether a period's close is pending (it listed nothing before).</summary>
    [Fact]
    public async Task ListAsync_PrefixEndingInsideAName_NamesStartingWithIt()
    {
        var store = new FolderBlobStore(_root);
        foreach (var name in new[] { "closes/cl-2026-11-a.json", "closes/cl-2026-11-b.json", "closes/cl-2026-10-a.json", "records/x.json" })
        {
            await store.PutAsync(name, new MemoryStream([1]));
        }

        (await store.ListAsync("closes/cl-2026-11-")).Should().Equal("closes/cl-2026-11-a.json", "closes/cl-2026-11-b.json");
        (await store.ListAsync("closes/")).Should().HaveCount(3);
        (await store.ListAsync("nothing/")).Should().BeEmpty();
    }
}
