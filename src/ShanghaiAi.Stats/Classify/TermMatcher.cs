using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// Aho-Corasick automaton over the normalised terms, built once: a dense transition table over the characters that
/// occur in terms (every other character leads back to the root), with each state's outputs (its own and those of
/// its suffix chain) flattened. Matching is one table lookup per character and allocates nothing. States are
/// 16-bit: the table (states x alphabet, about 7,000 x 900 for the 2025 edition) is half the size of an int table,
/// so more of its hot rows stay in cache; a keyword list needing more than 65,535 states is rejected at load.
/// </summary>
internal sealed class TermMatcher
{
    private readonly ushort[] _symbol = new ushort[65536];
    private readonly int _alphabet;
    private readonly ushort[] _next;
    private readonly int[] _outStart;
    private readonly int[] _outIds;
    private readonly int[] _length;
    private readonly bool[] _wordStart;
    private readonly bool[] _wordEnd;

    public TermMatcher(IReadOnlyList<string> terms)
    {
        var alphabet = 1; // 0 = any character not in a term
        foreach (var t in terms)
        {
            foreach (var c in t)
            {
                if (_symbol[c] == 0)
                {
                    _symbol[c] = checked((ushort)alphabet++);
                }
            }
        }

        _alphabet = alphabet;
        var children = new List<Dictionary<int, int>> { new() };
        var own = new List<List<int>> { new() };
        _length = new int[terms.Count];
        _wordStart = new bool[terms.Count];
        _wordEnd = new bool[terms.Count];
        for (var id = 0; id < terms.Count; id++)
        {
            var t = terms[id];
            _length[id] = t.Length;
            _wordStart[id] = TextNormaliser.IsWordChar(t[0]);
            _wordEnd[id] = TextNormaliser.IsWordChar(t[^1]);
            var node = 0;
            foreach (var c in t)
            {
                var s = _symbol[c];
                if (!children[node].TryGetValue(s, out var child))
                {
                    child = children.Count;
                    children[node][s] = child;
                    children.Add(new Dictionary<int, int>());
                    own.Add(new List<int>());
                }

                node = child;
            }

            own[node].Add(id);
        }

        var count = children.Count;
        if (count > MaxStates)
        {
            throw new StatsException($"keyword rules: {terms.Count} terms need {count} automaton states; the matcher holds at most {MaxStates}");
        }

        _next = new ushort[checked(count * alphabet)];
        var fail = new int[count];
        var outputs = new List<int>[count];
        outputs[0] = new List<int>();
        var queue = new Queue<int>();
        foreach (var (s, child) in children[0])
        {
            _next[s] = (ushort)child;
            fail[child] = 0;
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            outputs[node] = [.. own[node], .. outputs[fail[node]]];
            var row = node * alphabet;
            var failRow = fail[node] * alphabet;
            for (var s = 0; s < alphabet; s++)
            {
                if (children[node].TryGetValue(s, out var child))
                {
                    _next[row + s] = (ushort)child;
                    fail[child] = _next[failRow + s];
                    queue.Enqueue(child);
                }
                else
                {
                    _next[row + s] = _next[failRow + s];
                }
            }
        }

        _outStart = new int[count + 1];
        var flat = new List<int>();
        for (var n = 0; n < count; n++)
        {
            _outStart[n] = flat.Count;
            flat.AddRange(outputs[n]);
        }

        _outStart[count] = flat.Count;
        _outIds = [.. flat];
    }

    /// <summary>The most states a 16-bit transition table can name.</summary>
    public const int MaxStates = ushort.MaxValue;

    /// <summary>Number of automaton states (for diagnostics).</summary>
    public int States => _outStart.Length - 1;

    /// <summary>
    /// Finds every term in <paramref name="text"/> (normalised) that respects word boundaries at its ASCII ends, and
    /// adds (term id, start, end) to <paramref name="hits"/>, in order of end position.
    /// </summary>
    public void Scan(ReadOnlySpan<char> text, List<TermHit> hits)
    {
        var state = 0;
        var next = _next;
        var symbol = _symbol;
        var alphabet = _alphabet;
        for (var i = 0; i < text.Length; i++)
        {
            state = next[(state * alphabet) + symbol[text[i]]];
            var from = _outStart[state];
            var to = _outStart[state + 1];
            for (var k = from; k < to; k++)
            {
                var id = _outIds[k];
                var end = i + 1;
                var start = end - _length[id];
                if (_wordStart[id] && start > 0 && TextNormaliser.IsWordChar(text[start - 1]))
                {
                    continue;
                }

                if (_wordEnd[id] && end < text.Length && TextNormaliser.IsWordChar(text[end])
                    && !(text[end] == 's' && (end + 1 == text.Length || !TextNormaliser.IsWordChar(text[end + 1]))))
                {
                    continue;
                }

                hits.Add(new TermHit(id, start, end));
            }
        }
    }
}

/// <summary>One occurrence of a term in normalised text: [Start, End).</summary>
internal readonly record struct TermHit(int Term, int Start, int End);
