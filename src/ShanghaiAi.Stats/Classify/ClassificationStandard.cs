using System.Collections.Frozen;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// The AI Sector Statistical Classification as loaded and validated from <c>reference-data/classification/</c>:
/// categories with their notes, the concordance to GB/T 4754-2017, and the keyword rules.
/// </summary>
public sealed class ClassificationStandard
{
    private ClassificationStandard(
        string edition,
        DateOnly effectiveFrom,
        string titleZh,
        IReadOnlyList<Category> categories,
        IReadOnlyList<CategoryNote> notes,
        IReadOnlyList<GbtClass> classes,
        IReadOnlyList<ConcordanceEntry> concordance,
        IReadOnlyList<KeywordRule> keywords,
        string contentHash)
    {
        Edition = edition;
        ContentHash = contentHash;
        EffectiveFrom = effectiveFrom;
        TitleZh = titleZh;
        Categories = categories;
        Notes = notes.ToFrozenDictionary(n => n.Code, StringComparer.Ordinal);
        Classes = classes.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        Concordance = concordance;
        Keywords = keywords;
        CategoriesByCode = categories.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        Level2ByPrecedence = categories.Where(c => c.Level == 2).OrderBy(c => c.Precedence).ToList();
        WholeClasses = concordance.Where(c => c.Whole).ToFrozenDictionary(c => c.GbtClass, c => c.Category, StringComparer.Ordinal);
        PartialClasses = concordance.Where(c => !c.Whole).GroupBy(c => c.GbtClass, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(c => c.Category).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The edition, e.g. "2025".</summary>
    public string Edition { get; }

    /// <summary>SHA-256 (hex) of every file the edition was loaded from, with their names: it changes with any edit of
    /// the keyword list, the categories, the concordance or the classes (a stored classification's fingerprint holds it).</summary>
    public string ContentHash { get; }

    /// <summary>The date from which the edition applies.</summary>
    public DateOnly EffectiveFrom { get; }

    public string TitleZh { get; }

    /// <summary>Every category (level 1 and 2, and 00), in file order.</summary>
    public IReadOnlyList<Category> Categories { get; }

    public FrozenDictionary<string, Category> CategoriesByCode { get; }

    /// <summary>The 26 four-digit categories in the precedence order of rule 2.</summary>
    public IReadOnlyList<Category> Level2ByPrecedence { get; }

    /// <summary>Definition and includes/excludes notes by category code.</summary>
    public FrozenDictionary<string, CategoryNote> Notes { get; }

    /// <summary>The GB/T 4754-2017 classes known to this edition.</summary>
    public FrozenDictionary<string, GbtClass> Classes { get; }

    public IReadOnlyList<ConcordanceEntry> Concordance { get; }

    /// <summary>Classes wholly in the AI sector, with their category (3491 -> 0401 ...).</summary>
    public FrozenDictionary<string, string> WholeClasses { get; }

    /// <summary>Classes partly in the AI sector (the <c>*</c> of the specification), with their categories.</summary>
    public FrozenDictionary<string, IReadOnlyList<string>> PartialClasses { get; }

    public IReadOnlyList<KeywordRule> Keywords { get; }

    /// <summary>True for a 4-digit category of this edition or 00.</summary>
    public bool IsAssignable(string code) => code == "00" || (code.Length == 4 && CategoriesByCode.ContainsKey(code));

    /// <summary>Loads and validates an edition through a reader of files relative to the reference-data root.</summary>
    public static ClassificationStandard Load(Func<string, string?> read, string edition = ReferenceLoader.DefaultEdition)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var content = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var inner = read;
        read = rel =>
        {
            var text = inner(rel);
            content.AppendData(System.Text.Encoding.UTF8.GetBytes($"{rel}\u0000{text?.Length ?? -1}\u0000{text}\u0000"));
            return text;
        };
        var (effective, title) = ClassificationStandardFiles.LoadEdition(read, $"classification/standard-{edition}.json", edition);
        var categoriesFile = $"classification/categories-{edition}.csv";
        var categories = ReferenceLoader.LoadCategories(read, categoriesFile);
        var notes = ClassificationStandardFiles.LoadNotes(read, categoriesFile);
        var classesFile = $"gbt4754-2017-classes-{edition}.csv";
        var classes = ClassificationStandardFiles.LoadClasses(read, "classification/" + classesFile);
        var level2 = categories.Where(c => c.Level == 2).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var concordance = ClassificationStandardFiles.LoadConcordance(read, $"classification/concordance-{edition}.csv", level2, classes, classesFile, $"categories-{edition}.csv");
        var keywords = ClassificationStandardFiles.LoadKeywords(read, $"classification/keywords-{edition}.csv", level2, $"categories-{edition}.csv");
        return new ClassificationStandard(edition, effective, title, categories, notes, classes, concordance, keywords,
            Convert.ToHexString(content.GetHashAndReset()));
    }

    private static readonly Lazy<ClassificationStandard> Embedded2025 = new(() => Load(ReferenceLoader.ReadEmbedded, ReferenceLoader.DefaultEdition));

    /// <summary>The edition embedded in the assembly (loaded and validated once per process for the default edition).</summary>
    public static ClassificationStandard LoadEmbedded(string edition = ReferenceLoader.DefaultEdition)
        => edition == ReferenceLoader.DefaultEdition ? Embedded2025.Value : Load(ReferenceLoader.ReadEmbedded, edition);

    /// <summary>Loads an edition from a folder: either the <c>reference-data/</c> root or its <c>classification/</c> folder.</summary>
    public static ClassificationStandard LoadDirectory(string directory, string edition = ReferenceLoader.DefaultEdition)
    {
        if (!Directory.Exists(directory))
        {
            throw new StatsException($"{directory}: classification folder not found");
        }

        var isRoot = Directory.Exists(Path.Combine(directory, "classification"));
        return Load(rel =>
        {
            var path = isRoot ? Path.Combine(directory, rel) : Path.Combine(directory, Path.GetFileName(rel));
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }, edition);
    }
}
