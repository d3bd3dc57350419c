using System.Xml.Linq;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Tests.Outputs;

public sealed class SdmxStructureWriterTests : IDisposable
{
    private static readonly XNamespace Str = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
    private static readonly XNamespace Mes = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";

    private readonly string _dir = OutputCells.TempDir();

    public void Dispose() => OutputCells.Cleanup(_dir);

    [Fact]
    public void Write_Dsd_NamesEveryDimensionMeasureAndAttributeOfTheSdmxCsv()
    {
        var doc = XDocument.Load(SdmxStructureWriter.Write(ReferenceData.Embedded, Path.Combine(_dir, "dsd.xml")));

        doc.Root!.Name.Should().Be(Mes + "Structure");
        var dsd = doc.Descendants(Str + "DataStructure").Single();
        $"{dsd.Attribute("agencyID")!.Value}:{dsd.Attribute("id")!.Value}({dsd.Attribute("version")!.Value})".Should().Be("SHSTATS:DSD_AI1(1.0)");
        var dimensions = dsd.Descendants(Str + "Dimension").Select(d => $"{d.Attribute("position")!.Value}:{d.Attribute("id")!.Value}");
        dimensions.Should().Equal("1:FREQ", "2:INDICATOR", "3:BREAKDOWN", "4:BREAKDOWN_CODE", "5:MEASURE");
        dsd.Descendants(Str + "TimeDimension").Select(d => d.Attribute("id")!.Value).Should().Equal("TIME_PERIOD");
        dsd.Descendants(Str + "PrimaryMeasure").Where(m => m.Attribute("id") is not null).Select(m => m.Attribute("id")!.Value).Should().Equal("OBS_VALUE");
        dsd.Descendants(Str + "Attribute").Select(a => $"{a.Attribute("id")!.Value}:{a.Attribute("assignmentStatus")!.Value}")
            .Should().Equal("UNIT_MEASURE:Mandatory", "OBS_STATUS:Mandatory", "CONF_STATUS:Mandatory", "VINTAGE:Conditional");

        var components = dsd.Descendants().Where(e => e.Name == Str + "Dimension" || e.Name == Str + "TimeDimension" || e.Name == Str + "Attribute"
                                                     || (e.Name == Str + "PrimaryMeasure" && e.Attribute("id") is not null))
            .Select(e => e.Attribute("id")!.Value).ToHashSet(StringComparer.Ordinal);
        OpenDataWriter.SdmxColumns.Where(c => c != "DATAFLOW").Should().OnlyContain(c => components.Contains(c), "every SDMX-CSV column is a component");
        var flow = doc.Descendants(Str + "Dataflow").Single();
        $"{flow.Attribute("agencyID")!.Value}:{flow.Attribute("id")!.Value}({flow.Attribute("version")!.Value})".Should().Be(OpenDataWriter.Dataflow);
    }

    [Fact]
    public void Write_Dsd_CodeListsHoldEveryCodeTheSdmxCsvUses()
    {
        var doc = XDocument.Load(SdmxStructureWriter.Write(ReferenceData.Embedded, Path.Combine(_dir, "dsd.xml")));
        var csv = Path.Combine(_dir, "sdmx.csv");
        OpenDataWriter.WriteSdmxCsv(OutputCells.Close(), csv);
        var rows = File.ReadAllLines(csv).Skip(1).Select(l => l.Split(',')).ToList();
        var header = OpenDataWriter.SdmxColumns.ToList();

        var codelistOf = doc.Descendants(Str + "DataStructure").Single().Descendants()
            .Where(e => e.Element(Str + "LocalRepresentation")?.Element(Str + "Enumeration") is not null)
            .ToDictionary(e => e.Attribute("id")!.Value, e => e.Element(Str + "LocalRepresentation")!.Element(Str + "Enumeration")!.Element("Ref")!.Attribute("id")!.Value);
        codelistOf.Keys.Should().BeEquivalentTo("FREQ", "INDICATOR", "BREAKDOWN", "MEASURE", "OBS_STATUS", "CONF_STATUS");
        foreach (var (component, codelist) in codelistOf)
        {
            var codes = doc.Descendants(Str + "Codelist").Single(c => c.Attribute("id")!.Value == codelist)
                .Elements(Str + "Code").Select(c => c.Attribute("id")!.Value).ToHashSet(StringComparer.Ordinal);
            rows.Select(r => r[header.IndexOf(component)]).Distinct().Should().OnlyContain(v => codes.Contains(v), $"{component} codes are in {codelist}");
        }

        doc.Descendants(Str + "Codelist").Single(c => c.Attribute("id")!.Value == "CL_AI1_BREAKDOWN").Elements(Str + "Code")
            .Select(c => c.Attribute("id")!.Value).Should().Equal(IndicatorCell.Breakdowns);
        doc.Descendants(Str + "Codelist").Single(c => c.Attribute("id")!.Value == "CL_AI1_INDICATOR").Elements(Str + "Code")
            .Select(c => c.Attribute("id")!.Value).Should().Equal(ReferenceData.Embedded.Indicators.Select(i => i.Code));
    }
}
