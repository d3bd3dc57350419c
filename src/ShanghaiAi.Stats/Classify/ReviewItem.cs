namespace ShanghaiAi.Stats.Classify;

/// <summary>An enterprise whose current classification is flagged for review.</summary>
public sealed record ReviewItem(string Uscc, string Name, string Category, string Evidence, string Reason);
