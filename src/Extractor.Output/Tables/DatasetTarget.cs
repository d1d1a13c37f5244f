using System.Globalization;
using Extractor.Core.Records;
using Extractor.Output.Parquet;

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

    private readonly List<Diagnostic> _refused = [];

    public DatasetTarget(string directory, DatasetWriterOptions options)
    {
        Directory = directory;
        Options = options;
        ParquetBudget = new ParquetBufferBudget(options.ParquetBufferBytes);
    }

    /// <summary>The memory budget every Parquet file of this write shares for the rows of its next row group.</summary>
    public ParquetBufferBudget ParquetBudget { get; }

    public string Directory { get; }

    public DatasetWriterOptions Options { get; }

    /// <summary>The Hive partition column, or null when the Parquet files are not partitioned.</summary>
    public string? PartitionKey => Options.PartitionBy == DatasetPartitioning.Year ? "year" : null;

    /// <summary>The partition folder value of the report being written; <see cref="NullPartition"/> outside a report.</summary>
    public string PartitionValue { get; private set; } = NullPartition;

    /// <summary>True when the rows of <paramref name="table"/> are kept for the workbook, which holds the research tables only.</summary>
    public bool SpoolsForWorkbook(TableInfo table) => Options.WriteWorkbook && DatasetTables.All.Contains(table);

    /// <summary>The temporary folder of the rows kept for the workbook, deleted once the workbook is written.</summary>
    public string SpoolDirectory => Path.Combine(Directory, ".workbook-spool");

    /// <summary>The file that keeps the rows of a table for the workbook, in CSV order.</summary>
    public string SpoolPath(string table) => Path.Combine(SpoolDirectory, table + ".spool");

    /// <summary>Moves to the next report: its rows go to the partition of its year.</summary>
    public void StartReport(ReportResult report)
    {
        PartitionValue = Options.PartitionBy switch
        {
            DatasetPartitioning.Year when report.Year is { } year => year.ToString(CultureInfo.InvariantCulture),
            _ => NullPartition,
        };
        _refused.Clear();
    }

    /// <summary>
    /// Records that a Parquet file could not hold <paramref name="value"/> of <paramref name="table"/>.<paramref name="column"/>
    /// for the report being written (it was written as null there; CSV keeps it), once however many files refused it.
    /// </summary>
    public void RefuseNumber(string table, string column, decimal value)
    {
        var message = $"{table}.{column}: {value.ToString(CultureInfo.InvariantCulture)} does not fit the Parquet column's DECIMAL(28,8); written there as null";
        if (!_refused.Exists(d => d.Message == message))
        {
            _refused.Add(new Diagnostic(DiagnosticCodes.NumberOutOfRange, message, string.Empty));
        }
    }

    /// <summary>The numbers refused so far for the report being written, as its diagnostics; the list is emptied.</summary>
    public IReadOnlyList<Diagnostic> TakeRefusals()
    {
        var taken = _refused.ToList();
        _refused.Clear();
        return taken;
    }
}
