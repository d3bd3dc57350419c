using System.Text.RegularExpressions;
using ShanghaiAi.Stats.Functions.Hosting;
using ShanghaiAi.Stats.Functions.LocalHost;

namespace ShanghaiAi.Stats.Functions.App;

/// <summary>The OpenAPI 3.0 document of the HTTP functions: paths and methods from their attributes, descriptions here.</summary>
public static partial class OpenApiDocument
{
    private static readonly Dictionary<string, (string Summary, string[] Query)> Docs = new(StringComparer.Ordinal)
    {
        ["health"] = ("Liveness, reference data and warehouse state (never creates or migrates a warehouse). No key.", []),
        ["openapi"] = ("This document. No key.", []),
        ["upload"] = ("Upload a file of a kind (register, member-roster, monthly-report, park-report) as multipart/form-data or the raw body (text/csv, application/json, xlsx, xls, application/octet-stream; name in x-file-name or ?filename=). 202 with upload_id and Location; the same content twice is one upload (duplicate: true). 401 no/unknown key, 403 kind not allowed for the role, 413 too large, 415 wrong type, 429 queue full (Retry-After).", ["filename"]),
        ["uploads-list"] = ("The caller's own uploads (a statistician's: all), newest first, paged.", ["page", "page_size"]),
        ["upload-status"] = ("An upload: upload_id, kind, status (queued|processing|processed|rejected|poisoned), accepted, rejected, duplicates, rows, warnings, problems, error.", []),
        ["upload-report"] = ("The validation report: JSON, or the fixable XLSX with Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. 409 while not processed.", []),
        ["close"] = ("Statistician: queue the close of a period (YYYY-MM); 202 with close_id and Location /api/closes/{id}.", []),
        ["close-status"] = ("Statistician: a requested close: queued|running|done (vintage, files)|failed (error).", []),
        ["indicators"] = ("Indicator table of the period's latest vintage (or ?vintage=): JSON, CSV (Accept: text/csv) or Arrow IPC (Accept: application/vnd.apache.arrow.stream). Public table unless the caller is a statistician.", ["period", "indicator", "breakdown", "vintage"]),
        ["vintages"] = ("Vintages (closes) of every period or of ?period=; the close summary for a statistician only.", ["period"]),
        ["park-scores"] = ("Park intelligence index of the period's latest vintage: all parks (statistician, planner), own park (park), else 403.", ["period"]),
        ["return"] = ("The Excel return of a vintage: ?audience=public (default) or internal (statistician).", ["audience"]),
        ["dashboard"] = ("A file of a vintage's dashboard (index.html, data, charts).", []),
        ["warnings"] = ("Statistician: soft-rule warnings of accepted rows waiting for a decision (?upload= the warehouse upload id).", ["upload"]),
        ["classification-review"] = ("Statistician: enterprises whose classification waits for a decision.", []),
        ["classification-override"] = ("Statistician: record a classification decision: JSON {uscc, category, reason}; 201.", []),
        ["warning-decision"] = ("Statistician: confirm or send back a warning: JSON {upload_id, row, rule, decision: confirm|send-back, note}.", []),
    };

    public static Dictionary<string, object?> Build(HostSettings host)
    {
        var paths = new SortedDictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var f in FunctionTable.App.Where(f => f.Trigger == "httpTrigger"))
        {
            var path = host.Route(CatchAll().Replace(f.Route ?? f.Name, "{$1}"));
            var (summary, query) = Docs.TryGetValue(f.Name, out var d) ? d : (f.Name, []);
            var parameters = RouteParameter().Matches(path).Select(m => Param(m.Groups[1].Value, "path", true))
                .Concat(query.Select(q => Param(q, "query", false))).ToList();
            if (!paths.TryGetValue(path, out var item))
            {
                item = new Dictionary<string, object?>(StringComparer.Ordinal);
                paths[path] = item;
            }

            foreach (var m in f.Methods)
            {
                item[m] = new Dictionary<string, object?>
                {
                    ["operationId"] = f.Name,
                    ["summary"] = summary,
                    ["parameters"] = parameters,
                    ["security"] = f.Name is "health" or "openapi" ? Array.Empty<object>() : new object[] { new Dictionary<string, object> { ["key"] = Array.Empty<string>() }, new Dictionary<string, object> { ["code"] = Array.Empty<string>() } },
                    ["responses"] = new Dictionary<string, object> { ["200"] = new Dictionary<string, string> { ["description"] = "OK (202 Accepted for uploads and closes)" } },
                };
            }
        }

        return new Dictionary<string, object?>
        {
            ["openapi"] = "3.0.3",
            ["info"] = new Dictionary<string, string> { ["title"] = "ShanghaiAi.Stats functions app (上海市人工智能产业统计)", ["version"] = "1" },
            ["paths"] = paths,
            ["components"] = new Dictionary<string, object>
            {
                ["securitySchemes"] = new Dictionary<string, object>
                {
                    ["key"] = new Dictionary<string, string> { ["type"] = "apiKey", ["in"] = "header", ["name"] = "x-functions-key" },
                    ["code"] = new Dictionary<string, string> { ["type"] = "apiKey", ["in"] = "query", ["name"] = "code" },
                },
            },
        };
    }

    private static Dictionary<string, object> Param(string name, string where, bool required) => new()
    {
        ["name"] = name, ["in"] = where, ["required"] = required, ["schema"] = new Dictionary<string, string> { ["type"] = "string" },
    };

    [GeneratedRegex(@"\{\*(\w+)\}")]
    private static partial Regex CatchAll();

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex RouteParameter();
}
