namespace ShanghaiAi.Stats.Reference;

/// <summary>A category of the AI Sector Statistical Classification: level 1 (2 digits) or level 2 (4 digits).</summary>
/// <param name="Precedence">Rank in the precedence order of the classification rules (1 first); null for level 1.</param>
public sealed record Category(string Code, int Level, string? Parent, string NameZh, string NameEn, string Articles, int? Precedence)
{
    /// <summary>The level-1 code of this category.</summary>
    public string Level1 => Level == 1 ? Code : Code[..2];
}
