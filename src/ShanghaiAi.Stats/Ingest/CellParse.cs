namespace ShanghaiAi.Stats.Ingest;

/// <summary>The outcome of parsing one cell.</summary>
internal enum CellParse
{
    Empty,
    Ok,
    Invalid,
}
