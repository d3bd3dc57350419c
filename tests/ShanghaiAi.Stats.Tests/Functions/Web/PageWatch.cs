using Microsoft.Playwright;

namespace ShanghaiAi.Stats.Tests.Functions.Web;

/// <summary>
/// What a page did in the browser: console errors, page errors, failed requests (network failure or HTTP status
/// of 400 and above not in <see cref="Expected"/>), and every request URL with its body, to check what was sent.
/// </summary>
public sealed class PageWatch
{
    private readonly List<string> _errors = [];
    private readonly List<string> _requests = [];
    private readonly List<string> _responses = [];

    public PageWatch(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Console += (_, m) => { if (m.Type == "error") { Add(_errors, $"console: {m.Text}"); } };
        page.PageError += (_, e) => Add(_errors, $"page error: {e}");
        page.RequestFailed += (_, r) => Add(_errors, $"request failed: {r.Method} {r.Url} {r.Failure}");
        page.Request += (_, r) => Add(_requests, $"{r.Method} {r.Url} {r.PostData}");
        page.Response += async (_, r) =>
        {
            if (r.Status >= 400 && !Expected.Contains(r.Status))
            {
                Add(_errors, $"HTTP {r.Status}: {r.Request.Method} {r.Url}");
            }

            var type = r.Headers.GetValueOrDefault("content-type") ?? string.Empty;
            if (type.Contains("json", StringComparison.Ordinal) || type.Contains("text", StringComparison.Ordinal))
            {
                try
                {
                    Add(_responses, await r.TextAsync());
                }
                catch (PlaywrightException)
                {
                    // the page navigated away; the body is gone
                }
            }
        };
    }

    /// <summary>HTTP statuses a test expects (e.g. 401 for a wrong key); others count as failures.</summary>
    public HashSet<int> Expected { get; } = [];

    public IReadOnlyList<string> Errors { get { lock (_errors) { return [.. _errors]; } } }

    public IReadOnlyList<string> Requests { get { lock (_requests) { return [.. _requests]; } } }

    /// <summary>The text bodies of every JSON/text response the page received.</summary>
    public IReadOnlyList<string> Responses { get { lock (_responses) { return [.. _responses]; } } }

    private static void Add(List<string> list, string text)
    {
        lock (list)
        {
            list.Add(text);
        }
    }
}
