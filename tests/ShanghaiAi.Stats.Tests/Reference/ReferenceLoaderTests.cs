using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Tests.Reference;

public sealed class ReferenceLoaderTests
{
    [Fact]
    public void LoadEmbedded_Edition2025_HasTheSixteenDistrictsAndTwelveParks()
    {
        var r = ReferenceLoader.LoadEmbedded();
        r.ActiveDistricts.Select(d => d.Code).Should().BeEquivalentTo(
            "310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112", "310113", "310114",
            "310115", "310116", "310117", "310118", "310120", "310151");
        r.Parks.Should().HaveCount(12);
        r.ResolveDistrict("310108")!.Code.Should().Be("310106");
        r.Form.FormNo.Should().Be("AI-1");
        r.Categories.Where(c => c.Level == 2).Should().HaveCount(26);
    }
}
