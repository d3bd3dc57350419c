using System.Net;
using System.Text;
using Azure.Storage.Blobs;
using ShanghaiAi.Stats.Intake;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Tests.Functions.Support;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Functions;

/// <summary>
/// Released vintage files in cloud mode (Azurite): a close keeps its returns, dashboard and indicator tables as blobs
/// <c>releases/{vintage}/…</c>, nothing stays on the local disk, and the reads (return, dashboard, revisions) serve the
/// blobs' bytes.
/// </summary>
public sealed class ReleaseStorageTests
{
    [Fact]
    public async Task Close_CloudStorage_FilesKeptAsBlobsAndServedFromThere()
    {
        await using var azurite = await Azurite.StartAsync();
        await using var bed = await FunctionsBed.StartAsync(azurite.ConnectionString);
        (await bed.WaitFinal("statistician", Id(await bed.Upload("statistician", "register", "register.csv", FunctionsData.Register))))
            .GetProperty("status").GetString().Should().Be("processed");
        (await bed.WaitFinal("statistician", Id(await bed.Upload("statistician", "monthly-report", "m.csv", FunctionsData.Monthly(6)))))
            .GetProperty("status").GetString().Should().Be("processed");
        var first = await bed.CloseAndWait("2026-10");
        first.GetProperty("status").GetString().Should().Be("done", first.ToString());

        // A revised report, closed again: the second vintage's revisions hold the revised cells.
        (await bed.WaitFinal("statistician", Id(await bed.Upload("statistician", "monthly-report", "m2.csv", FunctionsData.Monthly(6, salt: 500)))))
            .GetProperty("status").GetString().Should().Be("processed");
        var job = await bed.CloseAndWait("2026-10");
        job.GetProperty("status").GetString().Should().Be("done", job.ToString());
        var vintage = job.GetProperty("vintage").GetString()!;
        vintage.Should().Be("2026-10.v2");

        var container = new BlobContainerClient(azurite.ConnectionString, StorageNames.Container);
        var blobs = new List<string>();
        await foreach (var b in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"releases/{vintage}/", CancellationToken.None))
        {
            blobs.Add(b.Name[$"releases/{vintage}/".Length..]);
        }

        var files = job.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
        blobs.Should().BeEquivalentTo(files);
        files.Should().Contain(["public/dashboard/index.html", "public/return-2026-10-public.xlsx", "internal/return-2026-10.xlsx",
            "internal/revisions.csv", "internal/indicators.csv", "public/indicators-public.csv"]);
        var local = Path.Combine(bed.Dir, "releases");
        (Directory.Exists(local) ? Directory.EnumerateFiles(local, "*", SearchOption.AllDirectories).ToList() : []).Should().BeEmpty("cloud mode keeps no release on the local disk");

        async Task<byte[]> Blob(string name) => (await container.GetBlobClient($"releases/{vintage}/{name}").DownloadContentAsync()).Value.Content.ToArray();
        async Task<byte[]> Get(string path)
        {
            using var r = await bed.Http.SendAsync(bed.Request(HttpMethod.Get, path, "statistician"));
            r.StatusCode.Should().Be(HttpStatusCode.OK, path);
            return await r.Content.ReadAsByteArrayAsync();
        }

        (await Get($"/api/vintages/{vintage}/dashboard/index.html")).Should().Equal(await Blob("public/dashboard/index.html"));
        (await Get($"/api/vintages/{vintage}/return?audience=public")).Should().Equal(await Blob("public/return-2026-10-public.xlsx"));
        (await Get($"/api/vintages/{vintage}/return?audience=internal")).Should().Equal(await Blob("internal/return-2026-10.xlsx"));

        var revisions = await bed.Json("statistician", $"/api/vintages/{vintage}/revisions?page_size=500");
        revisions.GetProperty("source").GetString().Should().Be("release");
        revisions.GetProperty("first_vintage").GetString().Should().Be("2026-10.v1");
        var released = RevisionRows.Parse(Encoding.UTF8.GetString(await Blob("internal/revisions.csv")));
        var revised = released.Where(RevisionRows.IsRevised).ToList();
        revised.Should().NotBeEmpty("the second report raised every enterprise's revenue by 500");
        revisions.GetProperty("cells").GetInt32().Should().Be(released.Count);
        revisions.GetProperty("total").GetInt32().Should().Be(revised.Count);
        revisions.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("indicator_code").GetString() + "|" + r.GetProperty("breakdown_code").GetString())
            .Should().Equal(revised.Select(r => r["indicator_code"] + "|" + r["breakdown_code"]));

        // The released revisions.csv is the one the warehouse gives for that vintage.
        RevisionRows.FromWarehouse(StatsWarehouse.Open(bed.DbPath), vintage).Should().Be(Encoding.UTF8.GetString(await Blob("internal/revisions.csv")));
    }

    private static string Id(HttpResponseMessage r) => r.Headers.Location!.ToString().Split('/')[^1];
}
