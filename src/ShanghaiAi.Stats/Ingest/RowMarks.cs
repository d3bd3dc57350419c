namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// What the validation log knows of each data row, one byte a row (was a dictionary entry and an object with two lists
/// per row with a problem): whether the row has a problem at all, is rejected, a duplicate, has issues listed in the
/// report, lies outside the sender's authority. The issues themselves are in the <see cref="IssueSpill"/>.
/// </summary>
internal sealed class RowMarks
{
    public const byte Marked = 1;
    public const byte Hard = 2;
    public const byte Duplicate = 4;
    public const byte Listed = 8;
    public const byte OutsideAuthority = 16;

    private byte[] _flags = new byte[1024];

    /// <summary>Rows with a problem (any flag).</summary>
    public int Count { get; private set; }

    /// <summary>The last row with a problem (0 when none).</summary>
    public int Last { get; private set; }

    /// <summary>Sets <paramref name="flags"/> (with <see cref="Marked"/>) on <paramref name="row"/> (> 0).</summary>
    public void Set(int row, byte flags)
    {
        if (row >= _flags.Length)
        {
            Array.Resize(ref _flags, Math.Max(row + 1, _flags.Length * 2));
        }

        if (_flags[row] == 0)
        {
            Count++;
            Last = Math.Max(Last, row);
        }

        _flags[row] |= (byte)(flags | Marked);
    }

    public byte Of(int row) => row > 0 && row < _flags.Length ? _flags[row] : (byte)0;

    public bool Has(int row, byte flag) => (Of(row) & flag) != 0;

    /// <summary>The status of a row with <paramref name="flags"/>.</summary>
    public static RowStatus Status(byte flags)
        => (flags & Duplicate) != 0 ? RowStatus.Duplicate : (flags & Hard) != 0 ? RowStatus.Rejected : RowStatus.Accepted;

    /// <summary>The rows with a problem, in order.</summary>
    public IEnumerable<int> Rows()
    {
        for (var r = 1; r <= Last; r++)
        {
            if (_flags[r] != 0)
            {
                yield return r;
            }
        }
    }

    /// <summary>The rows with <paramref name="flag"/>, in order.</summary>
    public IEnumerable<int> RowsWith(byte flag) => Rows().Where(r => (_flags[r] & flag) != 0);
}
