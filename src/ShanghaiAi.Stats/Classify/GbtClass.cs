namespace ShanghaiAi.Stats.Classify;

/// <summary>A class (4 digits) of GB/T 4754-2017 国民经济行业分类.</summary>
public sealed record GbtClass(string Code, string NameZh, string NameEn);
