using System.Globalization;
using Microsoft.Playwright;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Functions.Web;

/// <summary>
/// A planner on the public dashboard (no key): switches period and language; the figures equal the vintage's public
/// indicator table read from the warehouse here; no suppressed value and no enterprise name or code anywhere in the
/// page or its requests.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DashboardPageTests : IAsyncLifetime
{
    private readonly Chromium _chromium;
    private readonly DemoWarehouse _demo;
    private WebHost _host = null!;

    public DashboardPageTests(Chromium chromium, DemoWarehouse demo)
    {
        _chromium = chromium;
        _demo = demo;
    }

    public async Task InitializeAsync() => _host = await WebHost.StartAsync(Path.Combine(_demo.Root, "app"), _demo.Result.DatabasePath);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Dashboard_PlannerSwitchesPeriodAndLanguage_FiguresEqualPublicTableAndNothingConfidentialLeaks()
    {
        var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(90_000); // a shared, loaded CI box
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);
        await page.GotoAsync(_host.Address + "/dashboard");
        await page.WaitForSelectorAsync("body[data-ready=true]");
        var periods = await page.Locator("#period option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        periods.Should().Equal("2026-10", "2026-09", "2026-08");
        (await page.Locator("#period-label").InnerTextAsync()).Should().StartWith("2026年1-10月累计");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shots.PathOf("dashboard-zh-1280"), FullPage = true });

        await page.SelectOptionAsync("#period", "2026-09");
        await page.WaitForFunctionAsync("() => document.querySelector('#period-label').textContent.startsWith('2026年1-9月累计')");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var vintage = await page.Locator("#vintage").InputValueAsync();
        vintage.Should().StartWith("2026-09");
        await page.SelectOptionAsync("#breakdown", "district");
        await ExpectTableEqualsPublicCells(page, vintage, "district");

        await page.ClickAsync("#lang");
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'en'");
        (await page.Locator("#period-label").InnerTextAsync()).Should().StartWith("January-September 2026, year to date");
        (await page.Locator("#headlines h2, #headlines-h").First.InnerTextAsync()).Should().Contain("Headline indicators · January-September 2026");
        await ExpectTableEqualsPublicCells(page, vintage, "district");
        (await page.Locator("figure figcaption").AllInnerTextsAsync()).Should().NotBeEmpty()
            .And.OnlyContain(c => c.Contains("January-September 2026", StringComparison.Ordinal), "every figure carries its period label");
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shots.PathOf("dashboard-en-phone"), FullPage = true });

        watch.Errors.Should().BeEmpty();
        watch.Requests.Should().OnlyContain(r => r.Contains(" " + _host.Address + "/", StringComparison.Ordinal));
        watch.Requests.Should().NotContain(r => r.Contains("x-functions-key", StringComparison.Ordinal) || r.Contains("code=", StringComparison.Ordinal));
        var everything = string.Join('\n', watch.Responses.Append(await page.ContentAsync()).Concat(watch.Requests));
        foreach (var (uscc, name) in Register())
        {
            everything.Should().NotContain(uscc).And.NotContain(name);
        }

        await context.CloseAsync();
    }

    /// <summary>The table's rows for a breakdown equal the vintage's public cells, value for value ("…" when suppressed).</summary>
    private async Task ExpectTableEqualsPublicCells(IPage page, string vintage, string breakdown)
    {
        var reference = ShanghaiAi.Stats.Reference.ReferenceData.Embedded;
        var cells = VintageStore.Cells(StatsWarehouse.Open(_demo.Result.DatabasePath), vintage).Where(c => c.Breakdown == breakdown && c.ObsStatus != "P").ToList();
        cells.Should().Contain(c => !c.IsFree, "the demo has suppressed cells to hide");
        var rows = await page.Locator("#cells-table tbody tr").EvaluateAllAsync<string[][]>(
            "rs => rs.map(r => [...r.cells].map(c => c.textContent))");
        rows.Should().HaveCount(cells.Count);
        var lang = await page.EvaluateAsync<string>("() => document.documentElement.lang");
        foreach (var c in cells)
        {
            var ind = reference.IndicatorByCode(c.IndicatorCode);
            var indName = lang == "en" ? ind.NameEn : ind.NameZh;
            var member = breakdown == "district" ? reference.DistrictsByCode[c.BreakdownCode] : null;
            var memberName = lang == "en" ? member!.NameEn : member!.NameZh;
            var row = rows.Where(r => r[0] == indName && r[1] == memberName).Should().ContainSingle($"{c.IndicatorCode} {c.BreakdownCode}").Subject;
            var shown = PublicCell.Of(c);
            row[3].Should().Be(Format(shown.Value, ind.Decimals, c.IsFree), $"{c.IndicatorCode} {c.BreakdownCode} value");
            row[4].Should().Be(Format(shown.ValueYtd, ind.Decimals, c.IsFree), $"{c.IndicatorCode} {c.BreakdownCode} value_ytd");
            row[5].Should().Be(Format(shown.ValueYtdPrev, ind.Decimals, c.IsFree), $"{c.IndicatorCode} {c.BreakdownCode} value_ytd_prev");
        }
    }

    private static string Format(decimal? v, int decimals, bool free)
        => !free ? PublicCell.SuppressedSymbol
            : v is { } x ? x.ToString(decimals <= 0 ? "#,##0" : "#,##0." + new string('0', decimals), CultureInfo.InvariantCulture) : string.Empty;

    private IEnumerable<(string Uscc, string Name)> Register()
    {
        using var reader = new StreamReader(_demo.Result.Data.RegisterPath);
        var header = reader.ReadLine()!.Split(',');
        var u = Array.IndexOf(header, "uscc");
        var n = Array.IndexOf(header, "name");
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(',');
            if (f.Length > Math.Max(u, n) && f[n].Length >= 4)
            {
                yield return (f[u], f[n]);
            }
        }
    }
}
