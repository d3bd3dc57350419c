using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.ParkIndex;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Tests.Reference;

public sealed class ReferenceAssociationsTests
{
    [Fact]
    public void LoadEmbedded_Associations_HasTheArticle8BodiesWithBothNames()
    {
        var a = ReferenceData.Embedded.AssociationsById["sh-ai-industry-association"];

        a.Should().Be(new Association("sh-ai-industry-association", "上海市人工智能行业协会", "Shanghai Artificial Intelligence Industry Association",
            Article8Body.AiAssociation, Active: true));
        ReferenceData.Embedded.Associations.Should().HaveCount(4).And.OnlyContain(x => x.NameZh.Contains("协会") && x.NameEn.EndsWith("Association", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadEmbedded_Associations_HoldTheSyntheticGeneratorsAssociations()
    {
        var generated = Stats.Synthetic.Association.All.Select(a => a.FileStem);

        ReferenceData.Embedded.AssociationsById.Keys.Should().Contain(generated);
    }

    [Fact]
    public void Load_AssociationWithUnknownArticle8Body_NamesRowColumnAndValue()
    {
        var act = () => ReferenceLoader.Load(rel =>
        {
            var text = ReferenceLoader.ReadEmbedded(rel);
            return rel == "associations/associations-2025.csv" ? text!.Replace("Robotics Industry Association,related-organization", "Robotics Industry Association,chamber", StringComparison.Ordinal) : text;
        });

        act.Should().Throw<StatsException>()
            .WithMessage("associations/associations-2025.csv row 4, column article8: expected 'ai-association' or 'related-organization', found 'chamber'");
    }

    /// <summary>Every file of reference-data/ is read by one of the loaders (ReferenceLoader, the classification
    /// standard, the park-index method) and validates; a new file nobody loads fails here.</summary>
    [Fact]
    public void Load_EveryReferenceFile_IsReadByALoader()
    {
        var read = new HashSet<string>(StringComparer.Ordinal);
        string? Reader(string rel)
        {
            read.Add(rel);
            return ReferenceLoader.ReadEmbedded(rel);
        }

        var reference = ReferenceLoader.Load(Reader);
        ClassificationStandard.Load(Reader);
        var method = $"park-index/method-{ReferenceLoader.DefaultEdition}.json";
        ParkIndexMethodLoader.Parse(Reader(method)!, method, reference);
        Stats.Outputs.ReturnRowCodes.Load(Reader, reference);

        var embedded = typeof(ReferenceLoader).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("reference-data/", StringComparison.Ordinal)).Select(n => n["reference-data/".Length..]);
        embedded.Should().NotBeEmpty().And.BeSubsetOf(read);
        embedded.Should().Contain("associations/associations-2025.csv");
    }
}
