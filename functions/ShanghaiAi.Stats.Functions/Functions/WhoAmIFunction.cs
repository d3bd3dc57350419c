using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET /api/whoami: the role and scope of the caller's key (what the sign-in page shows); 401 without a
/// valid key.</summary>
public sealed class WhoAmIFunction(RequestAuth auth)
{
    [Function("whoami")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "whoami")] HttpRequest req)
    {
        if (auth.Authenticate(req, out var denied) is not { } caller)
        {
            return denied!;
        }

        return ApiResults.Ok(new Dictionary<string, object?>
        {
            ["role"] = ShanghaiAi.Stats.Access.Caller.Name(caller.Role), ["scope"] = caller.Scope, ["caller"] = caller.ToString(),
        });
    }
}
