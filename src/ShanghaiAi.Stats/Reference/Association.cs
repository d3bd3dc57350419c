namespace ShanghaiAi.Stats.Reference;

/// <summary>A business association of Article 8 that uploads member rosters and its members' monthly reports
/// (<c>reference-data/associations/</c>).</summary>
/// <param name="AssociationId">The id a caller acts under, e.g. <c>sh-ai-industry-association</c>.</param>
/// <param name="Article8">Which body of Article 8 it is.</param>
/// <param name="Active">False for a retired association: its history stays, its uploads are refused.</param>
public sealed record Association(string AssociationId, string NameZh, string NameEn, Article8Body Article8, bool Active);
