using System.Xml;
using System.Xml.Linq;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// The SDMX-ML 2.1 structure message of the SDMX-CSV dataflow <c>SHSTATS:DF_AI1(1.0)</c>: code lists, the concept
/// scheme, the data structure definition <c>SHSTATS:DSD_AI1(1.0)</c> (dimensions FREQ, INDICATOR, BREAKDOWN,
/// BREAKDOWN_CODE, MEASURE, time dimension TIME_PERIOD; primary measure OBS_VALUE; attributes UNIT_MEASURE,
/// OBS_STATUS, CONF_STATUS, VINTAGE) and the dataflow. The structure is fixed (version 1.0), so the message is the
/// same for every release: its Prepared date is the date the structure was defined.
/// </summary>
public static class SdmxStructureWriter
{
    /// <summary>The file name of the structure message beside <c>indicators-sdmx.csv</c>.</summary>
    public const string FileName = "indicators-sdmx-dsd.xml";

    public const string Agency = "SHSTATS";
    public const string Version = "1.0";
    public const string DsdId = "DSD_AI1";
    public const string DataflowId = "DF_AI1";
    public const string ConceptSchemeId = "CS_AI1";

    /// <summary>The dimensions, in key order (TIME_PERIOD follows as the time dimension).</summary>
    public static readonly IReadOnlyList<string> Dimensions = ["FREQ", "INDICATOR", "BREAKDOWN", "BREAKDOWN_CODE", "MEASURE"];

    public const string TimeDimension = "TIME_PERIOD";

    public const string PrimaryMeasure = "OBS_VALUE";

    /// <summary>The attributes: UNIT_MEASURE, OBS_STATUS, CONF_STATUS at observation level, VINTAGE at data-set level.</summary>
    public static readonly IReadOnlyList<string> Attributes = ["UNIT_MEASURE", "OBS_STATUS", "CONF_STATUS", "VINTAGE"];

    private static readonly XNamespace Mes = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    private static readonly XNamespace Str = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
    private static readonly XNamespace Com = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";

    /// <summary>Writes the structure message to <paramref name="path"/> (UTF-8).</summary>
    public static string Write(ReferenceData reference, string path)
    {
        ArgumentNullException.ThrowIfNull(reference);
        Guard.NotEmpty(path);
        var doc = new XDocument(new XDeclaration("1.0", "UTF-8", null), Message(reference));
        var settings = new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(path, settings))
        {
            doc.Save(writer);
        }

        return path;
    }

    private static XElement Message(ReferenceData reference)
        => new(Mes + "Structure",
            new XAttribute(XNamespace.Xmlns + "mes", Mes), new XAttribute(XNamespace.Xmlns + "str", Str), new XAttribute(XNamespace.Xmlns + "com", Com),
            new XElement(Mes + "Header",
                new XElement(Mes + "ID", "IREF_" + DsdId),
                new XElement(Mes + "Test", "false"),
                new XElement(Mes + "Prepared", "2025-01-01T00:00:00Z"),
                new XElement(Mes + "Sender", new XAttribute("id", Agency))),
            new XElement(Mes + "Structures",
                new XElement(Str + "Codelists", Codelists(reference)),
                new XElement(Str + "Concepts", Concepts()),
                new XElement(Str + "DataStructures", Dsd()),
                new XElement(Str + "Dataflows",
                    new XElement(Str + "Dataflow", Maintainable(DataflowId),
                        Names("人工智能企业主要经济指标（AI-1）", "Main economic indicators of AI enterprises (form AI-1)"),
                        new XElement(Str + "Structure", Ref(DsdId, "datastructure", "DataStructure"))))));

    private static IEnumerable<XElement> Codelists(ReferenceData reference)
    {
        yield return Codelist("CL_FREQ", "频率", "Frequency", [("M", "月", "Monthly")]);
        yield return Codelist("CL_AI1_INDICATOR", "指标", "Indicator",
            reference.Indicators.Select(i => (i.Code, i.NameZh, i.NameEn)));
        yield return Codelist("CL_AI1_BREAKDOWN", "分组", "Breakdown",
        [
            ("total", "合计", "Total"), ("district", "按区", "By district"), ("category_l1", "按产业大类", "By level-1 category"),
            ("category", "按产业中类", "By category"), ("park", "按园区", "By park"), ("size_class", "按规模", "By size class"),
            ("ai_enterprise", "按是否人工智能企业", "By AI enterprise flag"),
        ]);
        yield return Codelist("CL_AI1_MEASURE", "度量", "Measure",
        [
            ("M", "本月", "Month's own value"), ("YTD", "本年累计", "Year to date"),
            ("YTD_PREV", "上年同期（可比口径）", "Same period last year, comparable basis"),
            ("YOY_PCT", "同比增长（%）", "Year-on-year change, %"),
            ("CHANGE_PP", "增减（百分点）", "Change in percentage points (indicators that are percentages)"),
        ]);
        yield return Codelist("CL_OBS_STATUS", "观测状态", "Observation status",
            [("A", "正常", "Normal value"), ("E", "含推算", "Estimated value"), ("P", "初步", "Provisional value")]);
        yield return Codelist("CL_CONF_STATUS", "保密状态", "Confidentiality status",
        [
            ("F", "可公开", "Free"), ("A", "主要抑制：单位数过少", "Primary confidentiality due to small counts"),
            ("O", "主要抑制：单一单位占优", "Primary confidentiality due to dominance by one unit"),
            ("T", "主要抑制：两个单位占优", "Primary confidentiality due to dominance by two units"),
            ("D", "次级抑制", "Secondary confidentiality set by the sender"),
        ]);
    }

    private static XElement Concepts()
        => new(Str + "ConceptScheme", Maintainable(ConceptSchemeId), Names("AI-1 概念", "AI-1 concepts"),
            new (string Id, string Zh, string En)[]
            {
                ("FREQ", "频率", "Frequency"), ("INDICATOR", "指标", "Indicator"), ("BREAKDOWN", "分组", "Breakdown"),
                ("BREAKDOWN_CODE", "分组成员代码", "Breakdown member code (district, category, park id, 规上/规下, Y/N, _T)"),
                ("MEASURE", "度量", "Measure"), ("TIME_PERIOD", "时期", "Time period (YYYY-MM)"), ("OBS_VALUE", "观测值", "Observation value"),
                ("UNIT_MEASURE", "计量单位", "Unit of measure"), ("OBS_STATUS", "观测状态", "Observation status"),
                ("CONF_STATUS", "保密状态", "Confidentiality status"), ("VINTAGE", "版本", "Vintage of the release"),
            }.Select(c => new XElement(Str + "Concept", new XAttribute("id", c.Id), Names(c.Zh, c.En))));

    private static XElement Dsd()
    {
        var coded = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["FREQ"] = "CL_FREQ", ["INDICATOR"] = "CL_AI1_INDICATOR", ["BREAKDOWN"] = "CL_AI1_BREAKDOWN", ["MEASURE"] = "CL_AI1_MEASURE",
            ["OBS_STATUS"] = "CL_OBS_STATUS", ["CONF_STATUS"] = "CL_CONF_STATUS",
        };
        XElement Representation(string id)
            => new(Str + "LocalRepresentation", coded.TryGetValue(id, out var cl)
                ? new XElement(Str + "Enumeration", Ref(cl, "codelist", "Codelist"))
                : new XElement(Str + "TextFormat", new XAttribute("textType", "String")));

        var position = 0;
        var dimensions = Dimensions.Select(d => new XElement(Str + "Dimension", new XAttribute("id", d), new XAttribute("position", ++position),
            ConceptIdentity(d), Representation(d))).ToList();
        dimensions.Add(new XElement(Str + "TimeDimension", new XAttribute("id", TimeDimension), new XAttribute("position", ++position),
            ConceptIdentity(TimeDimension),
            new XElement(Str + "LocalRepresentation", new XElement(Str + "TextFormat", new XAttribute("textType", "ObservationalTimePeriod")))));

        var attributes = Attributes.Select(a => new XElement(Str + "Attribute", new XAttribute("id", a),
            new XAttribute("assignmentStatus", a == "VINTAGE" ? "Conditional" : "Mandatory"),
            ConceptIdentity(a), Representation(a),
            new XElement(Str + "AttributeRelationship", a == "VINTAGE"
                ? new XElement(Str + "None")
                : new XElement(Str + "PrimaryMeasure", new XElement("Ref", new XAttribute("id", PrimaryMeasure))))));

        return new XElement(Str + "DataStructure", Maintainable(DsdId),
            Names("人工智能企业主要经济指标 数据结构", "AI-1 indicators data structure"),
            new XElement(Str + "DataStructureComponents",
                new XElement(Str + "DimensionList", new XAttribute("id", "DimensionDescriptor"), dimensions),
                new XElement(Str + "AttributeList", new XAttribute("id", "AttributeDescriptor"), attributes),
                new XElement(Str + "MeasureList", new XAttribute("id", "MeasureDescriptor"),
                    new XElement(Str + "PrimaryMeasure", new XAttribute("id", PrimaryMeasure), ConceptIdentity(PrimaryMeasure),
                        new XElement(Str + "LocalRepresentation", new XElement(Str + "TextFormat", new XAttribute("textType", "Decimal")))))));
    }

    private static XElement Codelist(string id, string zh, string en, IEnumerable<(string Code, string Zh, string En)> codes)
        => new(Str + "Codelist", Maintainable(id), Names(zh, en),
            codes.Select(c => new XElement(Str + "Code", new XAttribute("id", c.Code), Names(c.Zh, c.En))));

    private static object[] Maintainable(string id)
        => [new XAttribute("id", id), new XAttribute("agencyID", Agency), new XAttribute("version", Version), new XAttribute("isFinal", "true")];

    private static XElement[] Names(string zh, string en)
        => [new(Com + "Name", new XAttribute(XNamespace.Xml + "lang", "zh"), zh), new(Com + "Name", new XAttribute(XNamespace.Xml + "lang", "en"), en)];

    private static XElement ConceptIdentity(string concept)
        => new(Str + "ConceptIdentity", new XElement("Ref", new XAttribute("id", concept), new XAttribute("maintainableParentID", ConceptSchemeId),
            new XAttribute("maintainableParentVersion", Version), new XAttribute("agencyID", Agency),
            new XAttribute("package", "conceptscheme"), new XAttribute("class", "Concept")));

    private static XElement Ref(string id, string package, string cls)
        => new("Ref", new XAttribute("id", id), new XAttribute("version", Version), new XAttribute("agencyID", Agency),
            new XAttribute("package", package), new XAttribute("class", cls));
}
