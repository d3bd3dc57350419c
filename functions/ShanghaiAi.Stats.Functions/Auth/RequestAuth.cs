using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Functions.App;

namespace ShanghaiAi.Stats.Functions.Auth;

/// <summary>Finds the caller of a request by its API key (header <c>x-functions-key</c> or query <c>?code=</c>, as Azure
/// Functions), or answers 401.</summary>
public sealed class RequestAuth(AppWarehouse warehouse, IAccessRules rules)
{
    public const string Header = "x-functions-key";

    public IAccessRules Rules => rules;

    /// <summary>
    /// For the public reads (indicators, vintages, park scores: what the public dashboard shows): the caller of the
    /// key when one is sent (401 when it is wrong), else an anonymous reader with a planner's rights.
    /// </summary>
    public Caller? AuthenticateOrPublic(HttpRequest request, out IActionResult? denied)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Headers[Header].FirstOrDefault() ?? request.Query["code"].FirstOrDefault()))
        {
            denied = null;
            return new Caller(Role.Planner, null);
        }

        return Authenticate(request, out denied);
    }

    /// <summary>The caller, or null with <paramref name="denied"/> set to the 401 to return.</summary>
    public Caller? Authenticate(HttpRequest request, out IActionResult? denied)
    {
        var key = request.Headers[Header].FirstOrDefault() ?? request.Query["code"].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(key))
        {
            denied = ApiResults.Error(StatusCodes.Status401Unauthorized, "no API key: send it in the x-functions-key header or ?code=", "缺少API密钥");
            return null;
        }

        var caller = warehouse.Keys.Find(key);
        denied = caller is null ? ApiResults.Error(StatusCodes.Status401Unauthorized, "unknown or revoked API key", "API密钥无效或已吊销") : null;
        return caller;
    }

    /// <summary>The caller when it is a statistician; else null with the 401 or 403 to return.</summary>
    public Caller? Statistician(HttpRequest request, string what, out IActionResult? denied)
    {
        var caller = Authenticate(request, out denied);
        if (caller is not null && !rules.IsStatistician(caller))
        {
            denied = ApiResults.Forbidden(what);
            return null;
        }

        return caller;
    }
}
