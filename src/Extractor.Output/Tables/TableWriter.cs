using Extractor.Output.Csv;
using Extractor.Output.Parquet;
using Extractor.Output.Workbook;

namespace Extractor.Output.Tables;

/// <summary>
/// Writes the rows of one dataset to every file the options ask for at once: the CSV, the Parquet file (or its
/// partitions), and the workbook's spool of the values.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class TableWriter<TRow> : IAsyncDisposable
{
    private readonly DatasetTarget _target;
    private readonly List<IAsyncDisposable> _open = [];
    private CsvTableWriter<TRow>? _csv;
    private ParquetTableWriter<TRow>? _parquet;
    private PartitionedParquetWriter<TRow>? _partitioned;
    private WorkbookSpoolWriter<TRow>? _spool;

    private TableWriter(DatasetTarget target)
    {
        _target = target;
    }

    public static async Task<TableWriter<TRow>> OpenAsync(DatasetTarget target, DatasetTable<TRow> table, CancellationToken cancellationToken)
    {
        var writer = new TableWriter<TRow>(target);
        try
        {
            await writer.OpenFilesAsync(table, cancellationToken).ConfigureAwait(false);
            return writer;
        }
        catch
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask WriteAsync(TRow row, CancellationToken cancellationToken)
    {
        if (_csv is not null)
        {
            await _csv.WriteAsync(row, cancellationToken).ConfigureAwait(false);
        }

        if (_parquet is not null)
        {
            await _parquet.WriteAsync(row, cancellationToken).ConfigureAwait(false);
        }

        if (_partitioned is not null)
        {
            await _partitioned.WriteAsync(row, _target.PartitionValue, cancellationToken).ConfigureAwait(false);
        }

        _spool?.Write(row);
    }

    /// <summary>Writes out everything buffered; the files are complete once this returns.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_csv is not null)
        {
            await _csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        if (_parquet is not null)
        {
            await _parquet.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        if (_partitioned is not null)
        {
            await _partitioned.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        if (_spool is not null)
        {
            await _spool.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var file in _open)
        {
            await file.DisposeAsync().ConfigureAwait(false);
        }

        _open.Clear();
    }

    private async Task OpenFilesAsync(DatasetTable<TRow> table, CancellationToken cancellationToken)
    {
        var options = _target.Options;
        var name = table.Info.Name;
        if (options.WriteCsv)
        {
            _csv = new CsvTableWriter<TRow>(Path.Combine(_target.Directory, name + ".csv"), table, options.CsvBom);
            _open.Add(_csv);
        }

        if (options.WriteParquet && _target.PartitionKey is { } key)
        {
            _partitioned = new PartitionedParquetWriter<TRow>(_target.Directory, table, key, options.ParquetRowGroupSize, options.ParquetRowGroupBytes, Refused, _target.ParquetBudget);
            _open.Add(_partitioned);
        }

        if (options.WriteParquet && _target.PartitionKey is null)
        {
            var path = Path.Combine(_target.Directory, name + ".parquet");
            _parquet = await ParquetTableWriter<TRow>.CreateAsync(path, table.Columns, options.ParquetRowGroupSize, options.ParquetRowGroupBytes, cancellationToken, Refused, _target.ParquetBudget).ConfigureAwait(false);
            _open.Add(_parquet);
        }

        if (_target.SpoolsForWorkbook(table.Info))
        {
            Directory.CreateDirectory(_target.SpoolDirectory);
            _spool = new WorkbookSpoolWriter<TRow>(_target.SpoolPath(name), table.Columns, Refused);
            _open.Add(_spool);
        }

        void Refused(string column, decimal value) => _target.RefuseNumber(name, column, value);
    }
}
