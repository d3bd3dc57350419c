using System.Collections.Frozen;

namespace ShanghaiAi.Stats.Reference;

/// <summary>The validated reference data of one edition: districts, parks, indicators, form metadata, categories,
/// business associations.</summary>
public sealed record ReferenceData(
    string Edition,
    IReadOnlyList<District> Districts,
    IReadOnlyList<Park> Parks,
    IReadOnlyList<Indicator> Indicators,
    FormMetadata Form,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Association> Associations)
{
    private FrozenDictionary<string, Association>? _associationsById;
    private FrozenDictionary<string, District>? _districtsByCode;
    private FrozenDictionary<string, Park>? _parksById;
    private FrozenDictionary<string, Category>? _categoriesByCode;

    public FrozenDictionary<string, District> DistrictsByCode
        => _districtsByCode ??= Districts.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);

    public FrozenDictionary<string, Park> ParksById
        => _parksById ??= Parks.ToFrozenDictionary(p => p.ParkId, StringComparer.Ordinal);

    public FrozenDictionary<string, Association> AssociationsById
        => _associationsById ??= Associations.ToFrozenDictionary(a => a.AssociationId, StringComparer.Ordinal);

    public FrozenDictionary<string, Category> CategoriesByCode
        => _categoriesByCode ??= Categories.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>The 16 active districts, in code order.</summary>
    public IEnumerable<District> ActiveDistricts => Districts.Where(d => d.Active);

    /// <summary>The 4-digit categories in precedence order.</summary>
    public IEnumerable<Category> Level2ByPrecedence
        => Categories.Where(c => c.Level == 2).OrderBy(c => c.Precedence);

    public Indicator IndicatorByCode(string code)
        => Indicators.FirstOrDefault(i => i.Code == code)
           ?? throw new KeyNotFoundException($"indicator '{code}' is not in the catalogue");

    /// <summary>The active district for a code, following a retired code to its successor.</summary>
    public District? ResolveDistrict(string code)
        => DistrictsByCode.TryGetValue(code, out var d)
            ? d.Active ? d : (d.Successor is { } s ? DistrictsByCode.GetValueOrDefault(s) : null)
            : null;

    private static readonly Lazy<ReferenceData> EmbeddedData = new(() => ReferenceLoader.LoadEmbedded());

    /// <summary>The edition shipped inside the assembly, loaded and validated once.</summary>
    public static ReferenceData Embedded => EmbeddedData.Value;
}
