namespace ShanghaiAi.Stats.Ingest;

/// <summary>A row source that knows where its current row starts in the file (see <see cref="RowOffsets"/>).</summary>
internal interface IRowOffset
{
    /// <summary>The byte offset of the current row's first byte in the file, or -1 when not known.</summary>
    long Offset { get; }
}
