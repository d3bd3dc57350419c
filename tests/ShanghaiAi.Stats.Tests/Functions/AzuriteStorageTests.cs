using System.Net;
using ShanghaiAi.Stats.Tests.Functions.Support;

namespace ShanghaiAi.Stats.Tests.Functions;

/// <summary>Cloud mode (AzureWebJobsStorage = Azure Blob + Queue) against Azurite started by the test on free ports.</summary>
public sealed class AzuriteStorageTests
{
    [Fact]
    public async Task Upload_CloudStorage_ProcessedWithCountsAndRowsInWarehouse()
    {
        await using var azurite = await Azurite.StartAsync();
        await using var bed = await FunctionsBed.StartAsync(azurite.ConnectionString);
        (await bed.Json("statistician", "/api/health")).GetProperty("storage").GetString().Should().Be("azure");
        await UploadFlow.RunAsync(bed);
    }

    /// <summary>Azurite stopped (SIGTERM) while six uploads wait, then started again: each ends processed. A message
    /// that Azurite did not keep, or hid behind a delivery cut off by the stop, is queued again by the upload sweep
    /// (here every 2 s, stale after 5 s; in production every 5 minutes, stale after 15).</summary>
    [Fact]
    public async Task Azurite_StoppedAndRestartedDuringRun_NothingLost()
    {
        await using var azurite = await Azurite.StartAsync();
        await using var bed = await FunctionsBed.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["UPLOAD_SWEEP_SCHEDULE"] = "*/2 * * * * *",
            ["UPLOAD_STALE_AFTER"] = "00:00:05",
        });
        var ids = new List<string>();
        var reg = await bed.Upload("statistician", "register", "register.csv", FunctionsData.Register);
        ids.Add(reg.Headers.Location!.ToString().Split('/')[^1]);
        for (var i = 1; i <= 6; i++)
        {
            var r = await bed.Upload("statistician", "monthly-report", $"m{i}.csv", FunctionsData.Monthly(3, salt: i * 10));
            r.StatusCode.Should().Be(HttpStatusCode.Accepted);
            ids.Add(r.Headers.Location!.ToString().Split('/')[^1]);
        }

        await azurite.StopProcessAsync();
        await Task.Delay(1500);
        await azurite.StartProcessAsync();
        foreach (var id in ids)
        {
            var s = await bed.WaitFinal("statistician", id, TimeSpan.FromSeconds(120));
            s.GetProperty("status").GetString().Should().Be("processed", s.ToString());
        }
    }
}
