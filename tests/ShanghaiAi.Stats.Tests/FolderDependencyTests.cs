using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Tests;

/// <summary>
/// The folders of the core use only what the matrix of <c>src/ShanghaiAi.Stats/README.md</c> allows, measured on the
/// compiled assembly (<see cref="FolderDependencies"/>): a type's signatures, fields, locals and method bodies.
/// </summary>
public sealed class FolderDependencyTests
{
    /// <summary>The target (issue 10): row = the using folder, values = the folders it may use. Keep equal to the
    /// "after" table of src/ShanghaiAi.Stats/README.md.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Common"] = [],
        ["Reference"] = ["Common"],
        ["Access"] = ["Common", "Reference"],
        ["Synthetic"] = ["Common", "Reference"],
        ["Warehouse"] = ["Common", "Reference", "Access", "Classify"],
        ["Ingest"] = ["Common", "Reference", "Access", "Warehouse"],
        ["Classify"] = ["Common", "Reference", "Ingest"],
        ["Close"] = ["Common", "Reference", "Warehouse"],
        ["ParkIndex"] = ["Common", "Reference", "Warehouse", "Close"],
        ["Outputs"] = ["Common", "Reference", "Warehouse", "Close", "ParkIndex"],
        ["Pipeline"] = ["Common", "Reference", "Access", "Synthetic", "Warehouse", "Ingest", "Classify", "Close", "ParkIndex", "Outputs"],
        ["Intake"] = ["Common", "Reference", "Access", "Warehouse", "Ingest", "Classify", "Close", "ParkIndex", "Outputs", "Pipeline"],
    };

    /// <summary>Uses the target rules out that the code still has, each with the issue that removes it. Delete the
    /// line when the use is gone (not forced by a test, so that branches can land in any order).</summary>
    private static readonly (string From, string To, string Why)[] KnownExceptions =
    [
        // none: Classify -> Warehouse (issue 10 item 1) was the one on main at 430e668; feat/classify removed it.
    ];

    private static readonly Lazy<FolderDependencies> Measured = new(() => FolderDependencies.Of(typeof(ReferenceLoader).Assembly));

    [Fact]
    public void Uses_EveryFolder_OnlyWhatTheMatrixAllows()
    {
        var breaches = Measured.Value.Uses
            .Where(u => Allowed.TryGetValue(u.Key.From, out var ok) && !ok.Contains(u.Key.To) && !KnownExceptions.Any(k => (k.From, k.To) == u.Key))
            .Select(u => $"{u.Key.From} uses {u.Key.To}: {string.Join("; ", u.Value.Take(5))}")
            .ToList();

        breaches.Should().BeEmpty("a folder may use only what the matrix of src/ShanghaiAi.Stats/README.md allows; move the code, or change the matrix (test and README) with a reason");
    }

    [Fact]
    public void Uses_EveryFolderOfTheCore_IsInTheMatrix()
    {
        var folders = Measured.Value.Uses.Keys.SelectMany(k => new[] { k.From, k.To }).Distinct();

        folders.Should().BeSubsetOf(Allowed.Keys, "a new folder needs its row and column in the matrix (this test and src/ShanghaiAi.Stats/README.md)");
        Allowed.Values.SelectMany(v => v).Should().BeSubsetOf(Allowed.Keys);
    }

    [Fact]
    public void Of_CoreAssembly_SeesUsesInMethodBodiesAndSignatures()
    {
        var uses = Measured.Value.Uses;

        uses[("Ingest", "Access")].Should().Contain("IngestService -> Authority", "a static call in a method body is a use");
        uses[("Ingest", "Access")].Should().Contain("IngestContext -> UploadPermit", "a property's type is a use");
        uses[("Pipeline", "Synthetic")].Should().Contain("DemoPipeline -> SyntheticGenerator");
    }

    [Fact]
    public void References_CoreAssembly_KnowsNoCommandLineHttpOrFunctions()
    {
        var names = typeof(ReferenceLoader).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        names.Should().NotContain(n => n.StartsWith("ShanghaiAi.Stats.", StringComparison.Ordinal)
            || n.StartsWith("System.CommandLine", StringComparison.Ordinal) || n.StartsWith("Spectre.Console", StringComparison.Ordinal)
            || n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || n.StartsWith("Microsoft.Azure.Functions", StringComparison.Ordinal),
            "the core knows nothing of the CLI, HTTP or the functions app; they call into it");
    }
}
