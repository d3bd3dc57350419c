using System.Net;
using Microsoft.Playwright;

namespace ShanghaiAi.Stats.Tests.Functions.Web;

/// <summary>The pages as served by the functions app, in Chromium, before anyone signs in.</summary>
[Collection(WebCollection.Name)]
public sealed class WebPagesTests : IAsyncLifetime
{
    private readonly Chromium _chromium;
    private readonly string _root = Directory.CreateTempSubdirectory("aistats-web-").FullName;
    private WebHost _host = null!;

    public WebPagesTests(Chromium chromium) => _chromium = chromium;

    public async Task InitializeAsync() => _host = await WebHost.StartAsync(_root);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Theory]
    [InlineData("/", "signin", 1280)]
    [InlineData("/", "signin-phone", 390)]
    [InlineData("/upload", "upload-signed-out", 1280)]
    [InlineData("/desk", "desk-signed-out", 390)]
    [InlineData("/dashboard", "dashboard-empty", 1280)]
    public async Task Page_SignedOut_LoadsFromTheAppAloneWithoutErrors(string path, string shot, int width)
    {
        var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        context.SetDefaultTimeout(90_000); // a shared, loaded CI box
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);

        var response = await page.GotoAsync(_host.Address + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        response!.Status.Should().Be((int)HttpStatusCode.OK);
        (await page.Locator("header.top h1").InnerTextAsync()).Should().Be("上海市人工智能产业统计监测");
        watch.Errors.Should().BeEmpty();
        watch.Requests.Should().OnlyContain(r => r.Contains(" " + _host.Address + "/", StringComparison.Ordinal), "no CDN, no external request");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        overflow.Should().BeFalse($"the page fits {width} px without sideways scrolling");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shots.PathOf(shot), FullPage = true });
        await context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_KeyboardOnly_ReachesKeyFieldAndSwitchesLanguage()
    {
        var page = await _chromium.Browser.NewPageAsync();
        page.SetDefaultTimeout(90_000);
        var watch = new PageWatch(page);
        await page.GotoAsync(_host.Address + "/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.className")).Should().Be("skip");
        for (var i = 0; i < 10 && await page.EvaluateAsync<string>("() => document.activeElement.id") != "lang"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        (await page.Locator("html").GetAttributeAsync("lang")).Should().Be("en");
        (await page.Locator("header.top h1").InnerTextAsync()).Should().Be("Shanghai AI Sector Statistics");
        (await page.Locator("label[for=key]").InnerTextAsync()).Should().Be("Access key");
        await page.FocusAsync("#key");
        (await page.EvaluateAsync<string>("() => document.activeElement.labels[0].textContent")).Should().Be("Access key");
        watch.Errors.Should().BeEmpty();
        await page.CloseAsync();
    }

    [Fact]
    public async Task Assets_ServedWithTypesAndETags_UnknownIs404()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_host.Address) };
        var js = await http.GetAsync(new Uri("/web/js/dashboard.js", UriKind.Relative));
        var reference = await http.GetStringAsync(new Uri("/web/reference.json", UriKind.Relative));
        var missing = await http.GetAsync(new Uri("/web/js/nothing.js", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/web/js/dashboard.js", UriKind.Relative));
        again.Headers.TryAddWithoutValidation("If-None-Match", js.Headers.ETag!.ToString());
        var notModified = await http.SendAsync(again);
        var page = await http.GetStringAsync(new Uri("/dashboard", UriKind.Relative));

        js.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        page.Should().Contain("data-api=\"/api\"");
        reference.Should().Contain("\"code\":\"310115\"").And.Contain("浦东新区").And.Contain("\"code\":\"ai_revenue\"");
    }
}
