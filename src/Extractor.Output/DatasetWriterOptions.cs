namespace Extractor.Output;

/// <summary>What <see cref="DatasetWriter"/> writes and how; every property has a default that suits researchers.</summary>
public sealed record DatasetWriterOptions
{
    /// <summary>Write each dataset as CSV. Default true.</summary>
    public bool WriteCsv { get; init; } = true;

    /// <summary>Write each dataset as Parquet. Default true.</summary>
    public bool WriteParquet { get; init; } = true;

    /// <summary>
    /// Write `datasets.xlsx`, one sheet per dataset with Chinese column labels, for Excel users. Default true. The
    /// workbook is built after the other files from a spool of each table's values, streamed, so memory stays bounded.
    /// </summary>
    public bool WriteWorkbook { get; init; } = true;

    /// <summary>
    /// Start each CSV with a UTF-8 byte order mark. Default false: the Frictionless reference library, R's
    /// <c>read.csv</c> outside a UTF-8 locale and LibreOffice's default import read the mark as part of the first column
    /// name or as Latin-1 (measured, see the README); Excel users open `datasets.xlsx` instead. Turn it on only for
    /// people who double-click the CSV in Excel.
    /// </summary>
    public bool CsvBom { get; init; }

    /// <summary>How the Parquet files are laid out. Default <see cref="DatasetPartitioning.None"/>: one file per table.</summary>
    public DatasetPartitioning PartitionBy { get; init; } = DatasetPartitioning.None;

    /// <summary>
    /// Rows buffered per Parquet row group before it is written out. Default 20,000: bounds memory to one row group per
    /// open file, yet makes row groups large enough for column scans; a fixed value also keeps the files byte-identical
    /// between runs.
    /// </summary>
    public int ParquetRowGroupSize { get; init; } = 20_000;

    /// <summary>
    /// The estimated size at which a Parquet row group is written out even before <see cref="ParquetRowGroupSize"/>
    /// rows: long narrative rows (the sections table) would otherwise buffer hundreds of MiB. Default 8 MiB (24 MiB
    /// measured worse: fewer footer entries, but +60 MiB of heap at 1,000 reports for the larger flushes). The
    /// estimate depends only on the values, so the files stay byte-identical between runs.
    /// </summary>
    public long ParquetRowGroupBytes { get; init; } = 8L << 20;

    /// <summary>
    /// The estimated bytes all Parquet files of one write together hold for their next row groups; past it the file
    /// holding most writes its row group out early. Default 16 MiB. Without it each file (one per table, or per table
    /// and year when partitioned) buffered up to its own caps, so memory grew with the number of files and, for the
    /// tables of a row or two per report, with the number of reports up to 20,000 rows. Deterministic like the caps.
    /// </summary>
    public long ParquetBufferBytes { get; init; } = 16L << 20;

    /// <summary>
    /// Data rows per worksheet before a table continues on a sheet named `table (2)`: Excel's limit of 1,048,576 rows less
    /// the two header rows. Lower only to test the overflow.
    /// </summary>
    internal int WorkbookRowsPerSheet { get; init; } = 1_048_576 - 2;

    /// <summary>Throws when the options cannot work together.</summary>
    public void Validate()
    {
        if (!WriteCsv && !WriteParquet && !WriteWorkbook)
        {
            throw new ArgumentException("DatasetWriterOptions: WriteCsv, WriteParquet and WriteWorkbook are all off, so nothing would be written; turn one on.");
        }

        if (ParquetRowGroupBytes < 1024)
        {
            throw new ArgumentException($"DatasetWriterOptions: ParquetRowGroupBytes must be at least 1024, got {ParquetRowGroupBytes}.");
        }

        if (ParquetBufferBytes < 1024)
        {
            throw new ArgumentException($"DatasetWriterOptions: ParquetBufferBytes must be at least 1024, got {ParquetBufferBytes}.");
        }

        if (ParquetRowGroupSize < 1)
        {
            throw new ArgumentException($"DatasetWriterOptions: ParquetRowGroupSize must be at least 1, got {ParquetRowGroupSize}.");
        }

        if (!Enum.IsDefined(PartitionBy))
        {
            throw new ArgumentException($"DatasetWriterOptions: PartitionBy {PartitionBy} is not one of none, year.");
        }

        if (WorkbookRowsPerSheet < 1)
        {
            throw new ArgumentException($"DatasetWriterOptions: WorkbookRowsPerSheet must be at least 1, got {WorkbookRowsPerSheet}.");
        }
    }
}
