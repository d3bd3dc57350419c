using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>
/// GET {routePrefix}/periods: the closed periods and their vintages, for the dashboard's picker. Public (anonymous):
/// names of periods and vintages only, no figure. A warehouse that does not exist yet has no closed period; this
/// function never creates one.
/// </summary>
public static class PeriodsFunction
{
    public static IResult Run(HttpRequest request, FunctionsOptions options)
    {
        _ = request;
        if (!File.Exists(options.DatabasePath))
        {
            return Results.Ok(new { periods = Array.Empty<object>() });
        }

        using var connection = StatsWarehouse.Open(options.DatabasePath).OpenRead();
        var periods = ClosedPeriods.Read(connection);
        return Results.Ok(new { periods = periods.Select(p => new { period = p.Period, vintages = p.Vintages }) });
    }
}
