using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShanghaiAi.Stats.Functions.Auth;
using ShanghaiAi.Stats.Functions.Hosting;
using ShanghaiAi.Stats.Functions.Storage;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Intake;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Functions.App;

/// <summary>The services the function classes take, registered the same way by the Azure worker (Program.cs) and by
/// the local host (<c>aistats serve</c>).</summary>
public static class AppServices
{
    public static IServiceCollection AddStatsApp(this IServiceCollection services, IConfiguration config, string? hostJson = null)
    {
        var settings = AppSettings.From(config);
        services.AddMvcCore();
        services.AddSingleton(settings);
        services.AddSingleton(HostSettings.Load(hostJson ?? Path.Combine(AppContext.BaseDirectory, "host.json")).WithOverrides(config));
        services.AddSingleton(config);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AppWarehouse>();
        services.AddSingleton<IAccessRules, AccessRules>();
        services.AddSingleton<RequestAuth>();
        services.AddSingleton<IBlobStore>(_ => settings.CloudStorage
            ? new AzureBlobStore(settings.StorageConnection!, StorageNames.Container)
            : new FolderBlobStore(Path.Combine(settings.StorageRoot, "blobs")));
        services.AddSingleton(sp => new QueueSet(name => settings.CloudStorage
            ? new AzureMessageQueue(settings.StorageConnection!, name)
            : new FolderQueue(Path.Combine(settings.StorageRoot, "queues"), name, sp.GetRequiredService<TimeProvider>())));
        services.AddSingleton(sp => new UploadRecords(sp.GetRequiredService<IBlobStore>()));
        services.AddSingleton(sp => new UploadIntake(sp.GetRequiredService<UploadRecords>(), sp.GetRequiredService<QueueSet>().Uploads,
            new IntakeLimits(settings.MaxUploadBytes, settings.MaxQueued), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp =>
        {
            var w = sp.GetRequiredService<AppWarehouse>();
            var time = sp.GetRequiredService<TimeProvider>();
            var service = new Lazy<IngestService>(() => new IngestService(w.Warehouse, ReferenceData.Embedded, time, IngestOptions.ForDatabase(w.Path)));
            return new UploadProcessor(sp.GetRequiredService<UploadRecords>(), r => service.Value.Ingest(r), time);
        });
        services.AddSingleton(sp => new UploadSweep(sp.GetRequiredService<UploadRecords>(), sp.GetRequiredService<QueueSet>().Uploads,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new CloseJobs(sp.GetRequiredService<IBlobStore>(), sp.GetRequiredService<QueueSet>().Closes,
            () => sp.GetRequiredService<AppWarehouse>().Warehouse, Path.Combine(settings.StorageRoot, "releases"), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ReleaseFiles>();
        return services;
    }
}
