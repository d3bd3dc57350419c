namespace ShanghaiAi.Stats.Outputs;

/// <summary>The kinds of public open-data file a data package describes.</summary>
public enum OpenDataFormat
{
    /// <summary>The public indicator table as CSV (no <c>contributors</c>).</summary>
    IndicatorCsv,

    /// <summary>The public indicator table as one Parquet file.</summary>
    IndicatorParquet,

    /// <summary>The public indicator table as Arrow IPC.</summary>
    IndicatorArrow,

    /// <summary>The period-partitioned Parquet lake (<see cref="ParquetLakeWriter"/>).</summary>
    IndicatorLake,

    /// <summary>The SDMX-CSV dataflow.</summary>
    SdmxCsv,

    /// <summary>The SDMX-ML 2.1 structure message (<see cref="SdmxStructureWriter"/>).</summary>
    SdmxStructure,
}
