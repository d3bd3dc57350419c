using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Tests.Reference;

/// <summary>A malformed edition is rejected with a message naming the file, row, column, value and what was expected.</summary>
public sealed class ReferenceLoaderRejectionTests
{
    private static ReferenceData LoadWith(string file, Func<string, string> edit)
        => ReferenceLoader.Load(rel =>
        {
            var text = ReferenceLoader.ReadEmbedded(rel);
            return rel == file && text is not null ? edit(text) : text;
        });

    [Fact]
    public void Load_RetiredDistrictWithUnknownSuccessor_NamesRowAndValue()
    {
        var act = () => LoadWith("districts/districts-2025.csv", t => t.Replace("310108,闸北区,Zhabei District,retired,310106", "310108,闸北区,Zhabei District,retired,310199", StringComparison.Ordinal));

        act.Should().Throw<StatsException>()
            .WithMessage("districts/districts-2025.csv row 19, column successor: expected an active district code, found '310199'");
    }

    [Fact]
    public void Load_ParkInRetiredDistrict_NamesRowColumnAndValue()
    {
        var act = () => LoadWith("parks/parks-2025.csv", t => t.Replace("Zhangjiang AI Island,310115", "Zhangjiang AI Island,310119", StringComparison.Ordinal));

        act.Should().Throw<StatsException>()
            .WithMessage("parks/parks-2025.csv row 2, column district_code: expected an active district code of districts, found '310119'");
    }

    [Fact]
    public void Load_DuplicateParkId_IsRejected()
    {
        var act = () => LoadWith("parks/parks-2025.csv", t => t.Replace("SHAIP02,", "SHAIP01,", StringComparison.Ordinal));

        act.Should().Throw<StatsException>()
            .WithMessage("parks/parks-2025.csv row 3, column park_id: duplicate value 'SHAIP01'");
    }

    [Fact]
    public void Load_RatioWithUnknownDenominator_NamesTheIndicator()
    {
        var act = () => LoadWith("indicators/indicators-ai1-2025.csv", t => t.Replace("ratio,rd_expense,revenue,", "ratio,rd_expense,turnover,", StringComparison.Ordinal));

        act.Should().Throw<StatsException>()
            .WithMessage("indicators/indicators-ai1-2025.csv row 14, column denominator: expected an indicator code of this catalogue, found 'turnover'");
    }

    [Fact]
    public void Load_MissingColumn_ListsWhatIsMissingAndWhatWasFound()
    {
        var act = () => LoadWith("districts/districts-2025.csv", t => t.Replace("code,name_zh,name_en,status,successor,retired_on", "code,name_zh,name_en,status,successor", StringComparison.Ordinal));

        act.Should().Throw<StatsException>()
            .WithMessage("districts/districts-2025.csv: missing column(s) retired_on; found code, name_zh, name_en, status, successor");
    }

    [Fact]
    public void Load_FormWithoutApprovalNumber_NamesTheProperty()
    {
        var act = () => LoadWith("forms/form-ai1-2025.json", t => t.Replace("\"approval_no\"", "\"approval\"", StringComparison.Ordinal));

        act.Should().Throw<StatsException>()
            .WithMessage("forms/form-ai1-2025.json: property 'approval_no' expected a non-empty string, found nothing");
    }
}
