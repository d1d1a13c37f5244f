using Extractor.Output.Tables;
using Parquet;
using Parquet.Schema;

namespace Extractor.Output.Parquet;

/// <summary>
/// Streams the rows of one dataset into a Parquet file, one row group per <c>rowGroupSize</c> rows, so memory holds
/// at most one row group. Types: text as nullable UTF-8 strings, integers as int32, report numbers as DECIMAL(18,4)
/// (exact, unlike double: sums of counts and 万元 amounts come out as written); nulls are real nulls.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class ParquetTableWriter<TRow> : IAsyncDisposable
{
    /// <summary>Precision and scale of the decimal columns: up to 14 digits before the point, 4 after.</summary>
    public const int DecimalPrecision = 18;

    public const int DecimalScale = 4;

    // Fixed settings so that the same rows give the same bytes: the library's defaults could change between versions.
    private static readonly ParquetOptions s_options = new()
    {
        CompressionMethod = CompressionMethod.Snappy,
        CompressionLevel = System.IO.Compression.CompressionLevel.Optimal,
    };

    private readonly IReadOnlyList<DatasetColumn<TRow>> _columns;
    private readonly DataField[] _fields;
    private readonly FileStream _stream;
    private readonly ParquetWriter _writer;
    private readonly TRow[] _buffer;
    private int _count;

    private ParquetTableWriter(IReadOnlyList<DatasetColumn<TRow>> columns, DataField[] fields, FileStream stream, ParquetWriter writer, int rowGroupSize)
    {
        _columns = columns;
        _fields = fields;
        _stream = stream;
        _writer = writer;
        _buffer = new TRow[rowGroupSize];
    }

    public static async Task<ParquetTableWriter<TRow>> CreateAsync(string path, DatasetTable<TRow> table, int rowGroupSize, CancellationToken cancellationToken)
    {
        var fields = table.Columns.Select(c => FieldOf(c.Info)).ToArray();
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: true);
        try
        {
            var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, s_options, append: false, cancellationToken).ConfigureAwait(false);
            return new ParquetTableWriter<TRow>(table.Columns, fields, stream, writer, rowGroupSize);
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask WriteAsync(TRow row, CancellationToken cancellationToken)
    {
        _buffer[_count++] = row;
        if (_count == _buffer.Length)
        {
            await FlushRowGroupAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the buffered rows as a last row group and the file footer.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_count > 0)
        {
            await FlushRowGroupAsync(cancellationToken).ConfigureAwait(false);
        }

        await _writer.DisposeAsync().ConfigureAwait(false);
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        // Without CompleteAsync the write failed or was cancelled: the file is thrown away with its temp folder,
        // so no footer is written (that could throw again and hide the first error); only the handle is closed.
        await _stream.DisposeAsync().ConfigureAwait(false);
    }

    private static DataField FieldOf(ColumnInfo info) => info.Type switch
    {
        ColumnType.Integer => new DataField<int?>(info.Name, nullable: true),
        ColumnType.Decimal => new DecimalDataField(info.Name, DecimalPrecision, DecimalScale, forceByteArrayEncoding: false, isNullable: true),
        _ => new DataField<string>(info.Name, nullable: true),
    };

    private async Task FlushRowGroupAsync(CancellationToken cancellationToken)
    {
        var rows = new ReadOnlyMemory<TRow>(_buffer, 0, _count);
        using (var group = _writer.CreateRowGroup())
        {
            for (var i = 0; i < _columns.Count; i++)
            {
                var column = _columns[i];
                if (column.Text is { } text)
                {
                    var values = new string?[rows.Length];
                    for (var r = 0; r < values.Length; r++)
                    {
                        values[r] = text(rows.Span[r]);
                    }

                    await group.WriteAsync(_fields[i], values!, null).ConfigureAwait(false);
                }
                else if (column.Integer is { } integer)
                {
                    var values = new int?[rows.Length];
                    for (var r = 0; r < values.Length; r++)
                    {
                        values[r] = integer(rows.Span[r]);
                    }

                    await group.WriteAsync<int>(_fields[i], values, null, null, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    var number = column.Number!;
                    var values = new decimal?[rows.Length];
                    for (var r = 0; r < values.Length; r++)
                    {
                        values[r] = number(rows.Span[r]);
                    }

                    await group.WriteAsync<decimal>(_fields[i], values, null, null, cancellationToken).ConfigureAwait(false);
                }
            }

            group.CompleteValidate();
        }

        // Release the rows (and the reports they point at) before the next group fills.
        Array.Clear(_buffer, 0, _count);
        _count = 0;
    }
}
