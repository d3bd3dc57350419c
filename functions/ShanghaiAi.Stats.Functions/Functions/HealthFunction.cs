using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET {routePrefix}/health: liveness, and whether the reference data and warehouse are usable.</summary>
public static class HealthFunction
{
    public static IResult Run(HttpRequest request, FunctionsOptions options, TimeProvider time)
    {
        _ = request;
        var reference = ReferenceData.Embedded;
        var dbOk = TryWarehouse(options.DatabasePath, out var dbError);
        var body = new
        {
            status = dbOk ? "ok" : "degraded",
            time = time.GetUtcNow(),
            reference_edition = reference.Edition,
            districts = reference.ActiveDistricts.Count(),
            parks = reference.Parks.Count,
            warehouse = dbOk ? "ok" : dbError,
        };
        return dbOk ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static bool TryWarehouse(string path, out string? error)
    {
        try
        {
            var w = StatsWarehouse.Open(path);
            _ = w.Scalar<long>("SELECT count(*) FROM schema_migrations");
            error = null;
            return true;
        }
        catch (Exception e) when (e is IOException or DuckDB.NET.Data.DuckDBException or UnauthorizedAccessException)
        {
            error = e.Message;
            return false;
        }
    }
}
