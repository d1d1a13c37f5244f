using System.Globalization;
using Extractor.Core.Records;

namespace Extractor.Output.Tables;

/// <summary>
/// Where and how one dataset folder is being written, shared by every table's writer: the folder, the options, and the
/// partition of the report whose rows are being written, so that each table lands in the same partition without
/// knowing how it is chosen.
/// </summary>
internal sealed class DatasetTarget
{
    /// <summary>The partition name Hive, Spark and DuckDB read as null.</summary>
    public const string NullPartition = "__HIVE_DEFAULT_PARTITION__";

    public DatasetTarget(string directory, DatasetWriterOptions options)
    {
        Directory = directory;
        Options = options;
    }

    public string Directory { get; }

    public DatasetWriterOptions Options { get; }

    /// <summary>The Hive partition column, or null when the Parquet files are not partitioned.</summary>
    public string? PartitionKey => Options.PartitionBy == DatasetPartitioning.Year ? "year" : null;

    /// <summary>The partition folder value of the report being written; <see cref="NullPartition"/> outside a report.</summary>
    public string PartitionValue { get; private set; } = NullPartition;

    /// <summary>
    /// True when the workbook is read from a Parquet copy of its own (single-file, in CSV order) because the Parquet files
    /// the user asked for are partitioned or not wanted.
    /// </summary>
    public bool SpoolsWorkbook => Options.WriteWorkbook && (!Options.WriteParquet || PartitionKey is not null);

    /// <summary>The temporary folder of the workbook's Parquet copies, deleted once the workbook is written.</summary>
    public string SpoolDirectory => Path.Combine(Directory, ".workbook-spool");

    /// <summary>The single Parquet file that holds all rows of a table in CSV order, which the workbook is made from.</summary>
    public string SingleParquetPath(string table) =>
        Path.Combine(SpoolsWorkbook ? SpoolDirectory : Directory, table + ".parquet");

    /// <summary>Moves to the next report: its rows go to the partition of its year.</summary>
    public void StartReport(ReportResult report) =>
        PartitionValue = Options.PartitionBy switch
        {
            DatasetPartitioning.Year when report.Year is { } year => year.ToString(CultureInfo.InvariantCulture),
            _ => NullPartition,
        };
}
