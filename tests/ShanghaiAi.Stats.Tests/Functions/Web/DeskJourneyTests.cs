using Microsoft.Playwright;
using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Functions.Web;

/// <summary>
/// A statistician at /desk: sees every party's uploads, confirms a soft-rule warning, overrides a classification
/// from the review queue, closes a period, watches it and sees the new vintage.
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

        var first = page.Locator("#warnings-table tbody tr").Filter(new LocatorFilterOptions { Has = page.Locator("button.confirm") }).First;
        var row = await first.Locator("td").Nth(1).InnerTextAsync();
        var rule = await first.Locator("td").Nth(2).InnerTextAsync();
        await first.Locator("button.confirm").ClickAsync();
        await page.WaitForSelectorAsync("#warnings-msg .msg.ok");
        WarningReview.List(warehouse, includeDecided: true)
            .Should().Contain(w => w.Row.ToString(System.Globalization.CultureInfo.InvariantCulture) == row && w.RuleId == rule && w.Decision == WarningDecision.Confirmed);

        var item = queue[0];
        var category = item.Category == "0101" ? "0102" : "0101";
        await page.Locator("#review-table tbody tr").First.Locator("button").ClickAsync();
        (await page.Locator("#override-uscc").InputValueAsync()).Should().Be(item.Uscc);
        await page.FillAsync("#override-category", category);
        await page.FillAsync("#override-reason", "经核实主营人工智能基础软件 verified");
        await page.ClickAsync("#override-button");
        await page.WaitForSelectorAsync("#override-msg .msg.ok");
        new ClassificationStore(warehouse).CurrentOverrides()[item.Uscc].Category.Should().Be(category);

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
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shots.PathOf("desk-closed"), FullPage = true });
        watch.Errors.Should().BeEmpty();
        await context.CloseAsync();
    }
}
