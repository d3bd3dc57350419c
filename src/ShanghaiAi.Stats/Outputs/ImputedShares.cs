using System.Text.Json;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// The share (%) of each published total that is imputed, as the close recorded it in the vintage summary
/// (<c>close-summary.json</c>, <c>imputed_share_pct</c>), for the return's notes and the dashboard.
/// </summary>
public static class ImputedShares
{
    /// <summary>The shares by indicator code from a vintage's summary JSON; empty when the summary has none.</summary>
    public static IReadOnlyDictionary<string, decimal> FromSummaryJson(string? summaryJson)
    {
        var shares = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(summaryJson))
        {
            return shares;
        }

        using var doc = JsonDocument.Parse(summaryJson);
        if (doc.RootElement.ValueKind == JsonValueKind.Object
            && doc.RootElement.TryGetProperty("imputed_share_pct", out var pct) && pct.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in pct.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number))
            {
                shares[p.Name] = p.Value.GetDecimal();
            }
        }

        return shares;
    }

    /// <summary>"5.3%" (one decimal, invariant).</summary>
    public static string Format(decimal share)
        => share.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
