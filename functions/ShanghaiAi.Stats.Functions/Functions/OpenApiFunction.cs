using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Hosting;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET /api/openapi.json: the API as OpenAPI 3.0, built from the functions' own attributes.</summary>
public sealed class OpenApiFunction(HostSettings host)
{
    [Function("openapi")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest req)
    {
        _ = req;
        return ApiResults.Ok(OpenApiDocument.Build(host));
    }
}
