using System.Globalization;
using Microsoft.Playwright;
using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Functions.Web;

/// <summary>
/// A statistician at /desk: sees every party's uploads (the demo pipeline's too, a page at a time), confirms a soft-rule
/// warning and finds it under "confirmed", overrides a classification from the review queue, closes a period, watches
/// it and sees the new vintage with its revisions (the rows of its revisions.csv that changed).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DeskJourneyTests : IAsyncLifetime
{
    private readonly Chromium _chromium;
    private readonly DemoWarehouse _demo;
    private WebHost _host = null!;

    public DeskJourneyTests(Chromium chromium, DemoWarehouse demo)
    {
        _chromium = chromium;
        _demo = demo;
    }

    public async Task InitializeAsync() => _host = await WebHost.StartAsync(Path.Combine(_demo.Root, "app-desk"), _demo.Result.DatabasePath);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Statistician_ConfirmsWarningOverridesClassificationClosesPeriod_SeesNewVintage()
    {
        var key = _host.AddKey(Caller.Statistician);
        var warehouse = StatsWarehouse.Open(_demo.Result.DatabasePath);
        var open = WarningReview.List(warehouse);
        open.Should().NotBeEmpty("the demo's reports raise soft-rule warnings");
        var queue = new ClassificationStore(warehouse).ReviewQueue();
        queue.Should().NotBeEmpty("the demo's classification flags enterprises for review");

        var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        context.SetDefaultTimeout(90_000); // a shared, loaded CI box
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);
        await page.GotoAsync(_host.Address + "/");
        await page.FillAsync("#key", key);
        await page.ClickAsync("#signin-button");
        await page.WaitForSelectorAsync("#home:not(.hidden)");
        (await page.Locator("#role").InnerTextAsync()).Should().Be("统计局");
        await page.ClickAsync("#home-link");
        await page.WaitForURLAsync("**/desk");
        await page.WaitForSelectorAsync("#warnings-table tbody tr");
        await page.WaitForSelectorAsync("#review-table tbody tr");
        await page.WaitForSelectorAsync("#vintages-table tbody tr");
        (await page.Locator("#vintages-table tbody tr").CountAsync()).Should().Be(3);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shots.PathOf("desk"), FullPage = true });

        // Every party's uploads: those the demo pipeline loaded (source: command line/demo), 20 to a page.
        var logged = UploadLog.All(warehouse);
        await page.WaitForSelectorAsync("#uploads-table tbody tr");
        (await page.Locator("#uploads-table tbody tr").CountAsync()).Should().Be(Math.Min(20, logged.Count));
        (await page.Locator("#uploads-pages .page-info").InnerTextAsync()).Should().Be($"第 1 页, 共 {(logged.Count + 19) / 20} · {logged.Count} 条");
        (await page.Locator("#uploads-table tbody tr td:nth-child(3)").AllInnerTextsAsync()).Should().OnlyContain(s => s == "命令行/演示");
        await page.ClickAsync("#uploads-pages button.next");
        await page.WaitForFunctionAsync("() => document.querySelector('#uploads-pages .page-info').textContent.startsWith('第 2 页')");
        (await page.Locator("#uploads-table tbody tr td:nth-child(4)").First.InnerTextAsync()).Should().Be(logged[20].FileName);

        var first = page.Locator("#warnings-table tbody tr").Filter(new LocatorFilterOptions { Has = page.Locator("button.confirm") }).First;
        var row = await first.Locator("td").Nth(1).InnerTextAsync();
        var rule = await first.Locator("td").Nth(2).InnerTextAsync();
        await first.Locator("button.confirm").ClickAsync();
        await page.WaitForSelectorAsync("#warnings-msg .msg.ok");
        WarningReview.List(warehouse, includeDecided: true)
            .Should().Contain(w => w.Row.ToString(System.Globalization.CultureInfo.InvariantCulture) == row && w.RuleId == rule && w.Decision == WarningDecision.Confirmed);

        // Decided warnings stay findable: the "confirmed" filter lists the one just confirmed, with the decision shown.
        var confirmed = WarningReview.List(warehouse, includeDecided: true).Count(w => w.Decision == WarningDecision.Confirmed);
        await page.SelectOptionAsync("#warnings-decision", "confirmed");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#warnings-table tbody tr')].every(tr => tr.textContent.includes('已确认'))");
        (await page.Locator("#warnings-decision option[value=confirmed]").InnerTextAsync()).Should().Be($"已确认 ({confirmed})");
        (await page.Locator("#warnings-table tbody tr").Filter(new LocatorFilterOptions { HasText = "已确认" }).CountAsync()).Should().Be(Math.Min(20, confirmed));
        await page.SelectOptionAsync("#warnings-decision", "open");

        var item = queue[0];
        var category = item.Category == "0101" ? "0102" : "0101";
        await page.Locator("#review-table tbody tr").First.Locator("button").ClickAsync();
        (await page.Locator("#override-uscc").InputValueAsync()).Should().Be(item.Uscc);
        await page.FillAsync("#override-category", category);
        await page.FillAsync("#override-reason", "经核实主营人工智能基础软件 verified");
        await page.ClickAsync("#override-button");
        await page.WaitForSelectorAsync("#override-msg .msg.ok");
        new ClassificationStore(warehouse).CurrentOverrides()[item.Uscc].Category.Should().Be(category);

        // A corrected report of one enterprise (revenue and AI revenue up a tenth), sent through the app before the close,
        // so the new vintage revises the period's first release.
        var corrected = await CorrectedReport(warehouse);
        var sent = await _host.UploadAsync(key, "monthly-report", corrected);
        sent.GetProperty("accepted").GetInt32().Should().Be(1, sent.ToString());

        await page.FillAsync("#close-period", "2026-10");
        await page.ClickAsync("#close-button");
        await page.WaitForFunctionAsync("() => /done/.test(document.querySelector('#close-msg').textContent)", null, new PageWaitForFunctionOptions { Timeout = 300_000 });
        (await page.Locator("#close-msg").InnerTextAsync()).Should().Contain("2026-10.v2");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#vintages-table tbody tr td:first-child')].some(td => td.textContent === '2026-10.v2')");
        await page.Locator("#vintages-table tbody tr").Filter(new LocatorFilterOptions { HasText = "2026-10.v2" }).Locator("button").ClickAsync();
        await page.WaitForSelectorAsync("#vintage-summary dt");
        (await page.Locator("#vintage-summary").InnerTextAsync()).Should().Contain("enterprises_in_scope");
        await page.WaitForSelectorAsync("#vintage-detail h4");
        (await page.Locator("#vintage-detail h4").InnerTextAsync()).Should().Contain("2026-10.v1 → 2026-10.v2");
        var revisions = RevisionRows.Parse(RevisionRows.FromWarehouse(warehouse, "2026-10.v2"));
        var revised = revisions.Where(RevisionRows.IsRevised).ToList();
        revised.Should().NotBeEmpty("an enterprise's revenue was corrected");
        (await page.Locator("#revisions-count").InnerTextAsync()).Should().Be($"{revised.Count} 个单元格有修订, 共 {revisions.Count} 个 · 来自发布的 revisions.csv");
        (await page.Locator("#revisions-table tbody tr").CountAsync()).Should().Be(Math.Min(20, revised.Count));
        (await page.Locator("#revisions-table tbody tr td:first-child").AllInnerTextsAsync()).Should().Equal(revised.Take(20).Select(r => r["indicator_code"]));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shots.PathOf("desk-closed"), FullPage = true });
        watch.Errors.Should().BeEmpty();
        await context.CloseAsync();
    }

    /// <summary>A monthly report of 2026-10 with one row: an enterprise that reported, its revenue and AI revenue a
    /// tenth higher (written with the test data's row builder).</summary>
    private static async Task<string> CorrectedReport(StatsWarehouse warehouse)
    {
        var (uscc, revenue, ai) = warehouse.Read(c =>
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = """
                SELECT uscc, CAST(revenue_ytd AS VARCHAR), CAST(ai_revenue_ytd AS VARCHAR) FROM reports
                WHERE period = DATE '2026-10-01' AND superseded_at IS NULL AND ai_revenue_ytd > 1000 ORDER BY revenue_ytd DESC LIMIT 1
                """;
            using var r = cmd.ExecuteReader();
            r.Read().Should().BeTrue();
            return (r.GetString(0), decimal.Parse(r.GetString(1), CultureInfo.InvariantCulture), decimal.Parse(r.GetString(2), CultureInfo.InvariantCulture));
        });
        string N(decimal d) => Math.Round(d * 1.1m, 2).ToString(CultureInfo.InvariantCulture);
        var path = Path.Combine(Path.GetTempPath(), "aistats-desk-corrected-" + Guid.NewGuid().ToString("N")[..8] + ".csv");
        await File.WriteAllTextAsync(path, Ingest.Support.Some.Monthly(Ingest.Support.Some.MonthlyRow(uscc, "2026-10", N(revenue), N(ai), N(revenue * 0.8m), N(ai * 0.8m))));
        return path;
    }
}
