using System.Net;
using ShanghaiAi.Stats.Tests.Functions.Support;

namespace ShanghaiAi.Stats.Tests.Functions;

/// <summary>Many uploads from concurrent clients (the load: 200 uploads from 20 clients): every upload accounted for (processed, rejected with a report, or refused with Retry-After), no 500, and
/// the warehouse holds exactly the accepted rows.</summary>
public sealed class UploadLoadTests
{
    [Fact]
    public async Task Uploads_FromConcurrentClients_AllAccountedForAndRowsEqualAccepted()
    {
        await using var bed = await FunctionsBed.StartAsync();
        await bed.WaitFinal("statistician", (await bed.Upload("statistician", "register", "register.csv", FunctionsData.Register)).Headers.Location!.ToString().Split('/')[^1]);
        bed.Key("statistician");
        const int clients = 20, perClient = 10;
        var results = await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = new List<(HttpStatusCode Status, string? Id, bool RetryAfter)>();
            for (var i = 0; i < perClient; i++)
            {
                // Each file a different month (2026-10 and the 199 months before it), so that accepted rows add up: no
                // file revises another, and none is the current, unfinished month.
                var n = (c * perClient) + i;
                var months = (2026 * 12) + 9 - n;
                var period = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{months / 12}-{(months % 12) + 1:D2}");
                using var r = await bed.Upload("statistician", "monthly-report", $"m{n}.csv", FunctionsData.Monthly(1 + (n % 6), period: period));
                mine.Add((r.StatusCode, r.Headers.Location?.ToString().Split('/')[^1], r.Headers.RetryAfter is not null));
            }

            return mine;
        })));
        var all = results.SelectMany(x => x).ToList();
        all.Should().HaveCount(clients * perClient);
        all.Should().OnlyContain(r => r.Status == HttpStatusCode.Accepted || (r.Status == HttpStatusCode.TooManyRequests && r.RetryAfter));
        var accepted = 0;
        foreach (var (_, id, _) in all.Where(r => r.Status == HttpStatusCode.Accepted))
        {
            var s = await bed.WaitFinal("statistician", id!, TimeSpan.FromSeconds(120));
            s.GetProperty("status").GetString().Should().BeOneOf("processed", "rejected");
            if (s.GetProperty("status").GetString() == "processed")
            {
                accepted += s.GetProperty("accepted").GetInt32();
            }
        }

        using var c = new DuckDB.NET.Data.DuckDBConnection($"Data Source={bed.DbPath}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM reports WHERE period < DATE '2026-11-01'";
        Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture).Should().Be(accepted);
        accepted.Should().BeGreaterThan(0);
    }
}
