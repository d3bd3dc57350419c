using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// Writes <c>datapackage.json</c> (Frictionless Data Package v2, readable as v1) describing the public open data of one
/// release: one resource per file with its Table Schema (field names, types, constraints, descriptions), format,
/// media type, size and SHA-256; the package carries the vintage (<c>version</c>, <c>vintage</c>), the period and the
/// indicators with their units (<c>indicators</c>: code, names, unit zh/en, kind), since a value's unit is the row's
/// <c>unit</c> column.
/// </summary>
public static class DataPackageWriter
{
    public const string FileName = "datapackage.json";

    public const string Profile = "https://datapackage.org/profiles/2.0/datapackage.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the package descriptor into <paramref name="outDir"/>; resources whose file is missing are left out.</summary>
    public static string Write(string outDir, IReadOnlyList<OpenDataResource> resources, string vintage, Period period, ReferenceData reference)
    {
        Guard.NotEmpty(outDir);
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(reference);
        var described = new JsonArray();
        foreach (var r in resources)
        {
            if (Describe(outDir, r, reference) is { } node)
            {
                described.Add(node);
            }
        }

        var package = new JsonObject
        {
            ["$schema"] = Profile,
            ["name"] = "shanghai-ai-sector-ai1",
            ["title"] = $"上海市人工智能企业主要经济指标（AI-1）{period} / Shanghai AI enterprises, main economic indicators (form AI-1), {period}",
            ["description"] = "Public, disclosure-safe indicator table of the monthly survey AI-1 under Article 38 of the Shanghai Regulations on "
                              + "Promoting the Development of the AI Sector. Suppressed cells (conf_status other than F) have blank values; provisional "
                              + "cells are not published. Figures produced by the demo are synthetic (合成数据).",
            ["version"] = vintage,
            ["vintage"] = vintage,
            ["period"] = period.ToString(),
            ["keywords"] = new JsonArray("人工智能", "artificial intelligence", "Shanghai", "official statistics", "AI-1"),
            ["sources"] = new JsonArray(new JsonObject { ["title"] = "Monthly survey AI-1 (人工智能企业主要经济指标 月报), Shanghai statistics office" }),
            ["indicators"] = new JsonArray(reference.Indicators.Select(i => (JsonNode)new JsonObject
            {
                ["code"] = i.Code, ["name_zh"] = i.NameZh, ["name_en"] = i.NameEn, ["unit_zh"] = i.UnitZh, ["unit_en"] = i.UnitEn,
                ["kind"] = i.Kind.ToString().ToLowerInvariant(),
            }).ToArray()),
            ["resources"] = described,
        };
        var path = Path.Combine(outDir, FileName);
        File.WriteAllText(path, package.ToJsonString(Indented) + "\n", new System.Text.UTF8Encoding(false));
        return path;
    }

    private static JsonObject? Describe(string outDir, OpenDataResource r, ReferenceData reference)
    {
        if (r.Format == OpenDataFormat.IndicatorLake)
        {
            var parts = ParquetLakeWriter.Files(outDir);
            return parts.Count == 0
                ? null
                : Resource("indicators-lake", new JsonArray(parts.Select(p => (JsonNode)p).ToArray()), "parquet", "application/vnd.apache.parquet",
                    "公开指标表，按期分区（period=YYYY-MM/）/ Public indicator table as a Parquet lake partitioned by period (hive partitioning: "
                    + "the period is the folder name, read with read_parquet(..., hive_partitioning = true)).",
                    IndicatorSchema(reference));
        }

        var full = Path.Combine(outDir, r.RelativePath);
        if (!File.Exists(full))
        {
            return null;
        }

        var relative = r.RelativePath.Replace('\\', '/');
        var stem = Path.GetFileNameWithoutExtension(relative).ToLowerInvariant();
        var node = r.Format switch
        {
            OpenDataFormat.IndicatorCsv => Resource(stem + "-csv", relative, "csv", "text/csv",
                "公开指标表 / Public indicator table (CSV, UTF-8, header row).", IndicatorSchema(reference)),
            OpenDataFormat.IndicatorParquet => Resource(stem + "-parquet", relative, "parquet", "application/vnd.apache.parquet",
                "公开指标表 / Public indicator table (Parquet; money DECIMAL(38,4), yoy_pct DECIMAL(38,1)).", IndicatorSchema(reference)),
            OpenDataFormat.IndicatorArrow => Resource(stem + "-arrow", relative, "arrow", "application/vnd.apache.arrow.file",
                "公开指标表 / Public indicator table (Arrow IPC file; decimal128).", IndicatorSchema(reference)),
            OpenDataFormat.SdmxCsv => Resource("indicators-sdmx", relative, "csv", "text/csv",
                $"SDMX-CSV v1, dataflow {OpenDataWriter.Dataflow}; structure in {SdmxStructureWriter.FileName}.", SdmxSchema(reference)),
            OpenDataFormat.SdmxStructure => Resource("indicators-sdmx-dsd", relative, "xml", "application/xml",
                $"SDMX-ML 2.1 structure message: data structure {SdmxStructureWriter.Agency}:{SdmxStructureWriter.DsdId}({SdmxStructureWriter.Version}), code lists, dataflow.", null),
            _ => throw new ArgumentOutOfRangeException(nameof(r), r.Format, "unknown open-data format"),
        };
        var bytes = File.ReadAllBytes(full);
        node["bytes"] = bytes.LongLength;
        node["hash"] = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));
        return node;
    }

    private static JsonObject Resource(string name, JsonNode path, string format, string mediaType, string description, JsonObject? schema)
    {
        var node = new JsonObject
        {
            ["name"] = name,
            ["path"] = path,
            ["format"] = format,
            ["mediatype"] = mediaType,
            ["description"] = description,
        };
        if (format is "csv")
        {
            node["encoding"] = "utf-8";
        }

        if (schema is not null)
        {
            node["type"] = "table";
            node["schema"] = schema;
        }

        return node;
    }

    /// <summary>Table Schema of the public indicator table (data-contracts.md "Outputs").</summary>
    private static JsonObject IndicatorSchema(ReferenceData reference)
    {
        var fields = new JsonArray();
        foreach (var column in IndicatorTableWriter.PublicColumns)
        {
            fields.Add(column switch
            {
                "vintage" => Field(column, "string", "版本 / Vintage of the release (period.vN)", required: true),
                "period" => Field(column, "yearmonth", "报告期 / Reference month, YYYY-MM", required: true),
                "indicator_code" => Field(column, "string", "指标代码 / Indicator code (package property indicators gives names and units)",
                    required: true, values: reference.Indicators.Select(i => i.Code)),
                "breakdown" => Field(column, "string", "分组 / Breakdown", required: true, values: IndicatorCell.Breakdowns),
                "breakdown_code" => Field(column, "string", "分组成员代码 / Member code: district 6 digits, category 2 or 4 digits, park id, 规上/规下, Y/N, _T on totals", required: true),
                "value" => Field(column, "number", "本月值 / The month's own value (flows) or period-end value (stocks), in the row's unit; blank when suppressed"),
                "value_ytd" => Field(column, "number", "本年累计 / Year to date, in the row's unit; blank when suppressed or undefined"),
                "value_ytd_prev" => Field(column, "number", "上年同期（可比口径）/ Same period last year on the comparable basis; blank when suppressed or undefined"),
                "yoy_pct" => Field(column, "number", "同比增长（%）/ Year-on-year change in percent, one decimal; blank when undefined or suppressed"),
                "unit" => Field(column, "string", "计量单位 / Unit of value, value_ytd and value_ytd_prev", required: true,
                    values: reference.Indicators.Select(i => i.UnitZh).Distinct(StringComparer.Ordinal)),
                "obs_status" => Field(column, "string", "观测状态 / SDMX observation status: A normal, E estimated", required: true, values: ["A", "E"]),
                "conf_status" => Field(column, "string", "保密状态 / SDMX confidentiality: F free, A/O/T primary, D secondary", required: true, values: ["F", "A", "O", "T", "D"]),
                "change_pp" => Field(column, "number", "增减（百分点）/ Change in percentage points for indicators that are percentages (ai_revenue_share, rd_intensity, response_rate): this year's ratio less last year's on the comparable basis, one decimal; blank on every other indicator and when suppressed"),
                _ => Field(column, "string", column),
            });
        }

        return new JsonObject
        {
            ["fields"] = fields,
            ["missingValues"] = new JsonArray(""),
            ["primaryKey"] = new JsonArray("vintage", "period", "indicator_code", "breakdown", "breakdown_code"),
        };
    }

    /// <summary>Table Schema of the SDMX-CSV file.</summary>
    private static JsonObject SdmxSchema(ReferenceData reference)
    {
        var fields = new JsonArray();
        foreach (var column in OpenDataWriter.SdmxColumns)
        {
            fields.Add(column switch
            {
                "DATAFLOW" => Field(column, "string", "SDMX dataflow", required: true, values: [OpenDataWriter.Dataflow]),
                "FREQ" => Field(column, "string", "频率 / Frequency (M monthly)", required: true, values: ["M"]),
                "INDICATOR" => Field(column, "string", "指标代码 / Indicator code", required: true, values: reference.Indicators.Select(i => i.Code)),
                "BREAKDOWN" => Field(column, "string", "分组 / Breakdown", required: true, values: IndicatorCell.Breakdowns),
                "MEASURE" => Field(column, "string", "度量 / M month, YTD, YTD_PREV, YOY_PCT, CHANGE_PP (percentage points, indicators that are percentages)", required: true, values: OpenDataWriter.SdmxMeasures),
                "TIME_PERIOD" => Field(column, "yearmonth", "时期 / YYYY-MM", required: true),
                "OBS_VALUE" => Field(column, "number", "观测值 / Observation value in UNIT_MEASURE; blank when suppressed"),
                "UNIT_MEASURE" => Field(column, "string", "计量单位 / Unit of the observation", required: true),
                "OBS_STATUS" => Field(column, "string", "观测状态 / A normal, E estimated", required: true, values: ["A", "E"]),
                "CONF_STATUS" => Field(column, "string", "保密状态 / F, A, O, T, D", required: true, values: ["F", "A", "O", "T", "D"]),
                "VINTAGE" => Field(column, "string", "版本 / Vintage", required: true),
                _ => Field(column, "string", column, required: true),
            });
        }

        return new JsonObject { ["fields"] = fields, ["missingValues"] = new JsonArray("") };
    }

    private static JsonObject Field(string name, string type, string description, bool required = false, IEnumerable<string>? values = null)
    {
        var field = new JsonObject { ["name"] = name, ["type"] = type, ["description"] = description };
        var constraints = new JsonObject();
        if (required)
        {
            constraints["required"] = true;
        }

        if (values is not null)
        {
            constraints["enum"] = new JsonArray(values.Select(v => (JsonNode)v).ToArray());
        }

        if (constraints.Count > 0)
        {
            field["constraints"] = constraints;
        }

        if (type == "number")
        {
            field["decimalChar"] = ".";
        }

        return field;
    }
}
