using System.Globalization;
using System.Net;

namespace ShanghaiAi.Stats.Tests.Functions.Support;

/// <summary>The upload flow both storage modes run: register (6 rows), then a monthly report of 4 enterprises of which
/// one row repeated exactly (both copies are duplicates, as the core marks them); the statuses, counts and warehouse rows are checked by hand-worked values.</summary>
public static class UploadFlow
{
    public static async Task RunAsync(FunctionsBed bed)
    {
        var reg = await bed.Upload("statistician", "register", "register.csv", FunctionsData.Register);
        reg.StatusCode.Should().Be(HttpStatusCode.Accepted, await reg.Content.ReadAsStringAsync());
        var regId = reg.Headers.Location!.ToString().Split('/')[^1];
        var regStatus = await bed.WaitFinal("statistician", regId);
        regStatus.GetProperty("status").GetString().Should().Be("processed", regStatus.ToString());
        regStatus.GetProperty("accepted").GetInt32().Should().Be(6);

        var monthly = FunctionsData.Monthly(4);
        var lines = monthly.TrimEnd('\n').Split('\n');
        monthly = string.Join('\n', lines.Append(lines[1])) + "\n";
        var m = await bed.Upload("statistician", "monthly-report", "月报 2026-10.csv", monthly);
        m.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var id = m.Headers.Location!.ToString().Split('/')[^1];
        var s = await bed.WaitFinal("statistician", id);
        s.GetProperty("status").GetString().Should().Be("processed", s.ToString());
        s.GetProperty("kind").GetString().Should().Be("monthly-report");
        s.GetProperty("rows").GetInt32().Should().Be(5);
        (s.GetProperty("accepted").GetInt32() + s.GetProperty("rejected").GetInt32() + s.GetProperty("duplicates").GetInt32()).Should().Be(5);
        s.GetProperty("duplicates").GetInt32().Should().Be(2);
        s.GetProperty("accepted").GetInt32().Should().Be(3, s.ToString());
        s.GetProperty("file_name").GetString().Should().Be("月报 2026-10.csv");

        // An association's report of an enterprise that is not its member: processed, the row rejected by the core's
        // rule (AUTH-H01, Access/Authority). The association sees its own upload only; the statistician sees all three.
        var a = await bed.Upload("association:sh-ai-industry-association", "monthly-report", "a01.csv", FunctionsData.Monthly(1, salt: 7));
        var aStatus = await bed.WaitFinal("association:sh-ai-industry-association", a.Headers.Location!.ToString().Split('/')[^1]);
        aStatus.GetProperty("rejected").GetInt32().Should().Be(1, aStatus.ToString());
        aStatus.GetProperty("problems")[0].GetProperty("rule").GetString().Should().Be("AUTH-H01", "the core's Authority rejects a row of a non-member");
        (await bed.Json("association:sh-ai-industry-association", "/api/uploads")).GetProperty("total").GetInt32().Should().Be(1);
        (await bed.Json("statistician", "/api/uploads")).GetProperty("total").GetInt32().Should().Be(3);
        using (var other = await bed.Http.SendAsync(bed.Request(HttpMethod.Get, $"/api/uploads/{regId}", "association:sh-ai-industry-association")))
        {
            other.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        }

        using var c = new DuckDB.NET.Data.DuckDBConnection($"Data Source={bed.DbPath}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT count(DISTINCT uscc) FROM reports WHERE period = DATE '2026-10-01'";
        // Accepted rows of the statistician's report; the association's row was rejected.
        Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture).Should().Be(s.GetProperty("accepted").GetInt32());
    }
}
