using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Intake;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Functions.Web;

/// <summary>
/// The reads behind the statistician's desk and the dashboard, on the demo warehouse (uploaded by the demo pipeline,
/// not through the app): every party's uploads with their source, paged; warnings by decision; a vintage's
/// revisions from the warehouse; indicators filtered in SQL, cached by vintage and compressed.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DeskApiTests : IAsyncLifetime
{
    private readonly DemoWarehouse _demo;
    private WebHost _host = null!;

    public DeskApiTests(DemoWarehouse demo) => _demo = demo;

    private StatsWarehouse Warehouse => StatsWarehouse.Open(_demo.Result.DatabasePath);

    public async Task InitializeAsync() => _host = await WebHost.StartAsync(Path.Combine(_demo.Root, "app-api"), _demo.Result.DatabasePath);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Uploads_DemoPipelineUploads_ListedWithSourceCliAndPaged()
    {
        var key = _host.AddKey(Caller.Statistician);
        var logged = UploadLog.All(Warehouse);
        logged.Should().HaveCountGreaterThan(10, "the demo uploads a register, rosters, monthly and park reports");

        var first = await _host.GetJsonAsync(key, "/api/uploads?page=1&page_size=10");
        first.GetProperty("total").GetInt32().Should().Be(logged.Count);
        var second = await _host.GetJsonAsync(key, "/api/uploads?page=2&page_size=10");
        var ids = first.GetProperty("uploads").EnumerateArray().Concat(second.GetProperty("uploads").EnumerateArray())
            .Select(u => u.GetProperty("upload_id").GetString()).ToList();
        ids.Should().Equal(logged.Take(20).Select(u => u.UploadId), "newest first, the second page continuing the first");
        var one = first.GetProperty("uploads")[0];
        one.GetProperty("source").GetString().Should().Be("cli");
        one.GetProperty("status").GetString().Should().Be(UploadOverview.StatusOf(logged[0].Status));
        one.GetProperty("accepted").GetInt32().Should().Be(logged[0].Accepted);

        // An association sees its own uploads made by the demo pipeline, and nothing else.
        var roster = logged.First(u => u.Role == "association");
        var mine = logged.Where(u => u.Role == "association" && u.Actor == roster.Actor).Select(u => u.UploadId).ToList();
        var asAssociation = await _host.GetJsonAsync(_host.AddKey(new Caller(Role.Association, roster.Actor)), "/api/uploads?page_size=500");
        asAssociation.GetProperty("uploads").EnumerateArray().Select(u => u.GetProperty("upload_id").GetString()).Should().BeEquivalentTo(mine);
    }

    [Fact]
    public async Task Warnings_ByDecision_EachFilterHoldsItsOwnAndCountsAddUp()
    {
        var key = _host.AddKey(Caller.Statistician);
        var open = await _host.GetJsonAsync(key, "/api/warnings?page_size=5");
        open.GetProperty("warnings").GetArrayLength().Should().Be(5);
        var w = open.GetProperty("warnings")[4];
        using (var post = new HttpRequestMessage(HttpMethod.Post, new Uri(_host.Address + "/api/warnings/decisions")))
        {
            post.Headers.Add("x-functions-key", key);
            post.Content = new StringContent(JsonSerializer.Serialize(new { upload_id = w.GetProperty("upload_id").GetString(), row = w.GetProperty("row").GetInt32(), rule = w.GetProperty("rule").GetString(), decision = "send-back" }),
                Encoding.UTF8, "application/json");
            using var http = new HttpClient();
            (await http.SendAsync(post)).IsSuccessStatusCode.Should().BeTrue();
        }

        var every = WarningReview.List(Warehouse, includeDecided: true);
        foreach (var decision in new[] { "open", WarningDecision.Confirmed, WarningDecision.SentBack, "all" })
        {
            var page = await _host.GetJsonAsync(key, $"/api/warnings?decision={decision}&page_size=500");
            var want = every.Where(x => decision == "all" || (x.Decision ?? "open") == decision).ToList();
            page.GetProperty("total").GetInt32().Should().Be(want.Count, decision);
            page.GetProperty("warnings").EnumerateArray().Select(x => $"{x.GetProperty("upload_id").GetString()}|{x.GetProperty("row").GetInt32()}|{x.GetProperty("rule").GetString()}|{x.GetProperty("decision").GetString()}")
                .Should().Equal(want.Take(500).Select(x => $"{x.UploadId}|{x.Row}|{x.RuleId}|{x.Decision ?? "open"}"), decision);
            page.GetProperty("counts").GetProperty(decision).GetInt32().Should().Be(want.Count);
        }

        var sentBack = await _host.GetJsonAsync(key, "/api/warnings?decision=sent-back&page_size=500");
        sentBack.GetProperty("warnings").EnumerateArray().Should().Contain(x => x.GetProperty("upload_id").GetString() == w.GetProperty("upload_id").GetString()
            && x.GetProperty("row").GetInt32() == w.GetProperty("row").GetInt32() && x.GetProperty("decided_by").GetString() != null);
        using var bad = new HttpClient();
        using var req = new HttpRequestMessage(HttpMethod.Get, new Uri(_host.Address + "/api/warnings?decision=maybe"));
        req.Headers.Add("x-functions-key", key);
        (await bad.SendAsync(req)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Revisions_VintageReleasedElsewhere_RowsOfItsRevisionsCsvFromTheWarehouse()
    {
        var key = _host.AddKey(Caller.Statistician);
        var vintage = VintageStore.RequireLatest(Warehouse, new Period(2026, 9)).VintageId;
        var json = await _host.GetJsonAsync(key, $"/api/vintages/{vintage}/revisions?changed=false&page=2&page_size=7");
        json.GetProperty("source").GetString().Should().Be("warehouse", "the demo released it into its own folder, not the app's storage");
        var rows = RevisionRows.Parse(RevisionRows.FromWarehouse(Warehouse, vintage));
        rows.Should().HaveCount(VintageStore.Cells(Warehouse, vintage).Count);
        json.GetProperty("cells").GetInt32().Should().Be(rows.Count);
        json.GetProperty("total").GetInt32().Should().Be(rows.Count);
        json.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("indicator_code").GetString() + "|" + r.GetProperty("breakdown_code").GetString() + "|" + r.GetProperty("latest_value_ytd").GetString())
            .Should().Equal(rows.Skip(7).Take(7).Select(r => r["indicator_code"] + "|" + r["breakdown_code"] + "|" + r["latest_value_ytd"]));

        // The demo's own release of that period holds the same revisions.csv, byte for byte.
        var released = Directory.EnumerateFiles(_demo.Result.OutDir, "revisions.csv", SearchOption.AllDirectories)
            .Select(File.ReadAllText).ToList();
        released.Should().Contain(RevisionRows.FromWarehouse(Warehouse, VintageStore.First(Warehouse, new Period(2026, 10))!.VintageId));
    }

    [Fact]
    public async Task Indicators_FilteredCachedAndCompressed_SameRowsAsTheVintage()
    {
        var vintage = VintageStore.RequireLatest(Warehouse, new Period(2026, 9));
        var cells = VintageStore.Cells(Warehouse, vintage.VintageId);
        var indicator = cells[0].IndicatorCode;
        using var http = new HttpClient { BaseAddress = new Uri(_host.Address) };

        var path = $"/api/indicators?period=2026-09&vintage={vintage.VintageId}&indicator={indicator}&breakdown=district";
        var plain = await http.GetStringAsync(new Uri(path, UriKind.Relative));
        var rows = JsonDocument.Parse(plain).RootElement.GetProperty("rows").EnumerateArray().ToList();
        var want = cells.Where(c => c.IndicatorCode == indicator && c.Breakdown == "district" && c.ObsStatus != "P").ToList();
        rows.Should().HaveCount(want.Count).And.NotBeEmpty();
        rows.Select(r => r.GetProperty("breakdown_code").GetString()).Should().Equal(want.Select(c => c.BreakdownCode));
        rows.Should().OnlyContain(r => r.GetProperty("indicator_code").GetString() == indicator && r.GetProperty("breakdown").GetString() == "district");

        foreach (var coding in new[] { "gzip", "br" })
        {
            using var req = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/indicators?period=2026-09&vintage={vintage.VintageId}", UriKind.Relative));
            req.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
            using var r = await http.SendAsync(req);
            r.Content.Headers.ContentEncoding.Should().Equal(coding);
            var packed = await r.Content.ReadAsByteArrayAsync();
            using var unpack = coding == "gzip" ? (Stream)new GZipStream(new MemoryStream(packed), CompressionMode.Decompress) : new BrotliStream(new MemoryStream(packed), CompressionMode.Decompress);
            using var text = new StreamReader(unpack, Encoding.UTF8);
            var body = await text.ReadToEndAsync();
            body.Should().Be(await http.GetStringAsync(new Uri($"/api/indicators?period=2026-09&vintage={vintage.VintageId}", UriKind.Relative)), "the same answer, compressed");
            packed.Length.Should().BeLessThan(body.Length / 4, "JSON of an indicator table compresses well");
        }

        // A vintage of another period is not served under this period, even once its answer is cached.
        (await http.GetAsync(new Uri($"/api/indicators?period=2026-10&vintage={vintage.VintageId}", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
