namespace ShanghaiAi.Stats.Functions.Web;

/// <summary>One file of the web pages, held in memory with its content type and a strong ETag.</summary>
public sealed record WebAsset(string Name, byte[] Content, string ContentType, string ETag);
