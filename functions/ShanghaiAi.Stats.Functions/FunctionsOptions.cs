namespace ShanghaiAi.Stats.Functions;

/// <summary>App settings of the functions app (environment or appsettings): where the warehouse and blobs live.</summary>
public sealed record FunctionsOptions(string DatabasePath, string StorageRoot, string? CloseSchedule)
{
    public static FunctionsOptions FromConfiguration(IConfiguration config)
    {
        var root = config["AISTATS_STORAGE_ROOT"] ?? Path.Combine(Path.GetTempPath(), "aistats-functions");
        return new FunctionsOptions(
            config["AISTATS_DB"] ?? Path.Combine(root, "aistats.duckdb"),
            root,
            config["CLOSE_SCHEDULE"]);
    }
}
