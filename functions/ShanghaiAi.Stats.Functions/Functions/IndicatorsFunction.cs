using ShanghaiAi.Stats.Warehouse;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;
using ShanghaiAi.Stats.Outputs;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET /api/indicators?period=YYYY-MM[&amp;indicator=&amp;breakdown=&amp;vintage=]: the indicator table of the
/// period's latest vintage, as JSON, CSV (Accept: text/csv) or Arrow IPC (Accept: application/vnd.apache.arrow.stream).
/// Public (suppressed values blank, no contributors, no provisional cells) unless the caller is a statistician.</summary>
public sealed class IndicatorsFunction(RequestAuth auth, AppWarehouse warehouse)
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
        var vintages = VintageStore.All(warehouse.Warehouse).Where(v => v.Period == period).ToList();
        var wanted = req.Query["vintage"].FirstOrDefault();
        var vintage = wanted is null ? vintages.LastOrDefault() : vintages.FirstOrDefault(v => v.VintageId == wanted);
        if (vintage is null)
        {
            return ApiResults.NotFound(wanted is null ? $"a vintage of period {period}" : $"vintage '{wanted}' of period {period}");
        }

        var indicator = req.Query["indicator"].FirstOrDefault();
        var breakdown = req.Query["breakdown"].FirstOrDefault();
        var cells = VintageStore.Cells(warehouse.Warehouse, vintage.VintageId)
            .Where(c => !isPublic || c.ObsStatus != "P")
            .Where(c => indicator is null || c.IndicatorCode == indicator)
            .Where(c => breakdown is null || c.Breakdown == breakdown)
            .ToList();
        var columns = isPublic ? IndicatorTableWriter.PublicColumns : IndicatorTableWriter.Columns;
        var accept = string.Join(',', req.Headers.Accept.Select(a => a ?? string.Empty));
        if (accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            var sb = new StringBuilder(CsvText.Line(columns)).Append('\n');
            foreach (var c in cells)
            {
                sb.Append(CsvText.Line(IndicatorTableWriter.Fields(c, isPublic))).Append('\n');
            }

            return new FileContentResult(new UTF8Encoding(false).GetBytes(sb.ToString()), "text/csv; charset=utf-8");
        }

        if (accept.Contains("arrow", StringComparison.OrdinalIgnoreCase))
        {
            var tmp = Path.Combine(Path.GetTempPath(), "aistats-arrow-" + Guid.NewGuid().ToString("N") + ".arrow");
            try
            {
                OpenDataWriter.WriteArrow(cells, tmp, isPublic);
                return new FileContentResult(File.ReadAllBytes(tmp), Arrow);
            }
            finally
            {
                File.Delete(tmp);
            }
        }

        var rows = cells.Select(c => columns.Zip(IndicatorTableWriter.Fields(c, isPublic)).ToDictionary(p => p.First, p => p.Second)).ToList();
        return ApiResults.Ok(new Dictionary<string, object?>
        {
            ["vintage"] = vintage.VintageId, ["period"] = period.ToString(), ["public"] = isPublic, ["columns"] = columns, ["rows"] = rows,
        });
    }
}
