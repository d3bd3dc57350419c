namespace ShanghaiAi.Stats.Close;

/// <summary>One linear relation of a published table: <see cref="Total"/> = sum of <see cref="Members"/>
/// (a margin and its row, a breakdown and the total, ai_revenue and its three parts).</summary>
internal sealed record SuppressionRelation(SuppressionCell Total, IReadOnlyList<SuppressionCell> Members)
{
    public IEnumerable<SuppressionCell> Cells => Members.Prepend(Total);

    public override string ToString() => $"{Total} = {string.Join(" + ", Members)}";
}
