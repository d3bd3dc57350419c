namespace ShanghaiAi.Stats.Common;

/// <summary>One enterprise of the register (基本单位名录), as validated from an upload or read from the warehouse.</summary>
/// <param name="Uscc">Normalised, valid unified social credit code.</param>
/// <param name="SizeClass">规上 or 规下, or null when unknown.</param>
public sealed record RegisterEntry(
    string Uscc,
    string Name,
    string? DistrictCode,
    string? ParkId,
    string? IndustryCode,
    string? BusinessScope,
    string? MainProducts,
    DateOnly? RegisteredOn,
    string? SizeClass);
