using Extractor.Output;

namespace Extractor.Worker.Hosting;

/// <summary>The `datasets` section of pipeline.json: how the crawl writes its datasets.</summary>
internal sealed class DatasetOptions
{
    /// <summary>`none` (default: one Parquet file per table) or `year` (Hive folders `table/year=YYYY/`).</summary>
    public DatasetPartitioning PartitionBy { get; set; } = DatasetPartitioning.None;

    /// <summary>Write `datasets.xlsx` for Excel users. Default true.</summary>
    public bool Workbook { get; set; } = true;

    public DatasetWriterOptions ToWriterOptions() => new() { PartitionBy = PartitionBy, WriteWorkbook = Workbook };
}
