using System.Text;
using ShanghaiAi.Stats.Classify;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// The residue (Chinese characters no term covers, filler aside) counted by taking covered stretches off is the count a
/// character-by-character coverage map gives, per item of the business scope and over 主要产品, with terms overlapping,
/// nested, side by side and at the text's ends.
/// </summary>
public sealed class ItemResidueTests
{
    private static readonly IReadOnlyList<string> Terms = new CategoryIndex(ClassificationStandard.LoadEmbedded()).Rules.Select(r => r.Normalised).ToList();

    private static readonly TermMatcher Matcher = new(Terms, []);

    [Fact]
    public void Count_RandomTextsWithTheRealTerms_SameAsACoverageMap()
    {
        var random = new Random(63);
        for (var n = 0; n < 1500; n++)
        {
            var text = TextNormaliser.Normalise(RandomText(random));
            var hits = new List<TermHit>();
            Matcher.Scan(text, hits);
            var breaks = Enumerable.Range(0, text.Length).Where(i => text[i] == TextNormaliser.ClauseBreak).ToList();
            var (items, products) = CoverageMap(text, hits);

            var scope = new ClassifierScratch(4);
            scope.Reset();
            ItemResidue.Count(scope, text, hits, breaks, TextField.BusinessScope);
            var product = new ClassifierScratch(4);
            product.Reset();
            ItemResidue.Count(product, text, hits, breaks, TextField.MainProducts);

            for (var c = 0; c < Math.Max(items.Length, scope.Residue.Length); c++)
            {
                (c < scope.Residue.Length ? scope.Residue[c] : 0).Should().Be(c < items.Length ? items[c] : 0, "item {0} of \"{1}\"", c, text);
            }

            product.ProductResidue.Should().Be(products, "\"{0}\"", text);
        }
    }

    [Fact]
    public void Count_ItemNamingItsUseInUnknownWords_LeavesThoseCharacters()
    {
        var text = TextNormaliser.Normalise("语音识别与语音合成技术开发；中文作文的自然语言处理智能评分系统开发");
        var hits = new List<TermHit>();
        Matcher.Scan(text, hits);
        var s = new ClassifierScratch(4);
        s.Reset();

        ItemResidue.Count(s, text, hits, [text.IndexOf(TextNormaliser.ClauseBreak)], TextField.BusinessScope);

        s.Residue[0].Should().Be(0);
        s.Residue[1].Should().Be(CoverageMap(text, hits).Items[1]).And.BeGreaterThan(ItemResidue.Known);
    }

    /// <summary>The count as it was made before: a map of covered characters, then every character looked at.</summary>
    private static (int[] Items, int Products) CoverageMap(string text, List<TermHit> hits)
    {
        var covered = new bool[text.Length];
        foreach (var h in hits)
        {
            covered.AsSpan(h.Start, h.End - h.Start).Fill(true);
        }

        var items = new int[text.Count(c => c == TextNormaliser.ClauseBreak) + 1];
        var products = 0;
        var clause = 0;
        var probe = new ClassifierScratch(4);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == TextNormaliser.ClauseBreak)
            {
                clause++;
            }
            else if (!covered[i] && IsResidue(probe, text[i]))
            {
                items[clause]++;
                products++;
            }
        }

        return (items, products);
    }

    /// <summary>Whether one character alone counts: the residue of a one-character text with no terms.</summary>
    private static bool IsResidue(ClassifierScratch probe, char c)
    {
        probe.Reset();
        ItemResidue.Count(probe, c.ToString(), [], [], TextField.MainProducts);
        return probe.ProductResidue == 1;
    }

    private static string RandomText(Random random)
    {
        var sb = new StringBuilder();
        var parts = random.Next(0, 25);
        for (var p = 0; p < parts; p++)
        {
            var t = Terms[random.Next(Terms.Count)];
            sb.Append(random.Next(6) switch
            {
                0 or 1 => t,
                2 => t[..random.Next(1, t.Length + 1)],
                3 => random.Next(2) == 0 ? "；" : "、",
                4 => "技术开发与销售的",
                _ => ((char)random.Next(0x4E00, 0x9FFF)).ToString(),
            });
        }

        return sb.ToString();
    }
}
