using ShanghaiAi.Stats.Functions.Functions;
using ShanghaiAi.Stats.Functions.Hosting;
using ShanghaiAi.Stats.Functions.Web;

namespace ShanghaiAi.Stats.Functions;

/// <summary>
/// Builds the functions app: an ASP.NET Core host shaped like an Azure Functions isolated worker with ASP.NET Core
/// integration (one class per function, routes under host.json's routePrefix). Swapping onto the real Worker is an
/// adapter change: the function bodies take <see cref="HttpRequest"/> and return <see cref="IResult"/>.
/// </summary>
public static class FunctionsApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var hostJson = builder.Configuration["AISTATS_HOST_JSON"] ?? Path.Combine(AppContext.BaseDirectory, "host.json");
        var host = HostSettings.Load(hostJson);
        var options = FunctionsOptions.FromConfiguration(builder.Configuration);
        builder.Services.AddSingleton(host);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);

        var app = builder.Build();
        app.MapGet(host.Route("health"), HealthFunction.Run);
        WebPages.Map(app, host.RoutePrefix);
        return app;
    }
}
