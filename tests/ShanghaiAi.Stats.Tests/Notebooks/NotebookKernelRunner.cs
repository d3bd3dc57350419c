using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using Microsoft.DotNet.Interactive.Events;

namespace ShanghaiAi.Stats.Tests.Notebooks;

/// <summary>
/// Runs a notebook on the real .NET Interactive C# kernel, in-process: the .ipynb is parsed with
/// Microsoft.DotNet.Interactive.Documents and each C# cell is submitted, in order, to one <see cref="CSharpKernel"/>
/// (with the kernel helpers: <c>display</c>, <c>HTML</c>). Any <see cref="CommandFailed"/> or error diagnostic fails
/// the run, naming the notebook and the cell.
/// Two things VS Code's Polyglot Notebooks does are done here by the runner, since the served kernel build lacks them:
/// a relative <c>#r "path"</c> is resolved against the notebook's folder (VS Code runs the kernel there), and
/// <c>#r "nuget: Id, Version"</c> (no <c>UseNugetDirective()</c> in 1.0.0-beta.26120.1) becomes <c>#r</c> of the
/// package's assemblies (and its dependencies') in the local NuGet packages folder, where the build restored them.
/// </summary>
internal static class NotebookKernelRunner
{
    public static async Task<NotebookRun> RunAsync(string notebookPath)
    {
        var document = Notebook.Parse(await File.ReadAllTextAsync(notebookPath), new KernelInfoCollection { new Microsoft.DotNet.Interactive.Documents.KernelInfo("csharp") });
        var folder = Path.GetDirectoryName(Path.GetFullPath(notebookPath))!;
        using var kernel = new CSharpKernel().UseKernelHelpers();
        object? last = null;
        var displayed = new List<(string, string)>();
        var index = 0;
        foreach (var cell in document.Elements)
        {
            index++;
            if (cell.KernelName is not ("csharp" or null) || string.IsNullOrWhiteSpace(cell.Contents))
            {
                continue;
            }

            var result = await kernel.SendAsync(new SubmitCode(Rewrite(cell.Contents, folder)));
            var errors = result.Events.OfType<DiagnosticsProduced>().SelectMany(d => d.Diagnostics)
                .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.ToString())
                .Concat(result.Events.OfType<CommandFailed>().Select(f => f.Message))
                .ToList();
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"{Path.GetFileName(notebookPath)} cell {index}: {string.Join(" | ", errors)}\n--- cell ---\n{cell.Contents}");
            }

            displayed.AddRange(result.Events.OfType<DisplayedValueProduced>().SelectMany(d => d.FormattedValues).Select(v => (v.MimeType, v.Value)));
            if (result.Events.OfType<ReturnValueProduced>().LastOrDefault() is { } value)
            {
                last = value.Value;
            }
        }

        return new NotebookRun(last, displayed);
    }

    /// <summary>Rewrites the <c>#r</c> lines of a cell as described on the class; other lines stay as they are.</summary>
    internal static string Rewrite(string code, string notebookFolder)
        => string.Join('\n', code.Split('\n').SelectMany(line =>
        {
            var m = ReferenceLine.Match(line);
            if (!m.Success)
            {
                return [line];
            }

            var target = m.Groups["target"].Value;
            var nuget = NugetTarget.Match(target);
            return nuget.Success
                ? PackageAssemblies(nuget.Groups["id"].Value, nuget.Groups["version"].Value, []).Select(p => $"#r \"{p}\"")
                : [$"#r \"{Path.GetFullPath(Path.Combine(notebookFolder, target))}\""];
        }));

    private static IEnumerable<string> PackageAssemblies(string id, string version, HashSet<string> seen)
    {
        if (!seen.Add(id.ToLowerInvariant()) || id.StartsWith("System.", StringComparison.Ordinal) || id.StartsWith("Microsoft.NETCore", StringComparison.Ordinal))
        {
            yield break;
        }

        var root = Path.Combine(PackagesFolder(), id.ToLowerInvariant(), version);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"#r \"nuget: {id}, {version}\": package not restored in {PackagesFolder()} (reference it from a project so the build restores it)");
        }

        var lib = Path.Combine(root, "lib");
        var tfm = Directory.Exists(lib)
            ? new[] { "net10.0", "net9.0", "net8.0", "net6.0", "netstandard2.1", "netstandard2.0" }.FirstOrDefault(t => Directory.Exists(Path.Combine(lib, t)))
            : null;
        if (tfm is not null)
        {
            foreach (var dll in Directory.GetFiles(Path.Combine(lib, tfm), "*.dll"))
            {
                yield return dll;
            }
        }

        var nuspec = XDocument.Load(Path.Combine(root, id.ToLowerInvariant() + ".nuspec"));
        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => (Id: e.Attribute("id")!.Value, Version: e.Attribute("version")?.Value.Trim('[', ']', '(', ')').Split(',')[0].Trim() ?? ""))
            .Where(d => d.Version.Length > 0)
            .DistinctBy(d => d.Id, StringComparer.OrdinalIgnoreCase)
            .ToList();
        foreach (var (depId, depVersion) in dependencies)
        {
            if (Directory.Exists(Path.Combine(PackagesFolder(), depId.ToLowerInvariant(), depVersion)))
            {
                foreach (var dll in PackageAssemblies(depId, depVersion, seen))
                {
                    yield return dll;
                }
            }
        }
    }

    private static string PackagesFolder()
        => Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static readonly Regex ReferenceLine = new("""^\s*#r\s+"(?<target>[^"]+)"\s*$""", RegexOptions.CultureInvariant);

    private static readonly Regex NugetTarget = new("""^nuget:\s*(?<id>[^,\s]+)\s*,\s*(?<version>[^\s]+)$""", RegexOptions.CultureInvariant);
}
