namespace ShanghaiAi.Stats.Warehouse;

/// <summary>A staged report that revises the enterprise's stored report of the same period: the upload's row and the
/// revision it becomes (2 = the first revision).</summary>
internal sealed record ReportRevision(int Row, int Revision);
