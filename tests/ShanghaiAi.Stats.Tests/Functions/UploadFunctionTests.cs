using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ShanghaiAi.Stats.Tests.Functions.Support;

namespace ShanghaiAi.Stats.Tests.Functions;

/// <summary>The upload functions on real Kestrel (loopback) with embedded storage: 202 + Location, queue to
/// warehouse, status and report, the same content once, and the refusals (401, 403, 413, 415, 429).</summary>
public sealed class UploadFunctionTests
{
    [Fact]
    public async Task Upload_RegisterThenMonthly_ProcessedWithCountsAndRowsInWarehouse()
    {
        await using var bed = await FunctionsBed.StartAsync();
        await UploadFlow.RunAsync(bed);
    }

    [Fact]
    public async Task Upload_SameContentTwice_OneUpload()
    {
        await using var bed = await FunctionsBed.StartAsync();
        var first = await bed.Upload("statistician", "register", "register.csv", FunctionsData.Register);
        var second = await bed.Upload("statistician", "register", "again.csv", FunctionsData.Register);
        first.StatusCode.Should().Be(HttpStatusCode.Accepted);
        second.StatusCode.Should().Be(HttpStatusCode.Accepted);
        first.Headers.Location!.ToString().Should().Be(second.Headers.Location!.ToString());
        var list = await bed.Json("statistician", "/api/uploads");
        list.GetProperty("total").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Upload_Refusals_401_403_404_415()
    {
        await using var bed = await FunctionsBed.StartAsync();
        (await bed.Http.PostAsync("/api/uploads/register", new StringContent("x", Encoding.UTF8, "text/csv"))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var unknown = new HttpRequestMessage(HttpMethod.Post, "/api/uploads/register") { Content = new StringContent("x", Encoding.UTF8, "text/csv") };
        unknown.Headers.Add("x-functions-key", "k-00000000.not-a-key");
        (await bed.Http.SendAsync(unknown)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await bed.Upload("planner", "monthly-report", "m.csv", FunctionsData.Monthly(1))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await bed.Upload("association:sh-ai-industry-association", "register", "r.csv", FunctionsData.Register)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await bed.Upload("statistician", "payroll", "r.csv", FunctionsData.Register)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var wrongType = bed.Request(HttpMethod.Post, "/api/uploads/register", "statistician");
        wrongType.Content = new StringContent("<x/>", Encoding.UTF8, "application/xml");
        (await bed.Http.SendAsync(wrongType)).StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        var byCode = await bed.Http.PostAsync($"/api/uploads/register?code={Uri.EscapeDataString(bed.Key("statistician"))}&filename=r.csv",
            new StringContent(FunctionsData.Register, Encoding.UTF8, "text/csv"));
        byCode.StatusCode.Should().Be(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task Upload_TooLargeOrQueueFull_413And429WithRetryAfter()
    {
        await using var bed = await FunctionsBed.StartAsync(extra: new Dictionary<string, string?> { ["AISTATS_MAX_UPLOAD_BYTES"] = "200", ["AISTATS_MAX_QUEUED"] = "0" });
        (await bed.Upload("statistician", "register", "r.csv", FunctionsData.Register)).StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        var full = await bed.Upload("statistician", "monthly-report", "m.csv", "uscc\n1\n");
        full.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        full.Headers.RetryAfter.Should().NotBeNull();
    }

    [Fact]
    public async Task Report_AfterProcessing_JsonAndXlsxByAccept()
    {
        await using var bed = await FunctionsBed.StartAsync();
        var r = await bed.Upload("statistician", "register", "register.csv", FunctionsData.Register);
        var id = r.Headers.Location!.ToString().Split('/')[^1];
        (await bed.WaitFinal("statistician", id)).GetProperty("status").GetString().Should().Be("processed");
        var json = await bed.Json("statistician", $"/api/uploads/{id}/report");
        json.ValueKind.Should().Be(System.Text.Json.JsonValueKind.Object);
        var x = bed.Request(HttpMethod.Get, $"/api/uploads/{id}/report", "statistician");
        x.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        using var xlsx = await bed.Http.SendAsync(x);
        xlsx.StatusCode.Should().Be(HttpStatusCode.OK);
        (await xlsx.Content.ReadAsByteArrayAsync()).Take(2).Should().Equal((byte)'P', (byte)'K');
    }

    [Fact]
    public async Task Health_NoWarehouse_AnswersWithoutCreatingIt()
    {
        await using var bed = await FunctionsBed.StartAsync();
        var h = await bed.Http.GetAsync("/api/health");
        h.StatusCode.Should().Be(HttpStatusCode.OK);
        (await h.Content.ReadAsStringAsync()).Should().Contain("\"warehouse\":\"absent\"");
        File.Exists(bed.DbPath).Should().BeFalse();
    }

    [Fact]
    public async Task OpenApi_ListsEveryHttpFunction()
    {
        await using var bed = await FunctionsBed.StartAsync();
        var doc = await bed.Json("statistician", "/api/openapi.json");
        var ops = doc.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(m => m.Value.GetProperty("operationId").GetString())).ToList();
        ops.Should().BeEquivalentTo(ShanghaiAi.Stats.Functions.LocalHost.FunctionTable.App.Where(f => f.Trigger == "httpTrigger").Select(f => f.Name));
        doc.GetProperty("paths").TryGetProperty("/api/uploads/{kind}", out _).Should().BeTrue();
    }
}
