namespace Extractor.Output.Parquet;

/// <summary>A Parquet file whose rows wait in memory for their row group: what <see cref="ParquetBufferBudget"/> can flush.</summary>
internal interface IRowGroupBuffer
{
    /// <summary>The estimated bytes of the rows waiting.</summary>
    long BufferedBytes { get; }

    /// <summary>Writes the waiting rows out as one row group.</summary>
    Task FlushRowGroupAsync(CancellationToken cancellationToken);
}
