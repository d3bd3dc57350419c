using System.Runtime.CompilerServices;

namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// Aho-Corasick automaton over the normalised terms, built once, and over a second list of plain words (markers:
/// 销售, 制造, 应用 ... that <see cref="ItemMarks"/> reads), so one walk over a text finds both. Compact, so that it
/// stays in cache: the root's transitions are a dense row over the characters that occur in words (every other
/// character leads back to the root); every other state keeps only its trie children, sorted by character, and a
/// failure link, followed while a state has no child for the character (at most as many steps as characters read).
/// Each state's outputs (its own and those of its suffix chain, longest first) are flattened. Matching allocates
/// nothing. (A dense table over every state, as before, was 14,000 states x 1,300 characters = 38 MB: each step a
/// cache miss.)
/// </summary>
internal sealed class TermMatcher
{
    private const int Root = 0;

    private readonly ushort[] _symbol = new ushort[65536];
    private readonly int[] _root;
    private readonly int[] _childStart;
    private readonly ushort[] _childSymbol;
    private readonly int[] _childState;
    private readonly int[] _fail;
    private readonly Node[] _nodes;
    private readonly int[] _outStart;
    private readonly int[] _outIds;
    private readonly int[] _length;
    private readonly bool[] _wordStart;
    private readonly bool[] _wordEnd;
    private readonly int _terms;

    public TermMatcher(IReadOnlyList<string> terms)
        : this(terms, [])
    {
    }

    /// <summary>
    /// An automaton finding <paramref name="terms"/> (ids 0.., word boundaries kept at their ASCII ends) and
    /// <paramref name="markers"/> (ids 0.. of their own, found anywhere, as <c>IndexOf</c> would).
    /// </summary>
    public TermMatcher(IReadOnlyList<string> terms, IReadOnlyList<string> markers)
    {
        _terms = terms.Count;
        var words = terms.Concat(markers).ToList();
        var alphabet = 1; // 0 = any character not in a word
        foreach (var c in words.SelectMany(w => w))
        {
            if (_symbol[c] == 0)
            {
                _symbol[c] = checked((ushort)alphabet++);
            }
        }

        _length = new int[words.Count];
        _wordStart = new bool[words.Count];
        _wordEnd = new bool[words.Count];
        var edges = new Dictionary<long, int>();
        var own = new List<List<int>?> { null };
        for (var id = 0; id < words.Count; id++)
        {
            var w = words[id];
            _length[id] = w.Length;
            _wordStart[id] = id < _terms && TextNormaliser.IsWordChar(w[0]);
            _wordEnd[id] = id < _terms && TextNormaliser.IsWordChar(w[^1]);
            var node = Root;
            foreach (var c in w)
            {
                var key = Key(node, _symbol[c]);
                if (!edges.TryGetValue(key, out var child))
                {
                    child = own.Count;
                    edges[key] = child;
                    own.Add(null);
                }

                node = child;
            }

            (own[node] ??= []).Add(id);
        }

        var count = own.Count;
        var sorted = edges.Select(e => (Node: (int)(e.Key >> 16), Symbol: (ushort)(e.Key & 0xFFFF), Child: e.Value))
            .OrderBy(e => e.Node).ThenBy(e => e.Symbol).ToArray();
        _childStart = new int[count + 1];
        _childSymbol = new ushort[sorted.Length];
        _childState = new int[sorted.Length];
        for (var k = 0; k < sorted.Length; k++)
        {
            _childStart[sorted[k].Node + 1]++;
            _childSymbol[k] = sorted[k].Symbol;
            _childState[k] = sorted[k].Child;
        }

        for (var n = 0; n < count; n++)
        {
            _childStart[n + 1] += _childStart[n];
        }

        _root = new int[alphabet];
        for (var k = _childStart[Root]; k < _childStart[Root + 1]; k++)
        {
            _root[_childSymbol[k]] = _childState[k];
        }

        _fail = new int[count];
        var outputs = new List<int>[count];
        outputs[Root] = [];
        var queue = new Queue<int>();
        queue.Enqueue(Root);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            for (var k = _childStart[node]; k < _childStart[node + 1]; k++)
            {
                var child = _childState[k];
                _fail[child] = node == Root ? Root : Step(_fail[node], _childSymbol[k]);
                outputs[child] = [.. own[child] ?? [], .. outputs[_fail[child]]]; // longest first: the failure chain is shorter
                queue.Enqueue(child);
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
        _nodes = new Node[count];
        for (var n = 0; n < count; n++)
        {
            var skip = _fail[n];
            while (skip != Root && _childStart[skip] == _childStart[skip + 1])
            {
                skip = _fail[skip]; // a state without children can lead nowhere: the walk passes it by
            }

            var children = _childStart[n + 1] - _childStart[n];
            _nodes[n] = new Node(skip, children > 0 ? _childState[_childStart[n]] : Root, _childStart[n], _outStart[n],
                children > 0 ? _childSymbol[_childStart[n]] : (ushort)0, checked((ushort)children), checked((ushort)(_outStart[n + 1] - _outStart[n])));
        }
    }

    /// <summary>
    /// One state, all a step reads in one place: the failure state (the nearest on the chain with children), the
    /// first child (smallest character) inline, the range of all children, and the range of outputs.
    /// </summary>
    private readonly record struct Node(int Fail, int Child, int ChildStart, int OutStart, ushort Symbol, ushort Children, ushort Outputs);

    /// <summary>Number of automaton states (for diagnostics).</summary>
    public int States => _outStart.Length - 1;

    /// <summary>
    /// Finds every term in <paramref name="text"/> (normalised) that respects word boundaries at its ASCII ends, and
    /// adds (term id, start, end) to <paramref name="hits"/>, in order of end position (the longest first among those
    /// ending together).
    /// </summary>
    public void Scan(ReadOnlySpan<char> text, List<TermHit> hits) => Scan(text, hits, null);

    /// <summary>As <see cref="Scan(ReadOnlySpan{char}, List{TermHit})"/>, and adds every marker found to <paramref name="marks"/> (its own ids, same order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: compiled optimised at once, not after a long run in tier 0
    public void Scan(ReadOnlySpan<char> text, List<TermHit> hits, List<TermHit>? marks)
    {
        var state = Root;
        var symbol = _symbol;
        for (var i = 0; i < text.Length; i++)
        {
            var s = symbol[text[i]];
            state = s == 0 ? Root : Next(state, s);
            ref readonly var node = ref _nodes[state];
            if (node.Outputs == 0)
            {
                continue;
            }

            for (var k = node.OutStart; k < node.OutStart + node.Outputs; k++)
            {
                var id = _outIds[k];
                var end = i + 1;
                var start = end - _length[id];
                if (id >= _terms)
                {
                    marks?.Add(new TermHit(id - _terms, start, end));
                    continue;
                }

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

    /// <summary>The state after reading symbol <paramref name="s"/> (not 0) in <paramref name="state"/>: a child, else the failure chain's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Next(int state, ushort s)
    {
        while (state != Root)
        {
            ref readonly var node = ref _nodes[state];
            if (node.Symbol == s)
            {
                return node.Child; // a leaf has symbol 0, which is never read here
            }

            if (node.Children > 1 && Child(node.ChildStart + 1, node.ChildStart + node.Children, s) is >= 0 and var child)
            {
                return child;
            }

            state = node.Fail;
        }

        return _root[s];
    }

    /// <summary>The state after reading symbol <paramref name="s"/> in <paramref name="state"/>, from the child arrays (while building).</summary>
    private int Step(int state, ushort s)
    {
        while (state != Root)
        {
            if (Child(_childStart[state], _childStart[state + 1], s) is >= 0 and var child)
            {
                return child;
            }

            state = _fail[state];
        }

        return _root[s];
    }

    /// <summary>The state of the child with symbol <paramref name="s"/> among the sorted children [lo, hi), or -1:
    /// halved down to 8, then read in order (used by the scan and while building).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Child(int lo, int hi, ushort s)
    {
        while (hi - lo > 8)
        {
            var mid = (lo + hi) >>> 1;
            if (_childSymbol[mid] > s)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        for (var k = lo; k < hi; k++)
        {
            if (_childSymbol[k] == s)
            {
                return _childState[k];
            }
        }

        return -1;
    }

    private static long Key(int node, ushort symbol) => ((long)node << 16) | symbol;
}

/// <summary>One occurrence of a term in normalised text: [Start, End).</summary>
internal readonly record struct TermHit(int Term, int Start, int End);
