using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;
using ShanghaiAi.Stats.Functions.Hosting;
using ShanghaiAi.Stats.Functions.Web;
using ShanghaiAi.Stats.Intake;

namespace ShanghaiAi.Stats.Functions.LocalHost;

/// <summary>
/// Runs the app's function classes on Kestrel, without the Functions host: HTTP functions at host.json's route prefix
/// with the methods and routes of their attributes, queue functions on <see cref="QueueListener"/>, timer functions on
/// <see cref="TimerRunner"/>; the same services as the Azure worker (<see cref="AppServices"/>). A function whose auth
/// level is not Anonymous needs a key (Admin: a statistician's).
/// </summary>
public static class LocalFunctionsHost
{
    public static WebApplication Build(IReadOnlyDictionary<string, string?> settings, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        configure?.Invoke(builder);
        var appSettings = AppSettings.From(builder.Configuration);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = appSettings.MaxUploadBytes + (1 << 20));
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = appSettings.MaxUploadBytes + (1 << 20));
        builder.Services.AddStatsApp(builder.Configuration);

        // Responses the functions did not compress themselves (the indicators answer is compressed once, in its cache).
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            o.MimeTypes = [.. Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes, "text/csv", "image/svg+xml"];
        });
        builder.Services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        builder.Services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        foreach (var entry in FunctionTable.App)
        {
            switch (entry.Trigger)
            {
                case "queueTrigger":
                    builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostedService>(sp => ActivatorUtilities.CreateInstance<QueueListener>(sp, entry));
                    break;
                case "timerTrigger":
                    builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostedService>(sp => ActivatorUtilities.CreateInstance<TimerRunner>(sp, entry));
                    break;
            }
        }

        var app = builder.Build();
        if (!appSettings.CloudStorage)
        {
            var queues = app.Services.GetRequiredService<QueueSet>();
            foreach (var q in FunctionTable.App.Where(e => e.QueueName is not null))
            {
                ((FolderQueue)queues.Get(q.QueueName!)).RecoverHidden();
            }
        }

        app.UseResponseCompression();
        var host = app.Services.GetRequiredService<HostSettings>();
        foreach (var entry in FunctionTable.App.Where(e => e.Trigger == "httpTrigger"))
        {
            app.MapMethods(host.Route(entry.Route ?? entry.Name), entry.Methods.Select(m => m.ToUpperInvariant()).ToList(), ctx => Handle(entry, ctx));
        }

        WebPages.Map(app, host.RoutePrefix);

        return app;
    }

    private static Task Handle(FunctionEntry entry, HttpContext ctx)
    {
        if (entry.AuthLevel is not "Anonymous")
        {
            var auth = ctx.RequestServices.GetRequiredService<RequestAuth>();
            var caller = auth.Authenticate(ctx.Request, out _);
            if (caller is null || (entry.AuthLevel == "Admin" && !auth.Rules.IsStatistician(caller)))
            {
                ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            }
        }

        return FunctionInvoker.InvokeHttpAsync(entry, ctx);
    }
}
