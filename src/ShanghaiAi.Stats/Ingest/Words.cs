namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// A rule argument said in both languages: <see cref="RuleCatalogue.Expected"/> puts <see cref="En"/> into the English
/// message and <see cref="Zh"/> into the Chinese one, so that <c>message_zh</c> is Chinese throughout.
/// </summary>
public sealed record Words(string En, string Zh)
{
    public override string ToString() => En;
}
