namespace ShanghaiAi.Stats.Ingest;

/// <summary>What became of one data row.</summary>
public enum RowStatus
{
    Accepted,
    Rejected,
    Duplicate,
}
