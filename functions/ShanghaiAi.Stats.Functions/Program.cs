using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using ShanghaiAi.Stats.Functions.App;

// The Azure Functions isolated worker (ASP.NET Core integration). Locally, without the Functions host, the same
// function classes run under `aistats serve` (LocalHost/).
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddStatsApp(builder.Configuration);
await builder.Build().RunAsync();
