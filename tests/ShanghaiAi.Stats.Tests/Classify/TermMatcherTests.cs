using System.Text;
using ShanghaiAi.Stats.Classify;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// The automaton finds exactly what a naive search over the word list finds, in the same order: every term at every
/// position where its ASCII ends respect word boundaries (a plural s allowed), by end position, the longest first among
/// those ending together (ties by id), and every marker word wherever it occurs.
/// </summary>
public sealed class TermMatcherTests
{
    private static readonly IReadOnlyList<string> Terms = new CategoryIndex(ClassificationStandard.LoadEmbedded()).Rules.Select(r => r.Normalised).ToList();

    private static readonly Lazy<TermMatcher> Matcher = new(() => new TermMatcher(Terms, ItemMarks.Words));

    [Fact]
    public void Scan_RandomTextsOfTermPieces_SameHitsAsANaiveSearch()
    {
        var random = new Random(20260);
        var alphabet = Terms.SelectMany(t => t).Distinct().ToArray();
        for (var n = 0; n < 400; n++)
        {
            var text = TextNormaliser.Normalise(RandomText(random, alphabet));
            AssertSameAsNaive(text);
        }
    }

    [Fact]
    public void Scan_RealBusinessScopesOfTheDevSets_SameHitsAsANaiveSearch()
    {
        var lines = Directory.GetFiles(Path.GetDirectoryName(ClassifyTestData.PathOf("Data/dev-enterprises.csv"))!, "dev*.csv").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadLines(f).Skip(1).Take(60)).ToList();
        lines.Should().HaveCountGreaterThan(200);
        foreach (var line in lines)
        {
            AssertSameAsNaive(TextNormaliser.Normalise(line));
        }
    }

    [Fact]
    public void Scan_OverlappingAndNestedTerms_EveryOneLongestFirst()
    {
        var m = new TermMatcher(["甲乙", "乙", "甲乙丙", "乙丙", "丙", "丙甲乙", "乙"], []);
        var hits = new List<TermHit>();
        m.Scan("甲乙丙甲乙", hits);

        hits.Should().Equal(
            new TermHit(0, 0, 2), new TermHit(1, 1, 2), new TermHit(6, 1, 2),
            new TermHit(2, 0, 3), new TermHit(3, 1, 3), new TermHit(4, 2, 3),
            new TermHit(5, 2, 5), new TermHit(0, 3, 5), new TermHit(1, 4, 5), new TermHit(6, 4, 5));
    }

    [Theory]
    [InlineData("ai", new[] { 0 })]
    [InlineData("ai芯片", new[] { 0, 1 })]
    [InlineData("chain", new int[0])]
    [InlineData("ais and aix", new[] { 0 })]
    [InlineData("智能ai", new[] { 0 })]
    [InlineData("研发ai芯片", new[] { 0, 1 })]
    public void Scan_LatinTermsAtTextEndsAndInsideWords_OnlyWholeWords(string text, int[] terms)
    {
        var hits = new List<TermHit>();
        new TermMatcher(["ai", "ai芯片"], []).Scan(text, hits);

        hits.Select(h => h.Term).Should().Equal(terms);
    }

    [Fact]
    public void Scan_TraditionalCharactersAfterNormalising_FindTheSimplifiedTerm()
    {
        var text = TextNormaliser.Normalise("從事機器視覺檢測與語音識別");
        var hits = new List<TermHit>();
        new TermMatcher(["机器视觉", "语音识别", "视觉检测"], []).Scan(text, hits);

        hits.Select(h => text[h.Start..h.End]).Should().Equal("机器视觉", "视觉检测", "语音识别");
    }

    [Fact]
    public void Scan_MarkersAndTermsSharingWords_EachListGetsItsOwn()
    {
        var hits = new List<TermHit>();
        var marks = new List<TermHit>();
        new TermMatcher(["机器人销售", "销售"], ["销售", "代理销售", "ai"]).Scan("机器人代理销售 chain", hits, marks);

        hits.Should().Equal(new TermHit(1, 5, 7));
        marks.Should().Equal(new TermHit(1, 3, 7), new TermHit(0, 5, 7), new TermHit(2, 10, 12)); // markers ignore word boundaries
    }

    [Fact]
    public void Scan_EmptyTextAndUnknownCharacters_NoHits()
    {
        var hits = new List<TermHit>();
        Matcher.Value.Scan("", hits);
        Matcher.Value.Scan("☃☃☃ ☃", hits);

        hits.Should().BeEmpty();
    }

    private static void AssertSameAsNaive(string text)
    {
        var hits = new List<TermHit>();
        var marks = new List<TermHit>();
        Matcher.Value.Scan(text, hits, marks);

        hits.Should().Equal(Naive(Terms, text, true), "the terms in \"{0}\"", text);
        marks.Should().Equal(Naive(ItemMarks.Words, text, false), "the markers in \"{0}\"", text);
    }

    /// <summary>Every word at every end position, the longest first, then by id; word boundaries as the classifier keeps them.</summary>
    private static List<TermHit> Naive(IReadOnlyList<string> words, string text, bool boundaries)
    {
        var hits = new List<TermHit>();
        for (var end = 1; end <= text.Length; end++)
        {
            var here = new List<TermHit>();
            for (var id = 0; id < words.Count; id++)
            {
                var w = words[id];
                var start = end - w.Length;
                if (start < 0 || !text.AsSpan(start, w.Length).SequenceEqual(w))
                {
                    continue;
                }

                if (boundaries && TextNormaliser.IsWordChar(w[0]) && start > 0 && TextNormaliser.IsWordChar(text[start - 1]))
                {
                    continue;
                }

                if (boundaries && TextNormaliser.IsWordChar(w[^1]) && end < text.Length && TextNormaliser.IsWordChar(text[end])
                    && !(text[end] == 's' && (end + 1 == text.Length || !TextNormaliser.IsWordChar(text[end + 1]))))
                {
                    continue;
                }

                here.Add(new TermHit(id, start, end));
            }

            hits.AddRange(here.OrderByDescending(h => h.End - h.Start).ThenBy(h => h.Term));
        }

        return hits;
    }

    /// <summary>Whole terms, pieces of terms (their heads and tails, so partial matches fail over), stray characters, Latin words and separators.</summary>
    private static string RandomText(Random random, char[] alphabet)
    {
        var sb = new StringBuilder();
        var parts = random.Next(1, 30);
        for (var p = 0; p < parts; p++)
        {
            var t = Terms[random.Next(Terms.Count)];
            switch (random.Next(9))
            {
                case 0:
                case 1:
                    sb.Append(t);
                    break;
                case 2:
                    sb.Append(t.AsSpan(0, random.Next(1, t.Length + 1)));
                    break;
                case 3:
                    sb.Append(t.AsSpan(random.Next(t.Length)));
                    break;
                case 4:
                    sb.Append(alphabet[random.Next(alphabet.Length)]);
                    break;
                case 5:
                    sb.Append(random.Next(3) switch { 0 => "s", 1 => " ", _ => "x" });
                    break;
                case 6:
                    sb.Append(ItemMarks.Words[random.Next(ItemMarks.Words.Length)]);
                    break;
                case 7:
                    sb.Append(random.Next(4) switch { 0 => "；", 1 => "、", 2 => "機器", _ => "AI" });
                    break;
                default:
                    sb.Append((char)random.Next(0x4E00, 0x9FFF));
                    break;
            }
        }

        return sb.ToString();
    }
}
