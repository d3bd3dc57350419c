using System.Text.Encodings.Web;
using System.Text.Json;

namespace ShanghaiAi.Stats.Close;

/// <summary>
/// The vintage summary (<c>vintages.summary_json</c> and <c>close-summary.json</c>): counts, the imputed share of
/// each total (the contract's indicator code list is fixed, so the shares live here), suppression counts and how
/// January was published. <see cref="SuppressedAcrossMonths"/> counts the flow cells held back because they were
/// suppressed last month (<see cref="AcrossMonths"/>); they are among the secondary (D) cells.
/// </summary>
public sealed record CloseSummary(
    string VintageId,
    string Period,
    int Sequence,
    DateTimeOffset CreatedAt,
    int EnterprisesInScope,
    int EnterprisesReported,
    decimal? ResponseRate,
    int EnterprisesImputed,
    int FollowUps,
    int PrevYearMissingWarnings,
    IReadOnlyDictionary<string, decimal?> ImputedSharePct,
    int PrimarySuppressed,
    int SecondarySuppressed,
    int SuppressedAcrossMonths,
    bool PublicReleased,
    string Publication,
    CloseSettings Settings)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
