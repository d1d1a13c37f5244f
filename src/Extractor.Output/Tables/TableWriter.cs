using Extractor.Output.Csv;
using Extractor.Output.Parquet;

namespace Extractor.Output.Tables;

/// <summary>Writes the rows of one dataset to its CSV and Parquet files at once, whichever the options ask for.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class TableWriter<TRow> : IAsyncDisposable
{
    private readonly CsvTableWriter<TRow>? _csv;
    private readonly ParquetTableWriter<TRow>? _parquet;

    private TableWriter(CsvTableWriter<TRow>? csv, ParquetTableWriter<TRow>? parquet)
    {
        _csv = csv;
        _parquet = parquet;
    }

    public static async Task<TableWriter<TRow>> OpenAsync(string directory, DatasetTable<TRow> table, DatasetWriterOptions options, CancellationToken cancellationToken)
    {
        CsvTableWriter<TRow>? csv = null;
        try
        {
            if (options.WriteCsv)
            {
                csv = new CsvTableWriter<TRow>(Path.Combine(directory, table.Info.Name + ".csv"), table, options.CsvBom);
            }

            var parquet = options.WriteParquet
                ? await ParquetTableWriter<TRow>.CreateAsync(Path.Combine(directory, table.Info.Name + ".parquet"), table, options.ParquetRowGroupSize, options.ParquetRowGroupBytes, cancellationToken).ConfigureAwait(false)
                : null;
            return new TableWriter<TRow>(csv, parquet);
        }
        catch
        {
            if (csv is not null)
            {
                await csv.DisposeAsync().ConfigureAwait(false);
            }

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
    }

    public async ValueTask DisposeAsync()
    {
        if (_csv is not null)
        {
            await _csv.DisposeAsync().ConfigureAwait(false);
        }

        if (_parquet is not null)
        {
            await _parquet.DisposeAsync().ConfigureAwait(false);
        }
    }
}
