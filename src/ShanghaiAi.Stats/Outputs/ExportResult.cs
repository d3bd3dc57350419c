using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>What an export wrote, and which public outputs it skipped and why (e.g. a provisional January).</summary>
public sealed record ExportResult(string Vintage, Period Period, int Cells, int SuppressedCells, IReadOnlyList<string> Files,
    IReadOnlyList<string> Skipped);
