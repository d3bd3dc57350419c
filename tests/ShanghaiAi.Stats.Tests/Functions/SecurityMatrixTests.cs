using System.Net;
using System.Text;
using System.Text.Json;
using ShanghaiAi.Stats.Tests.Functions.Support;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Functions;

/// <summary>
/// Every role (and no key) against every HTTP function: the status, and that a body holds nothing outside the caller's
/// scope (another caller's uploads, contributors or suppressed values for the public, another park's score, the close
/// summary). One closed period (2026-10) and one upload per role make the data.
/// </summary>
public sealed class SecurityMatrixTests
{
    private const string Stat = "statistician";
    private const string Assoc = "association:sh-ai-industry-association";
    private const string Park = "park:SHAIP01";
    private const string Planner = "planner";
    private static readonly string Ent = "enterprise:" + Some.Uscc(1);
    private static readonly string?[] Everyone = [Stat, Assoc, Park, Ent, Planner, null];

    [Fact]
    public async Task EveryRoleByEveryEndpoint_StatusAndScope()
    {
        await using var bed = await FunctionsBed.StartAsync();
        var reg = await bed.Upload(Stat, "register", "register.csv", FunctionsData.Register);
        var regId = Id(reg);
        await bed.WaitFinal(Stat, regId);
        var monthlyId = Id(await bed.Upload(Stat, "monthly-report", "m.csv", FunctionsData.Monthly(6)));
        await bed.WaitFinal(Stat, monthlyId);
        var assocId = Id(await bed.Upload(Assoc, "monthly-report", "a.csv", FunctionsData.Monthly(1, salt: 3)));
        await bed.WaitFinal(Assoc, assocId);
        using var close = await bed.Http.SendAsync(bed.Request(HttpMethod.Post, "/api/periods/2026-10/close", Stat));
        close.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var closeId = Id(close);
        JsonElement job;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            await Task.Delay(200);
            job = await bed.Json(Stat, $"/api/closes/{closeId}");
        }
        while (job.GetProperty("status").GetString() is "queued" or "running" && clock.Elapsed < TimeSpan.FromSeconds(120));

        job.GetProperty("status").GetString().Should().Be("done", job.ToString());
        var vintage = job.GetProperty("vintage").GetString();

        var failures = new List<string>();
        async Task Expect(string method, string path, Func<string?, HttpStatusCode> expected, Func<string?, string, string?>? scope = null, HttpContent? body = null)
        {
            foreach (var who in Everyone)
            {
                using var m = bed.Request(new HttpMethod(method), path, who);
                if (body is not null)
                {
                    m.Content = new ByteArrayContent(await body.ReadAsByteArrayAsync());
                    m.Content.Headers.ContentType = body.Headers.ContentType;
                }

                using var r = await bed.Http.SendAsync(m);
                var text = await r.Content.ReadAsStringAsync();
                // Without a key: 401, except health, openapi, the web pages and the public reads the public dashboard
                // makes (indicators, vintages, park scores), answered as to a planner.
                var asWho = who is null && IsPublicRead(path) ? Planner : who;
                var want = who is null && !IsPublicRead(path) && path is not "/api/health" and not "/api/openapi.json" && !path.StartsWith("/api/web/", StringComparison.Ordinal)
                    ? HttpStatusCode.Unauthorized : expected(asWho);
                if (r.StatusCode != want)
                {
                    failures.Add($"{method} {path} as {who ?? "(no key)"}: expected {(int)want}, found {(int)r.StatusCode} {text[..Math.Min(200, text.Length)]}");
                }
                else if (r.IsSuccessStatusCode && scope?.Invoke(asWho, text) is { } leak)
                {
                    failures.Add($"{method} {path} as {who}: {leak}");
                }
            }
        }

        static HttpStatusCode Only(string? who, params string[] allowed) => allowed.Contains(who) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
        var csv = new StringContent("uscc\n1\n", Encoding.UTF8, "text/csv");

        await Expect("GET", "/api/health", _ => HttpStatusCode.OK);
        await Expect("GET", "/api/openapi.json", _ => HttpStatusCode.OK);
        await Expect("GET", "/api/uploads", _ => HttpStatusCode.OK, (who, text) =>
            who == Stat ? null : new[] { regId, monthlyId, assocId }.Where(id => who != Assoc || id != assocId).FirstOrDefault(text.Contains) is { } leak ? "lists another caller's upload " + leak : null);
        await Expect("GET", $"/api/uploads/{regId}", who => Only(who, Stat));
        await Expect("GET", $"/api/uploads/{assocId}", who => Only(who, Stat, Assoc));
        await Expect("GET", $"/api/uploads/{regId}/report", who => Only(who, Stat));
        await Expect("POST", "/api/uploads/register?filename=r.csv", who => who == Stat ? HttpStatusCode.Accepted : HttpStatusCode.Forbidden, body: csv);
        await Expect("POST", "/api/uploads/member-roster?filename=r.csv", who => who is Assoc ? HttpStatusCode.Accepted : HttpStatusCode.Forbidden, body: csv);
        await Expect("POST", "/api/uploads/monthly-report?filename=m.csv", who => who == Stat || who == Assoc || who == Ent ? HttpStatusCode.Accepted : HttpStatusCode.Forbidden, body: csv);
        await Expect("POST", "/api/uploads/park-report?filename=p.csv", who => who is Stat or Park ? HttpStatusCode.Accepted : HttpStatusCode.Forbidden, body: csv);
        await Expect("GET", $"/api/closes/{closeId}", who => Only(who, Stat));
        await Expect("GET", "/api/indicators?period=2026-10", _ => HttpStatusCode.OK, (who, text) =>
            who != Stat && (text.Contains("\"contributors\"", StringComparison.Ordinal) || PublicLeak(text)) ? "public table shows contributors or a suppressed value" : null);
        await Expect("GET", "/api/vintages", _ => HttpStatusCode.OK, (who, text) =>
            who != Stat && text.Contains("enterprises_in_scope", StringComparison.Ordinal) ? "shows the close summary" : null);
        await Expect("GET", "/api/parks/scores?period=2026-10", who => who == Stat || who == Planner || who == Park ? HttpStatusCode.OK : HttpStatusCode.Forbidden, (who, text) =>
            who == Park && JsonDocument.Parse(text).RootElement.GetProperty("parks").EnumerateArray().Any(p => p.GetProperty("park_id").GetString() != "SHAIP01") ? "shows another park" : null);
        await Expect("GET", $"/api/vintages/{vintage}/return?audience=internal", who => Only(who, Stat));
        await Expect("GET", $"/api/vintages/{vintage}/return?audience=public", _ => HttpStatusCode.OK);
        await Expect("GET", $"/api/vintages/{vintage}/dashboard/index.html", _ => HttpStatusCode.OK);
        await Expect("GET", $"/api/vintages/{vintage}/dashboard/..%2F..%2Freview-queue.csv", _ => HttpStatusCode.NotFound);
        await Expect("GET", "/api/warnings", who => Only(who, Stat));
        await Expect("GET", "/api/warnings?decision=all", who => Only(who, Stat));
        await Expect("GET", $"/api/vintages/{vintage}/revisions?changed=false", who => Only(who, Stat));
        await Expect("POST", "/api/warnings/decisions", who => who == Stat ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden, body: new StringContent("{}", Encoding.UTF8, "application/json"));
        await Expect("GET", "/api/classification/review", who => Only(who, Stat));
        await Expect("POST", "/api/classification/overrides", who => who == Stat ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden, body: new StringContent("{}", Encoding.UTF8, "application/json"));
        await Expect("POST", "/api/periods/2026-10/close", who => who == Stat ? HttpStatusCode.Accepted : HttpStatusCode.Forbidden);
        await Expect("GET", "/api/whoami", _ => HttpStatusCode.OK, (who, text) => text.Contains($"\"caller\":\"{who}\"", StringComparison.Ordinal) ? null : "names another caller");
        await Expect("GET", "/api/web/dashboard", _ => HttpStatusCode.OK);

        failures.Should().BeEmpty();
    }

    private static bool IsPublicRead(string path) =>
        path.StartsWith("/api/indicators?", StringComparison.Ordinal) || path == "/api/vintages" || path.StartsWith("/api/parks/scores?", StringComparison.Ordinal);

    /// <summary>True when a public JSON row with a suppression status other than F carries a value.</summary>
    private static bool PublicLeak(string text) =>
        JsonDocument.Parse(text).RootElement.GetProperty("rows").EnumerateArray()
            .Any(r => r.GetProperty("conf_status").GetString() != "F" && r.GetProperty("value").GetString() is { Length: > 0 });

    private static string Id(HttpResponseMessage r) => r.Headers.Location!.ToString().Split('/')[^1];
}
