using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Warehouse;
using ShanghaiAi.Stats.ParkIndex;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// The reference data a public page needs to read the indicator table: the indicators (zh/en names, units, decimals),
/// the breakdowns in publication order with their members' names and order, the parks and the park index's
/// dimensions. Only reference data, no
/// figure: the web pages fetch it once and name the codes of the indicator cells with it.
/// </summary>
public static class PublicReferenceJson
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string Write(ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return JsonSerializer.Serialize(new
        {
            reference.Edition,
            Indicators = reference.Indicators.Select(i => new { i.Code, i.NameZh, i.NameEn, i.UnitZh, i.UnitEn, i.Decimals }),
            Breakdowns = IndicatorCell.Breakdowns.Select(b =>
            {
                var (zh, en) = Members.BreakdownTitle(b);
                return new { Code = b, NameZh = zh, NameEn = en, Members = CodesOf(reference, b).Select(c => Members.Of(reference, b, c)).Select(m => new { m.Code, m.NameZh, m.NameEn, m.Order }) };
            }),
            Parks = reference.Parks.Select(p => new { p.ParkId, p.NameZh, p.NameEn, p.DistrictCode }),
            ParkDimensions = ParkIndexMethodLoader.LoadEmbedded(reference).Dimensions.Select(d => new { d.Code, d.NameZh, d.NameEn, d.Weight }),
        }, Json);
    }

    private static IEnumerable<string> CodesOf(ReferenceData r, string breakdown) => breakdown switch
    {
        "total" => [Members.TotalCode],
        "district" => r.Districts.Select(d => d.Code),
        "park" => r.Parks.Select(p => p.ParkId),
        "category_l1" => r.Categories.Where(c => c.Level == 1).Select(c => c.Code),
        "category" => r.Categories.Select(c => c.Code),
        "size_class" => ["规上", "规下"],
        "ai_enterprise" => ["Y", "N"],
        _ => [],
    };
}
