using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.Playwright;
using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Synthetic;

namespace ShanghaiAi.Stats.Tests.Functions.Web;

/// <summary>
/// A business association's whole journey on /upload: sign in, upload the generator's dirty member roster and a
/// dirty monthly report, see exactly the problems of the validation report, filter them, download the fixable xlsx,
/// upload the corrected file and see it accepted with what changed.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class UploadJourneyTests : IAsyncLifetime
{
    private const string Association = "association:sh-ai-industry-association";
    private readonly Chromium _chromium;
    private readonly string _root = Directory.CreateTempSubdirectory("aistats-web-upload-").FullName;
    private WebHost _host = null!;

    public UploadJourneyTests(Chromium chromium) => _chromium = chromium;

    public async Task InitializeAsync() => _host = await WebHost.StartAsync(_root);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        if (Environment.GetEnvironmentVariable("AISTATS_KEEP_TEST_OUTPUT") is null)
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Association_UploadsDirtyFilesFixesAndReuploads_SeesReportProblemsThenAccepted()
    {
        var options = new GeneratorOptions(80, 2, new Period(2026, 10), 5, Dirty: true);
        var dirty = SyntheticGenerator.Generate(options, Path.Combine(_root, "dirty"), ReferenceData.Embedded);
        var clean = SyntheticGenerator.Generate(options with { Dirty = false }, Path.Combine(_root, "clean"), ReferenceData.Embedded);
        var statistician = _host.AddKey(Caller.Statistician);
        var key = _host.AddKey(Caller.Parse(Association));
        (await _host.UploadAsync(statistician, "register", dirty.RegisterPath)).GetProperty("status").GetString().Should().Be("processed");

        var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true });

        context.SetDefaultTimeout(90_000); // a shared, loaded CI box
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);
        await page.GotoAsync(_host.Address + "/");
        await page.FillAsync("#key", key);
        await page.PressAsync("#key", "Enter");
        await page.WaitForSelectorAsync("#home:not(.hidden)");
        (await page.Locator("#role").InnerTextAsync()).Should().Be("行业协会");
        (await page.Locator("#scope").InnerTextAsync()).Should().Be("sh-ai-industry-association");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shots.PathOf("signed-in-association") });
        await page.ClickAsync("#home-link");
        await page.WaitForURLAsync("**/upload");

        var roster = dirty.MemberRosterPaths.Single(p => p.EndsWith("sh-ai-industry-association.xlsx", StringComparison.Ordinal));
        await UploadAndMatchReport(page, roster, "member-roster", key);

        var monthlyDirty = dirty.ReportPaths.Single(p => p.EndsWith("monthly-2026-10.csv", StringComparison.Ordinal));
        var first = await UploadAndMatchReport(page, monthlyDirty, "monthly-report", key);
        first.GetProperty("rejected").GetInt32().Should().BeGreaterThan(0, "the dirty file has rows the rules reject");
        var rules = await page.Locator("#filter-rule option").EvaluateAllAsync<string[]>("os => os.map(o => o.value).filter(Boolean)");
        await page.SelectOptionAsync("#filter-rule", rules[0]);
        (await page.Locator("#problems-table tbody tr td:nth-child(4)").AllInnerTextsAsync()).Should().OnlyContain(r => r == rules[0]);
        await page.SelectOptionAsync("#filter-rule", string.Empty);
        await page.SelectOptionAsync("#filter-severity", "error");
        (await page.Locator("#problems-table tbody tr").CountAsync()).Should().Be(Problems(first).Count(p => p.Severity == "error"));
        await page.SelectOptionAsync("#filter-severity", string.Empty);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shots.PathOf("upload-dirty-report"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download"));
        var xlsx = Path.Combine(_root, "report.xlsx");
        await download.SaveAsAsync(xlsx);
        using (var wb = new XLWorkbook(xlsx))
        {
            var text = string.Join('\n', wb.Worksheets.SelectMany(w => w.CellsUsed()).Select(c => c.GetString()));
            foreach (var p in Problems(first).Where(p => p.Severity == "error"))
            {
                text.Should().Contain(p.Rule);
            }
        }

        // The fix: the association's own members' rows, as the clean generation wrote them (the rows of enterprises that
        // are not its members are not its to send).
        var members = Members(roster);
        var cleanLines = File.ReadAllLines(clean.ReportPaths.Single(p => p.EndsWith("monthly-2026-10.csv", StringComparison.Ordinal)));
        var memberLines = cleanLines.Skip(1).Where(l => members.Contains(l.Split(',')[0])).ToList();
        memberLines.Should().NotBeEmpty();
        var corrected = Path.Combine(Directory.CreateDirectory(Path.Combine(_root, "corrected")).FullName, "monthly-2026-10.csv");
        await File.WriteAllLinesAsync(corrected, [cleanLines[0], .. memberLines]);
        var second = await UploadAndMatchReport(page, corrected, "monthly-report", key);
        second.GetProperty("status").GetString().Should().Be("processed");
        second.GetProperty("rejected").GetInt32().Should().Be(0);
        (second.GetProperty("accepted").GetInt32() + second.GetProperty("duplicates").GetInt32()).Should().Be(memberLines.Count);
        var fixedErrors = Problems(first).Where(p => p.Severity == "error").Select(p => (p.Column, p.Value, p.Rule)).Distinct().Count();
        (await page.Locator("#change-fixed").InnerTextAsync()).Should().Be($"错误: 已改正 {fixedErrors}, 仍存在 0, 新出现 0");
        (await page.Locator("#count-rejected .value").InnerTextAsync()).Should().Be("0");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shots.PathOf("upload-corrected"), FullPage = true });

        (await page.Locator("#mine-table tbody tr").CountAsync()).Should().Be(3, "the association sees its own three uploads and not the statistician's register");
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shots.PathOf("upload-phone"), FullPage = true });
        watch.Errors.Should().BeEmpty();
        await context.CloseAsync();
    }

    /// <summary>Uploads a file through the page; the kind is suggested from its headers; the problems table equals the report.</summary>
    private async Task<JsonElement> UploadAndMatchReport(IPage page, string file, string kind, string key)
    {
        await page.SetInputFilesAsync("#file", file);
        await page.WaitForFunctionAsync($"() => document.querySelector('#kind').value === '{kind}' && document.querySelector('#kind-hint').textContent.includes('{Path.GetFileName(file)}')");
        (await page.Locator("#kind-hint").InnerTextAsync()).Should().Contain("根据表头推断");
        var before = await page.Locator("#result").GetAttributeAsync("data-upload") ?? string.Empty;
        await page.ClickAsync("#send");
        await page.WaitForFunctionAsync(
            "before => { const r = document.querySelector('#result'); return r.dataset.upload && r.dataset.upload !== before && ['processed', 'rejected', 'poisoned'].includes(r.dataset.status); }",
            before, new PageWaitForFunctionOptions { Timeout = 120_000 });
        var id = await page.Locator("#result").GetAttributeAsync("data-upload");
        (await page.Locator("#result-h").InnerTextAsync()).Should().StartWith(Path.GetFileName(file));
        var status = await _host.GetJsonAsync(key, "/api/uploads/" + id);
        foreach (var k in new[] { "accepted", "rejected", "duplicates", "rows" })
        {
            (await page.Locator($"#count-{k} .value").InnerTextAsync()).Should().Be(status.GetProperty(k).GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), k);
        }

        var expected = Problems(status).Select(p => $"{p.Row}|{p.Column}|{p.Value}|{p.Rule}").ToList();
        var shown = await page.Locator("#problems-table tbody tr").EvaluateAllAsync<string[]>(
            "rs => rs.map(r => [0, 1, 2, 3].map(i => r.cells[i].textContent).join('|'))");
        if (expected.Count == 0)
        {
            (await page.Locator("#no-problems").CountAsync()).Should().Be(1);
        }
        else
        {
            shown.Should().BeEquivalentTo(expected, "the page shows exactly the problems of the validation report");
        }

        return status;
    }

    /// <summary>The USCCs of a roster workbook: the column headed 统一社会信用代码 (below the title rows).</summary>
    private static HashSet<string> Members(string roster)
    {
        using var wb = new XLWorkbook(roster);
        var sheet = wb.Worksheet(1);
        var header = sheet.CellsUsed().First(c => c.GetString() == "统一社会信用代码");
        return sheet.Column(header.Address.ColumnNumber).CellsUsed().Where(c => c.Address.RowNumber > header.Address.RowNumber)
            .Select(c => c.GetString()).ToHashSet(StringComparer.Ordinal);
    }

    private static List<(int Row, string Column, string Value, string Rule, string Severity)> Problems(JsonElement status)
        => status.GetProperty("problems").EnumerateArray().Select(p => (
            p.GetProperty("row").GetInt32(),
            p.TryGetProperty("column", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : string.Empty,
            p.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty,
            p.GetProperty("rule").GetString()!,
            p.GetProperty("severity").GetString()!)).ToList();
}
