namespace Extractor.Output;

/// <summary>What <see cref="DatasetWriter"/> writes and how; every property has a default that suits researchers.</summary>
public sealed record DatasetWriterOptions
{
    /// <summary>Write each dataset as CSV. Default true.</summary>
    public bool WriteCsv { get; init; } = true;

    /// <summary>Write each dataset as Parquet. Default true.</summary>
    public bool WriteParquet { get; init; } = true;

    /// <summary>
    /// Start each CSV with a UTF-8 byte order mark. Default true, so that Excel opens the Chinese text correctly
    /// instead of guessing a legacy code page; turn it off for tools that treat the mark as part of the first header.
    /// </summary>
    public bool CsvBom { get; init; } = true;

    /// <summary>
    /// Rows buffered per Parquet row group before it is written out. Default 20,000: bounds memory to one row group per
    /// file; a fixed value also keeps the files byte-identical between runs.
    /// </summary>
    public int ParquetRowGroupSize { get; init; } = 20_000;

    /// <summary>
    /// The estimated size at which a Parquet row group is written out even before <see cref="ParquetRowGroupSize"/>
    /// rows: long narrative rows (the sections table) would otherwise buffer hundreds of MiB. Default 8 MiB. The
    /// estimate depends only on the values, so the files stay byte-identical between runs.
    /// </summary>
    public long ParquetRowGroupBytes { get; init; } = 8L << 20;

    /// <summary>Throws when the options cannot work together.</summary>
    public void Validate()
    {
        if (!WriteCsv && !WriteParquet)
        {
            throw new ArgumentException("DatasetWriterOptions: WriteCsv and WriteParquet are both off, so nothing would be written; turn one on.");
        }

        if (ParquetRowGroupBytes < 1024)
        {
            throw new ArgumentException($"DatasetWriterOptions: ParquetRowGroupBytes must be at least 1024, got {ParquetRowGroupBytes}.");
        }

        if (ParquetRowGroupSize < 1)
        {
            throw new ArgumentException($"DatasetWriterOptions: ParquetRowGroupSize must be at least 1, got {ParquetRowGroupSize}.");
        }
    }
}
