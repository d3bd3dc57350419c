using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// Completes the open data of a release: the period-partitioned Parquet lake (<see cref="ParquetLakeWriter"/>), the
/// SDMX-ML structure of the SDMX-CSV (<see cref="SdmxStructureWriter"/>) and <c>datapackage.json</c> describing every
/// public file (<see cref="DataPackageWriter"/>). Called by every entry point after its public files are written.
/// </summary>
public static class OpenDataPackage
{
    /// <summary>
    /// Writes the lake partitions of <paramref name="lakeCells"/> (public view), the SDMX structure when the SDMX-CSV
    /// is among <paramref name="published"/>, and the package descriptor; returns the files written, relative to
    /// <paramref name="outDir"/>.
    /// </summary>
    public static IReadOnlyList<string> Write(string outDir, IReadOnlyList<IndicatorCell> lakeCells, IReadOnlyList<OpenDataResource> published,
        string vintage, Period period, ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(published);
        var files = new List<string>(ParquetLakeWriter.Write(lakeCells, outDir));
        var resources = new List<OpenDataResource>(published) { new(ParquetLakeWriter.DirectoryName, OpenDataFormat.IndicatorLake) };
        if (published.Any(r => r.Format == OpenDataFormat.SdmxCsv))
        {
            SdmxStructureWriter.Write(reference, Path.Combine(outDir, SdmxStructureWriter.FileName));
            resources.Add(new OpenDataResource(SdmxStructureWriter.FileName, OpenDataFormat.SdmxStructure));
            files.Add(SdmxStructureWriter.FileName);
        }

        DataPackageWriter.Write(outDir, resources, vintage, period, reference);
        files.Add(DataPackageWriter.FileName);
        return files;
    }
}
