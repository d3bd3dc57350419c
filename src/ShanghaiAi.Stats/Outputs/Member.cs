namespace ShanghaiAi.Stats.Outputs;

/// <summary>A breakdown member as people read it: code, zh and en names, and its rank in publication order.</summary>
internal sealed record Member(string Breakdown, string Code, string NameZh, string NameEn, int Order, int Level);
