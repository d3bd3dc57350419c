using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>What <c>aistats export</c> asks for: a vintage (or the latest vintage of a period), a folder, formats.</summary>
public sealed record ExportRequest(string DbPath, string? Vintage, Period? Period, string OutDir, IReadOnlyList<string> Formats);
