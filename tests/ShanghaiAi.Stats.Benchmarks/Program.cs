using System.Globalization;
using System.Reflection;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// Each benchmark is a static class named XxxBenchmark with `public static void Run(string[] args)`.
var benchmarks = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Benchmark", StringComparison.Ordinal))
    .Select(t => (Name: t.Name[..^"Benchmark".Length].ToLowerInvariant(), Run: t.GetMethod("Run", [typeof(string[])])))
    .Where(b => b.Run is not null)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

if (args.Length == 0 || benchmarks.All(b => b.Name != args[0].ToLowerInvariant()))
{
    Console.WriteLine("usage: dotnet run --project tests/ShanghaiAi.Stats.Benchmarks -c Release -- <benchmark> [args]");
    Console.WriteLine("benchmarks: " + string.Join(", ", benchmarks.Select(b => b.Name)));
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
    return args.Length == 0 ? 0 : 1;
}

var chosen = benchmarks.Single(b => b.Name == args[0].ToLowerInvariant());
chosen.Run!.Invoke(null, [args[1..]]);
return 0;
