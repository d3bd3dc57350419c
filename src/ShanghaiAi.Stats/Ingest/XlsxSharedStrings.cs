using System.Runtime.InteropServices;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// The shared string table of an XLSX package, held compactly. One string object per entry cost about 103 MB for the
/// generator's 201,893-member roster (965,212 entries, 37 M characters; issue 15). Here short entries (codes, dates,
/// names: most of the cells, and nearly all of those a sheet refers to more than once) go into pooled character blocks
/// with no object of their own. Long entries (business scopes, mostly used once) go to a temporary file when the table
/// is large, and are read back as the sheet asks for them. A sheet asks for its new entries in about the order they were
/// written, so those reads are served from a window read ahead of them.
/// </summary>
internal sealed class XlsxSharedStrings : IDisposable
{
    /// <summary>Entries up to this many characters stay in memory.</summary>
    public const int ShortChars = 32;

    private const int BlockBits = 20;
    private const int BlockChars = 1 << BlockBits;
    private const int WindowChars = 1 << 16;

    private readonly List<char[]> _blocks = [];
    private bool _spillLong;
    private int _blockUsed = BlockChars;
    private long[] _start = new long[256];
    private int[] _length = new int[256];
    private FileStream? _spill;
    private long _spilledChars;
    private char[]? _window;
    private long _windowStart = -1;
    private int _windowChars;
    private char[] _single = new char[256];

    /// <param name="spillLong">Whether long entries go to a temporary file (a large table) or stay in memory.</param>
    public XlsxSharedStrings(bool spillLong) => _spillLong = spillLong;

    public int Count { get; private set; }

    /// <summary>True once a long entry went to the temporary file.</summary>
    public bool Spilled => _spill is not null;

    /// <summary>The temporary file (deleted when the table is disposed), or null.</summary>
    public string? SpillPath => _spill?.Name;

    /// <summary>Adds the next entry (entries are numbered from 0 in the order added).</summary>
    public void Add(ReadOnlySpan<char> text)
    {
        if (Count == _start.Length)
        {
            Array.Resize(ref _start, Count * 2);
            Array.Resize(ref _length, Count * 2);
        }

        _length[Count] = text.Length;
        var spilled = _spillLong && text.Length > ShortChars ? Spill(text) : -1;
        _start[Count] = spilled >= 0 ? ~spilled : Pool(text);
        Count++;
    }

    /// <summary>The text of entry <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>). The span is valid until the
    /// next call: copy it before asking for another entry.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            var length = _length[index];
            var start = _start[index];
            if (start >= 0)
            {
                return _blocks[(int)(start >> BlockBits)].AsSpan((int)(start & (BlockChars - 1)), length);
            }

            var at = ~start;
            if (_window is not null && at >= _windowStart && at + length <= _windowStart + _windowChars)
            {
                return _window.AsSpan((int)(at - _windowStart), length);
            }

            if (at < _windowStart || length > WindowChars)
            {
                // Behind the window (an entry asked for again) or longer than it: read just this entry.
                if (_single.Length < length)
                {
                    _single = new char[length];
                }

                ReadSpilled(at, _single.AsSpan(0, length));
                return _single.AsSpan(0, length);
            }

            _window ??= new char[WindowChars];
            _windowChars = (int)Math.Min(WindowChars, _spilledChars - at);
            _windowStart = at;
            ReadSpilled(at, _window.AsSpan(0, _windowChars));
            return _window.AsSpan(0, length);
        }
    }

    /// <summary>A new read of a sheet starts: its first long entry moves the window back to it, instead of being read
    /// alone as an entry asked for again (the XLSX report reads the sheet a second time).</summary>
    public void Rewind()
    {
        _windowStart = -1;
        _windowChars = 0;
    }

    /// <summary>Ends adding: what went to the temporary file can be read from now on.</summary>
    public void Complete() => _spill?.Flush();

    private long Pool(ReadOnlySpan<char> text)
    {
        if (_blocks.Count == 0 || text.Length > BlockChars - _blockUsed)
        {
            _blocks.Add(new char[Math.Max(BlockChars, text.Length)]);
            _blockUsed = 0;
        }

        // An entry longer than a block (only when nothing is spilled) gets a block of its own, addressed from its start.
        var block = _blocks.Count - 1;
        text.CopyTo(_blocks[block].AsSpan(_blockUsed));
        var start = ((long)block << BlockBits) + _blockUsed;
        _blockUsed = text.Length >= BlockChars ? BlockChars : _blockUsed + text.Length;
        return start;
    }

    /// <summary>Writes a long entry to the temporary file: where it starts, or -1 when no temporary file can be made
    /// (then every entry stays in memory, as for a small table).</summary>
    private long Spill(ReadOnlySpan<char> text)
    {
        if (_spill is null)
        {
            try
            {
                _spill = new FileStream(Path.Combine(Path.GetTempPath(), "aistats-sst-" + Guid.NewGuid().ToString("N") + ".tmp"),
                    FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _spillLong = false;
                return -1;
            }
        }

        var at = _spilledChars;
        _spill.Write(MemoryMarshal.AsBytes(text));
        _spilledChars += text.Length;
        return at;
    }

    private void ReadSpilled(long at, Span<char> into)
    {
        var bytes = MemoryMarshal.AsBytes(into);
        var offset = at * sizeof(char);
        while (!bytes.IsEmpty)
        {
            var n = RandomAccess.Read(_spill!.SafeFileHandle, bytes, offset);
            if (n <= 0)
            {
                throw new InvalidDataException("the shared string table's temporary file ended early");
            }

            bytes = bytes[n..];
            offset += n;
        }
    }

    public void Dispose() => _spill?.Dispose();
}
