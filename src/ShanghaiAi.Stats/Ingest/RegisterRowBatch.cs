using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// Register or roster rows handed from the thread that reads and validates them to the connection's thread, which
/// appends them (<see cref="RegisterIngest"/>): per row below <see cref="Size"/>, its row number, its valid credit code,
/// its entry when it passed the hard edits (else null) and its membership date. Filled by one thread and appended by
/// the other, then reused.
/// </summary>
internal sealed class RegisterRowBatch(int capacity)
{
    public int[] Row { get; } = new int[capacity];

    public string[] Uscc { get; } = new string[capacity];

    public RegisterEntry?[] Entry { get; } = new RegisterEntry?[capacity];

    public DateOnly?[] Since { get; } = new DateOnly?[capacity];

    public int Size { get; set; }

    public bool Full => Size == Row.Length;

    public void Add(int row, string uscc, RegisterEntry? entry, DateOnly? since)
    {
        (Row[Size], Uscc[Size], Entry[Size], Since[Size]) = (row, uscc, entry, since);
        Size++;
    }

    /// <summary>Empties the batch for reuse, letting go of its strings and entries.</summary>
    public void Clear()
    {
        Array.Clear(Uscc, 0, Size);
        Array.Clear(Entry, 0, Size);
        Size = 0;
    }
}
