using static ShanghaiAi.Stats.Ingest.MonthlyColumns;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>Rows that passed the hard edits, handed from the validating thread to the appending one.</summary>
internal sealed class MonthlyRowBatch(int capacity)
{
    public string[] Uscc { get; } = new string[capacity];

    public int[] Period { get; } = new int[capacity];

    public int[] Row { get; } = new int[capacity];

    public decimal[] Values { get; } = new decimal[capacity * Count];

    public bool[] Has { get; } = new bool[capacity * Count];

    public int Size { get; set; }

    public bool Full => Size == Uscc.Length;
}
