using ShanghaiAi.Stats.Access;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>One issued API key as stored (never the key itself): its id, who it speaks for, and when it was revoked.</summary>
public sealed record ApiKey(string KeyId, Caller Caller, DateTime CreatedAt, DateTime? RevokedAt);
