using System.Reflection;
using System.Runtime.Loader;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>
/// The classifier of another build (a base to compare with), loaded from its <c>ShanghaiAi.Stats.dll</c> into a load
/// context of its own, with the given enterprises turned into that build's <c>RegisterEntry</c> records once. Called
/// by reflection: the call costs a fraction of a microsecond against several of classifying.
/// </summary>
public sealed class BaseClassifier
{
    private readonly object _classifier;
    private readonly MethodInfo _classify;
    private readonly MethodInfo _line;
    private readonly object[] _entries;

    public BaseClassifier(string dll, IReadOnlyList<RegisterEntry> entries)
    {
        var context = new BaseContext(dll);
        var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(dll));
        var classifierType = assembly.GetType("ShanghaiAi.Stats.Classify.Classifier", true)!;
        var entryType = assembly.GetType("ShanghaiAi.Stats.Common.RegisterEntry", true)!;
        _classifier = classifierType.GetProperty("Embedded")!.GetValue(null)!;
        _classify = classifierType.GetMethod("Classify", [entryType, typeof(decimal?)])!;
        _line = assembly.GetType("ShanghaiAi.Stats.Classify.ClassificationCsv", true)!.GetMethod("Line")!;
        var make = entryType.GetConstructors().Single(c => c.GetParameters().Length == 9);
        _entries = entries.Select(e => make.Invoke([e.Uscc, e.Name, e.DistrictCode, e.ParkId, e.IndustryCode, e.BusinessScope, e.MainProducts, e.RegisteredOn, e.SizeClass])).ToArray();
    }

    public void ClassifyAll()
    {
        var args = new object?[2];
        foreach (var e in _entries)
        {
            args[0] = e;
            _classify.Invoke(_classifier, args);
        }
    }

    /// <summary>The base's output line for enterprise <paramref name="i"/>.</summary>
    public string Line(int i) => (string)_line.Invoke(null, [_classify.Invoke(_classifier, [_entries[i], null])])!;

    /// <summary>The index of the first enterprise whose base line is not <paramref name="lines"/>[i], or -1.</summary>
    public int FirstDifference(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < _entries.Length; i++)
        {
            if (!string.Equals(Line(i), lines[i], StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Loads the base's own ShanghaiAi.Stats and takes everything else (framework, packages) from the default context.</summary>
    private sealed class BaseContext(string dll) : AssemblyLoadContext("base-classifier")
    {
        private readonly string _dir = Path.GetDirectoryName(Path.GetFullPath(dll))!;

        protected override Assembly? Load(AssemblyName assemblyName)
            => assemblyName.Name == "ShanghaiAi.Stats" ? LoadFromAssemblyPath(Path.Combine(_dir, "ShanghaiAi.Stats.dll")) : null;
    }
}
