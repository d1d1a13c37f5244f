using Extractor.Output.Tables;

namespace Extractor.Output.Parquet;

/// <summary>
/// Streams the rows of one dataset into one Parquet file per partition, `&lt;table&gt;/&lt;key&gt;=&lt;value&gt;/&lt;table&gt;.parquet`
/// (Hive style), opening each file when its first row arrives. A column named like the partition key is left out of
/// the files: the folder name carries it, and Spark and DuckDB refuse or shadow a column that is in both.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class PartitionedParquetWriter<TRow> : IAsyncDisposable
{
    private readonly string _folder;
    private readonly string _name;
    private readonly string _key;
    private readonly IReadOnlyList<DatasetColumn<TRow>> _columns;
    private readonly int _rowGroupSize;
    private readonly long _rowGroupBytes;
    private readonly Action<string, decimal>? _refused;
    private readonly ParquetBufferBudget? _budget;
    private readonly Dictionary<string, ParquetTableWriter<TRow>> _partitions = new(StringComparer.Ordinal);

    public PartitionedParquetWriter(string directory, DatasetTable<TRow> table, string key, int rowGroupSize, long rowGroupBytes, Action<string, decimal>? refused = null, ParquetBufferBudget? budget = null)
    {
        _refused = refused;
        _budget = budget;
        _name = table.Info.Name;
        _folder = Path.Combine(directory, _name);
        _key = key;
        _columns = [.. table.Columns.Where(c => c.Info.Name != key)];
        _rowGroupSize = rowGroupSize;
        _rowGroupBytes = rowGroupBytes;
        Directory.CreateDirectory(_folder);
    }

    /// <summary>The file of one partition, relative to the dataset folder with `/` separators.</summary>
    public static string RelativePath(string table, string key, string value) => $"{table}/{key}={value}/{table}.parquet";

    public async ValueTask WriteAsync(TRow row, string partition, CancellationToken cancellationToken)
    {
        if (!_partitions.TryGetValue(partition, out var writer))
        {
            var folder = Path.Combine(_folder, $"{_key}={partition}");
            Directory.CreateDirectory(folder);
            writer = await ParquetTableWriter<TRow>.CreateAsync(Path.Combine(folder, _name + ".parquet"), _columns, _rowGroupSize, _rowGroupBytes, cancellationToken, _refused, _budget).ConfigureAwait(false);
            _partitions.Add(partition, writer);
        }

        await writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        foreach (var writer in _partitions.Values)
        {
            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var writer in _partitions.Values)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }
    }
}
