namespace ShanghaiAi.Stats.Reference;

/// <summary>An AI industrial park of the parks register.</summary>
public sealed record Park(string ParkId, string NameZh, string NameEn, string DistrictCode, string FocusZh, string FocusEn);
