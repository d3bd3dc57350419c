using Microsoft.Extensions.Hosting;
using System.CommandLine;
using ShanghaiAi.Stats.Functions.LocalHost;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary><c>aistats serve [--urls URL] [--db FILE] [--storage DIR]</c>: the functions app on this machine (Kestrel),
/// the same function classes as the Azure worker. Embedded storage (folders, a durable on-disk queue) unless the
/// AzureWebJobsStorage setting names a storage account (Azure, or Azurite).</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:7071" };
        var db = new Option<string?>("--db") { Description = "The warehouse file (default aistats.duckdb under --storage)" };
        var storage = new Option<string>("--storage") { Description = "Folder of blobs, queues and releases", DefaultValueFactory = _ => "aistats-storage" };
        var cmd = new Command("serve", "Run the functions app locally: uploads, ingestion queue, close timer, reads (本地运行函数应用)");
        cmd.Options.Add(urls);
        cmd.Options.Add(db);
        cmd.Options.Add(storage);
        cmd.SetAction(async (parse, ct) =>
        {
            var root = Path.GetFullPath(parse.GetValue(storage)!);
            var settings = new Dictionary<string, string?>
            {
                ["urls"] = parse.GetValue(urls),
                ["AISTATS_STORAGE_ROOT"] = root,
                ["AISTATS_DB"] = Path.GetFullPath(parse.GetValue(db) ?? Path.Combine(root, "aistats.duckdb")),
            };
            await using var app = LocalFunctionsHost.Build(settings);
            await app.StartAsync(ct);
            Console.WriteLine($"listening on {string.Join(", ", app.Urls)}");
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return cmd;
    }
}
