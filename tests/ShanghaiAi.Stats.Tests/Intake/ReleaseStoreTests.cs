using ShanghaiAi.Stats.Intake;

namespace ShanghaiAi.Stats.Tests.Intake;

public sealed class ReleaseStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aistats-release-store-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task KeepAsync_BlobStore_FilesUploadedUnderTheVintageAndLocalFolderEmptied()
    {
        var blobs = new FolderBlobStore(Path.Combine(_dir, "blobs"));
        var store = new ReleaseStore(Path.Combine(_dir, "work"), blobs);
        Write(store.WorkDir("2026-10.v1"), "public/dashboard/index.html", "<html>");
        Write(store.WorkDir("2026-10.v1"), "internal/revisions.csv", "period\n");

        var names = await store.KeepAsync("2026-10.v1");

        names.Should().Equal("internal/revisions.csv", "public/dashboard/index.html");
        (await blobs.ListAsync(ReleaseStore.Prefix)).Should().Equal("releases/2026-10.v1/internal/revisions.csv", "releases/2026-10.v1/public/dashboard/index.html");
        Directory.Exists(store.WorkDir("2026-10.v1")).Should().BeFalse();
        (await store.GetAsync("2026-10.v1", "public/dashboard/index.html")).Should().Equal("<html>"u8.ToArray());
        (await store.GetAsync("2026-10.v1", "public/missing.html")).Should().BeNull();
    }

    [Theory]
    [InlineData("2026-10.v1", "../2026-10.v2/internal/revisions.csv")]
    [InlineData("2026-10.v1", "public/../internal/revisions.csv")]
    [InlineData("..", "2026-10.v1/internal/revisions.csv")]
    [InlineData("2026-10.v1/internal", "revisions.csv")]
    public async Task GetAsync_NameLeavingTheVintage_Null(string vintage, string name)
    {
        var store = new ReleaseStore(Path.Combine(_dir, "local"));
        Write(store.WorkDir("2026-10.v1"), "internal/revisions.csv", "secret");
        Write(store.WorkDir("2026-10.v2"), "internal/revisions.csv", "secret");

        (await store.GetAsync(vintage, name)).Should().BeNull();
        (await store.GetAsync("2026-10.v1", "internal/revisions.csv")).Should().Equal("secret"u8.ToArray());
    }

    private static void Write(string dir, string name, string text)
    {
        var path = Path.Combine(dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
