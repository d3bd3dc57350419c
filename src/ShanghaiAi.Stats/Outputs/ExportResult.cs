using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>What an export wrote.</summary>
public sealed record ExportResult(string Vintage, Period Period, int Cells, int SuppressedCells, IReadOnlyList<string> Files);
