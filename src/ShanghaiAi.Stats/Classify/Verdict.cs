namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// The scope and category decided for one enterprise, with the facts that decided them (what the confidence and the
/// evidence are worked from).
/// </summary>
/// <param name="Primary">Precedence index of the primary category, -1 when out of the sector.</param>
/// <param name="Basis">One of <see cref="ScopeBasis"/>.</param>
/// <param name="Rule">The rule that decided, in words ("rule 2: 0506 precedes 0303").</param>
/// <param name="ClassCategory">Precedence index of the category the industry class is wholly in, or -1.</param>
/// <param name="Partial">The categories of a partly-AI (*) industry class, or null.</param>
/// <param name="TextPrimary">The first category in precedence the texts point to, or -1.</param>
/// <param name="Generic">A generic AI term is in the texts.</param>
/// <param name="NameSignal">The name carries an AI term.</param>
/// <param name="TextsEmpty">No business scope and no main products.</param>
/// <param name="Resale">Out of the sector because the texts' AI terms all stand in items that sell goods (a reseller).</param>
internal readonly record struct Verdict(
    int Primary,
    string Basis,
    string Rule,
    string? Industry,
    int ClassCategory,
    int[]? Partial,
    int TextPrimary,
    bool Generic,
    bool NameSignal,
    bool TextsEmpty,
    bool Resale = false);
