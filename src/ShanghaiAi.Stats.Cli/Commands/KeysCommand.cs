using System.CommandLine;
using System.Globalization;
using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary><c>aistats keys add --role ROLE [--scope ID] [--db FILE]</c> (prints the key once, alone on its last line),
/// <c>keys list</c>, <c>keys revoke --id KEY_ID</c>: the functions app's API keys, stored hashed in the warehouse.</summary>
public static class KeysCommand
{
    public static Command Create()
    {
        var cmd = new Command("keys", "API keys of the functions app (函数应用API密钥)");
        cmd.Subcommands.Add(Add());
        cmd.Subcommands.Add(List());
        cmd.Subcommands.Add(Revoke());
        return cmd;
    }

    private static Option<string> Db() => new("--db") { Description = "The warehouse file", DefaultValueFactory = _ => "aistats.duckdb" };

    private static Command Add()
    {
        var role = new Option<string>("--role") { Description = "statistician | association | park | enterprise | planner", Required = true };
        var scope = new Option<string?>("--scope") { Description = "Association id, park id or credit code (association, park, enterprise)" };
        var db = Db();
        var cmd = new Command("add", "Issue a key; it is printed once, on the last line");
        cmd.Options.Add(role);
        cmd.Options.Add(scope);
        cmd.Options.Add(db);
        cmd.SetAction(parse => CliErrors.Run(() =>
        {
            var r = Caller.ParseRole(parse.GetValue(role)!)
                    ?? throw new StatsException($"role '{parse.GetValue(role)}': expected one of statistician, association, park, enterprise, planner");
            var s = parse.GetValue(scope);
            if (r is Role.Statistician or Role.Planner && !string.IsNullOrWhiteSpace(s))
            {
                throw new StatsException($"role {Caller.Name(r)}: takes no scope, found '{s}'");
            }

            var caller = new Caller(r, s);
            var (id, key) = new ApiKeyStore(StatsWarehouse.Open(parse.GetValue(db)!), TimeProvider.System).Add(caller);
            Console.WriteLine($"key {id} for {caller} (shown once; only its hash is kept):");
            Console.WriteLine(key);
            return 0;
        }));
        return cmd;
    }

    private static Command List()
    {
        var db = Db();
        var cmd = new Command("list", "Keys issued: id, role, scope, created, revoked");
        cmd.Options.Add(db);
        cmd.SetAction(parse => CliErrors.Run(() =>
        {
            foreach (var k in new ApiKeyStore(StatsWarehouse.Open(parse.GetValue(db)!), TimeProvider.System).List())
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{k.KeyId}\t{k.Caller}\tcreated {k.CreatedAt:yyyy-MM-dd HH:mm:ss}Z\t{(k.RevokedAt is { } at ? $"revoked {at:yyyy-MM-dd HH:mm:ss}Z" : "active")}"));
            }

            return 0;
        }));
        return cmd;
    }

    private static Command Revoke()
    {
        var id = new Option<string>("--id") { Description = "The key's id (k-…), as keys list shows it", Required = true };
        var db = Db();
        var cmd = new Command("revoke", "Revoke a key by its id");
        cmd.Options.Add(id);
        cmd.Options.Add(db);
        cmd.SetAction(parse => CliErrors.Run(() =>
        {
            var keyId = parse.GetValue(id)!;
            if (!new ApiKeyStore(StatsWarehouse.Open(parse.GetValue(db)!), TimeProvider.System).Revoke(keyId))
            {
                throw new StatsException($"key '{keyId}': no such active key");
            }

            Console.WriteLine($"revoked {keyId}");
            return 0;
        }));
        return cmd;
    }
}
