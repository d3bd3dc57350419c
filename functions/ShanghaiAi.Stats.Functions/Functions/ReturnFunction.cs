using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET /api/vintages/{vintage}/return?audience=internal|public: the Excel return of a vintage; the internal
/// one only for a statistician.</summary>
public sealed class ReturnFunction(RequestAuth auth, ReleaseFiles files)
{
    [Function("return")]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "vintages/{vintage}/return")] HttpRequest req, string vintage)
    {
        if (auth.Authenticate(req, out var denied) is not { } caller)
        {
            return denied!;
        }

        var audience = req.Query["audience"].FirstOrDefault() ?? "public";
        if (audience is not ("public" or "internal"))
        {
            return ApiResults.Error(400, $"audience '{audience}': expected internal or public");
        }

        if (audience == "internal" && !auth.Rules.IsStatistician(caller))
        {
            return ApiResults.Forbidden("the internal return is for the statistician");
        }

        var period = vintage.Split('.')[0];
        var name = audience == "internal" ? $"internal/return-{period}.xlsx" : $"public/return-{period}-public.xlsx";
        return await files.ServeAsync(vintage, name, req.HttpContext.RequestAborted).ConfigureAwait(false) ?? ApiResults.NotFound($"{audience} return of vintage '{vintage}'");
    }
}
