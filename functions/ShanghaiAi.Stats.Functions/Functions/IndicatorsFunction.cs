using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET /api/indicators?period=YYYY-MM[&amp;indicator=&amp;breakdown=&amp;vintage=]: the indicator table of the
/// period's latest vintage, as JSON, CSV (Accept: text/csv) or Arrow IPC (Accept: application/vnd.apache.arrow.stream).
/// Public (suppressed values blank, no contributors, no provisional cells) unless the caller is a statistician.
/// Indicator and breakdown are filtered in SQL; an answer is made once per vintage (vintages never change) and kept in
/// the <see cref="IndicatorCache"/> with its gzip/Brotli forms.</summary>
public sealed class IndicatorsFunction(RequestAuth auth, AppWarehouse warehouse, IndicatorCache cache)
{
    public const string Arrow = "application/vnd.apache.arrow.stream";

    [Function("indicators")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "indicators")] HttpRequest req)
    {
        if (auth.AuthenticateOrPublic(req, out var denied) is not { } caller)
        {
            return denied!;
        }

        if (!Period.TryParse(req.Query["period"], out var period))
        {
            return ApiResults.Error(400, $"period '{req.Query["period"]}': expected YYYY-MM", "报告期格式应为YYYY-MM");
        }

        var isPublic = !auth.Rules.IsStatistician(caller);
        var indicator = req.Query["indicator"].FirstOrDefault();
        var breakdown = req.Query["breakdown"].FirstOrDefault();
        var accept = string.Join(',', req.Headers.Accept.Select(a => a ?? string.Empty));
        var format = accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase) ? "csv"
            : accept.Contains("arrow", StringComparison.OrdinalIgnoreCase) ? "arrow" : "json";
        string Key(string vintageId) => string.Join('\u001f', vintageId, period.ToString(), isPublic ? "public" : "internal", indicator, breakdown, format);

        // A vintage asked for by id whose answer is held needs no look-up: it was checked against the period when made.
        var wanted = req.Query["vintage"].FirstOrDefault();
        if (wanted is not null && cache.TryGet(Key(wanted), out var held))
        {
            return held!.ToResult(req);
        }

        var vintage = wanted is null
            ? cache.Latest(period.ToString(), () => VintageStore.Latest(warehouse.Warehouse, period)?.VintageId)
            : VintageStore.Find(warehouse.Warehouse, wanted) is { } v && v.Period == period ? v.VintageId : null;
        if (vintage is null)
        {
            return ApiResults.NotFound(wanted is null ? $"a vintage of period {period}" : $"vintage '{wanted}' of period {period}");
        }

        return cache.GetOrAdd(Key(vintage), () => Make(vintage, period, isPublic, indicator, breakdown, format)).ToResult(req);
    }

    private EncodedBody Make(string vintageId, Period period, bool isPublic, string? indicator, string? breakdown, string format)
    {
        var cells = VintageStore.Cells(warehouse.Warehouse, vintageId, indicator, breakdown).Where(c => !isPublic || c.ObsStatus != "P").ToList();
        var columns = isPublic ? IndicatorTableWriter.PublicColumns : IndicatorTableWriter.Columns;
        switch (format)
        {
            case "csv":
                var sb = new StringBuilder(CsvText.Line(columns)).Append('\n');
                foreach (var c in cells)
                {
                    sb.Append(CsvText.Line(IndicatorTableWriter.Fields(c, isPublic))).Append('\n');
                }

                return new EncodedBody(new UTF8Encoding(false).GetBytes(sb.ToString()), "text/csv; charset=utf-8");
            case "arrow":
                var tmp = Path.Combine(Path.GetTempPath(), "aistats-arrow-" + Guid.NewGuid().ToString("N") + ".arrow");
                try
                {
                    ArrowIndicatorWriter.Write(cells, tmp, isPublic);
                    return new EncodedBody(File.ReadAllBytes(tmp), Arrow);
                }
                finally
                {
                    File.Delete(tmp);
                }

            default:
                var rows = cells.Select(c => columns.Zip(IndicatorTableWriter.Fields(c, isPublic)).ToDictionary(p => p.First, p => p.Second)).ToList();
                var body = new Dictionary<string, object?>
                {
                    ["vintage"] = vintageId, ["period"] = period.ToString(), ["public"] = isPublic, ["columns"] = columns, ["rows"] = rows,
                };
                return new EncodedBody(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(body, ApiResults.Json), "application/json; charset=utf-8");
        }
    }
}
