using DuckDB.NET.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET /api/health: liveness, the reference data and the warehouse. It never creates or migrates a
/// warehouse: an absent file is reported as absent, an existing one is only read.</summary>
public sealed class HealthFunction(AppSettings settings, TimeProvider time)
{
    [Function("health")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest req)
    {
        _ = req;
        var reference = ReferenceData.Embedded;
        string warehouse;
        var ok = true;
        if (!File.Exists(settings.DatabasePath))
        {
            warehouse = "absent";
        }
        else
        {
            try
            {
                using var c = new DuckDBConnection($"Data Source={settings.DatabasePath}");
                c.Open();
                using var cmd = c.CreateCommand();
                cmd.CommandText = "SELECT max(version) FROM schema_migrations";
                warehouse = "ok (schema " + Convert.ToString(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) + ")";
            }
            catch (Exception e) when (e is IOException or DuckDBException or UnauthorizedAccessException)
            {
                warehouse = e.Message;
                ok = false;
            }
        }

        var body = new Dictionary<string, object?>
        {
            ["status"] = ok ? "ok" : "degraded",
            ["time"] = time.GetUtcNow(),
            ["reference_edition"] = reference.Edition,
            ["districts"] = reference.ActiveDistricts.Count(),
            ["parks"] = reference.Parks.Count,
            ["warehouse"] = warehouse,
            ["storage"] = settings.CloudStorage ? "azure" : "local",
        };
        return ApiResults.Ok(body, ok ? 200 : 503);
    }
}
