namespace ShanghaiAi.Stats.Close;

/// <summary>
/// A cell as disclosure control sees it. A published cell is unknown to a reader once suppressed; an unpublished
/// one (the residual of a breakdown whose members do not cover the total, e.g. enterprises in no park) is always
/// unknown unless it is empty, and needs protection only when it is itself sensitive.
/// </summary>
internal sealed class SuppressionCell(string id, decimal size, bool published = true, int contributors = 1)
{
    public string Id { get; } = id;

    /// <summary>What secondary suppression minimises: the absolute value of the cell.</summary>
    public decimal Size { get; } = Math.Abs(size);

    public bool Published { get; } = published;

    public int Contributors { get; } = contributors;

    /// <summary>F free, A/O/T primary, D secondary.</summary>
    public string Status { get; set; } = "F";

    /// <summary>A reader does not know the value (suppressed, or never published) and it is not empty. A cell
    /// without contributors holds nothing: it neither needs nor gives protection.</summary>
    public bool Unknown => Contributors > 0 && (!Published || Status != "F");

    /// <summary>The value must not be recoverable.</summary>
    public bool Sensitive => Status != "F" && Contributors > 0;

    public override string ToString() => $"{Id}[{Status}]";
}
