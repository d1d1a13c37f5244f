using Extractor.Output.Tables;
using Parquet;
using Parquet.Schema;

namespace Extractor.Output.Parquet;

/// <summary>
/// Streams the rows of one dataset into a Parquet file, one row group per <c>rowGroupSize</c> rows or per
/// <c>rowGroupBytes</c> of estimated values, whichever comes first, or earlier when the files of the write together hold
/// more than their shared <see cref="ParquetBufferBudget"/>, so memory holds a bounded amount of rows whatever the
/// number of files; the footer keeps no long text bounds (<see cref="RowGroupMetadata"/>). Types: text as nullable UTF-8 strings, integers as int32, report numbers as DECIMAL(28,8)
/// (exact, unlike double: sums of counts and 万元 amounts come out as written), dates as DATE, instants as TIMESTAMP
/// (UTC, milliseconds); nulls are real nulls.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class ParquetTableWriter<TRow> : IRowGroupBuffer, IAsyncDisposable
{
    /// <summary>
    /// Precision and scale of the decimal columns: up to 20 digits before the point, 8 after. Reports state fees in
    /// 万元 with up to six decimals (24252.311082 is yuan and fen), so a smaller scale would round what was written.
    /// </summary>
    public const int DecimalPrecision = 28;

    public const int DecimalScale = 8;

    /// <summary>The magnitude a DECIMAL(28,8) cannot reach: 10^(28-8).</summary>
    private const decimal DecimalLimit = 100_000_000_000_000_000_000m;

    // Fixed settings so that the same rows give the same bytes: the library's defaults could change between versions.
    private static readonly ParquetOptions s_options = new()
    {
        CompressionMethod = CompressionMethod.Snappy,
        CompressionLevel = System.IO.Compression.CompressionLevel.Optimal,

        // Each writer keeps its own pool of buffers (16 + 64 MiB by default); with eight files open at once that
        // pool, not the rows, would dominate memory. Small caps keep the whole write to tens of MiB.
        MaximumSmallPoolFreeBytes = 1 << 20,
        MaximumLargePoolFreeBytes = 4 << 20,
    };

    private readonly IReadOnlyList<DatasetColumn<TRow>> _columns;
    private readonly DataField[] _fields;
    private readonly FileStream _stream;
    private readonly ParquetWriter _writer;
    private readonly int _rowGroupSize;

    // One buffer per column holding the values, not the rows: a row points at its whole report (every cell of it),
    // so buffering rows would keep thousands of reports alive in the small tables that flush rarely.
    private readonly object[] _buffers;
    private readonly long _rowGroupBytes;
    private readonly Action<string, decimal>? _refused;
    private readonly ParquetBufferBudget? _budget;
    private readonly RowGroupMetadata _metadata = new();
    private readonly FooterSpill? _spill;

    // The memory slices of one text column at a time, made for its write (TextColumnBuffer): one array per file.
    private ReadOnlyMemory<char>?[] _slices = [];
    private int _count;
    private long _bytes;

    private ParquetTableWriter(IReadOnlyList<DatasetColumn<TRow>> columns, DataField[] fields, FileStream stream, ParquetWriter writer, FooterSpill? spill, int rowGroupSize, long rowGroupBytes, Action<string, decimal>? refused, ParquetBufferBudget? budget)
    {
        _spill = spill;
        _refused = refused;
        _budget = budget;
        _rowGroupBytes = rowGroupBytes;
        _columns = columns;
        _fields = fields;
        _stream = stream;
        _writer = writer;
        _rowGroupSize = rowGroupSize;
        _buffers = [.. columns.Select(c => NewBuffer(c, rowGroupSize, rowGroupBytes))];
        _budget?.Join(this);
    }

    /// <inheritdoc/>
    public long BufferedBytes => _bytes;

    /// <summary>Creates the file and writes its header.</summary>
    /// <param name="path">The file to create; it must not exist.</param>
    /// <param name="columns">The columns to store: all of the table's, or all but the partition key, which the folder names.</param>
    /// <param name="rowGroupSize">Rows per row group.</param>
    /// <param name="rowGroupBytes">Estimated bytes of values per row group, which long text reaches first.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <param name="refused">
    /// Told of each number the column's DECIMAL(28,8) cannot hold (column name, value), which is written as null
    /// instead of failing the whole write.
    /// </param>
    /// <param name="budget">The budget shared with the other files being written, or null for this file's caps alone.</param>
    /// <param name="spillFooter">
    /// Moves each written row group's metadata to a temporary file (<see cref="FooterSpill"/>) so that memory does not
    /// grow with the row groups; false keeps it in Parquet.Net's objects (same bytes: for tests that compare the two).
    /// </param>
    public static async Task<ParquetTableWriter<TRow>> CreateAsync(string path, IReadOnlyList<DatasetColumn<TRow>> columns, int rowGroupSize, long rowGroupBytes, CancellationToken cancellationToken, Action<string, decimal>? refused = null, ParquetBufferBudget? budget = null, bool spillFooter = true)
    {
        var fields = columns.Select(c => FieldOf(c.Info)).ToArray();
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: false);
        FooterSpill? spill = null;
        try
        {
            spill = spillFooter ? FooterSpill.TryCreate(path) : null;
            var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, s_options, append: false, cancellationToken).ConfigureAwait(false);
            return new ParquetTableWriter<TRow>(columns, fields, stream, writer, spill, rowGroupSize, rowGroupBytes, refused, budget);
        }
        catch
        {
            if (spill is not null)
            {
                await spill.DisposeAsync().ConfigureAwait(false);
            }

            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask WriteAsync(TRow row, CancellationToken cancellationToken)
    {
        var before = _bytes;
        for (var i = 0; i < _columns.Count; i++)
        {
            var column = _columns[i];
            if (column.Text is { } text)
            {
                var value = text(row);
                ((TextColumnBuffer)_buffers[i]).Add(value);

                // UTF-16 in memory, about as much again once encoded into the page.
                _bytes += 8 + (4L * (value?.Length ?? 0));
            }
            else if (column.Integer is { } integer)
            {
                ((ColumnBuffer<int?>)_buffers[i]).Add(integer(row));
                _bytes += 8;
            }
            else if (column.Number is { } number)
            {
                ((ColumnBuffer<decimal?>)_buffers[i]).Add(Fit(column.Info.Name, number(row)));
                _bytes += 24;
            }
            else if (column.Date is { } date)
            {
                ((ColumnBuffer<DateOnly?>)_buffers[i]).Add(date(row));
                _bytes += 8;
            }
            else
            {
                ((ColumnBuffer<DateTime?>)_buffers[i]).Add(ValueFormats.ToUtc(column.Timestamp!(row)));
                _bytes += 16;
            }
        }

        _budget?.Add(_bytes - before);
        if (++_count == _rowGroupSize || _bytes >= _rowGroupBytes)
        {
            await FlushRowGroupAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (_budget is { } budget && budget.Buffered > budget.Limit)
        {
            await budget.KeepWithinAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the buffered rows as a last row group and the file footer.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_count > 0)
        {
            await FlushRowGroupAsync(cancellationToken).ConfigureAwait(false);
        }

        _budget?.Leave(this);
        if (_spill is { Groups: > 0 } spill)
        {
            // In place of the writer's DisposeAsync, which would write a footer without the spilled groups.
            await spill.WriteFooterAsync(_writer, _stream, cancellationToken).ConfigureAwait(false);
            await spill.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }

        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        // Without CompleteAsync the write failed or was cancelled: the file is thrown away with its temp folder,
        // so no footer is written (that could throw again and hide the first error); only the handle is closed.
        if (_budget is not null)
        {
            _budget.Add(-_bytes);
            _budget.Leave(this);
            _bytes = 0;
        }

        if (_spill is not null)
        {
            await _spill.DisposeAsync().ConfigureAwait(false);
        }

        await _stream.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>True when <paramref name="value"/> fits DECIMAL(28,8) exactly: below 10^20, at most 8 decimals.</summary>
    internal static bool FitsDecimal(decimal value) => Math.Abs(value) < DecimalLimit && value == Math.Round(value, DecimalScale);

    // Parquet.Net throws from deep inside the row group flush for a value past the precision, which would lose every
    // row of the write; such a value (the pipeline's bound keeps report numbers far below it) is refused on its own.
    private decimal? Fit(string column, decimal? value)
    {
        if (value is not { } v || FitsDecimal(v))
        {
            return value;
        }

        _refused?.Invoke(column, v);
        return null;
    }

    private static DataField FieldOf(ColumnInfo info) => info.Type switch
    {
        ColumnType.Integer => new DataField<int?>(info.Name, nullable: true),
        ColumnType.Decimal => new DecimalDataField(info.Name, DecimalPrecision, DecimalScale, forceByteArrayEncoding: false, isNullable: true),
        ColumnType.Date => new DataField<DateOnly?>(info.Name, nullable: true),
        ColumnType.Timestamp => new DateTimeDataField(info.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Millis, isNullable: true),
        _ => new DataField<string>(info.Name, nullable: true),
    };

    private static object NewBuffer(DatasetColumn<TRow> column, int rows, long bytes) => column.Info.Type switch
    {
        ColumnType.Integer => new ColumnBuffer<int?>(rows),
        ColumnType.Decimal => new ColumnBuffer<decimal?>(rows),
        ColumnType.Date => new ColumnBuffer<DateOnly?>(rows),
        ColumnType.Timestamp => new ColumnBuffer<DateTime?>(rows),
        // The estimate counts 4 bytes a character, so a group holds at most bytes / 4 of them (and the last value).
        _ => new TextColumnBuffer(rows, bytes / 4),
    };

    /// <inheritdoc/>
    public async Task FlushRowGroupAsync(CancellationToken cancellationToken)
    {
        if (_count == 0)
        {
            return;
        }

        var group = _writer.CreateRowGroup();
        using (group)
        {
            for (var i = 0; i < _columns.Count; i++)
            {
                switch (_buffers[i])
                {
                    case TextColumnBuffer text:
                        if (_slices.Length < text.Count)
                        {
                            _slices = new ReadOnlyMemory<char>?[Math.Min(Math.Max(2 * _slices.Length, text.Count), Math.Max(_rowGroupSize, text.Count))];
                        }

                        text.Slice(_slices);
                        await group.WriteAsync<ReadOnlyMemory<char>>(_fields[i], _slices.AsMemory(0, text.Count), null, null, cancellationToken).ConfigureAwait(false);
                        Array.Clear(_slices, 0, text.Count);
                        text.Clear();
                        break;
                    case ColumnBuffer<int?> integer:
                        await group.WriteAsync<int>(_fields[i], integer.AsMemory(), null, null, cancellationToken).ConfigureAwait(false);
                        integer.Clear();
                        break;
                    case ColumnBuffer<decimal?> number:
                        await group.WriteAsync<decimal>(_fields[i], number.AsMemory(), null, null, cancellationToken).ConfigureAwait(false);
                        number.Clear();
                        break;
                    case ColumnBuffer<DateOnly?> date:
                        await group.WriteAsync<DateOnly>(_fields[i], date.AsMemory(), null, null, cancellationToken).ConfigureAwait(false);
                        date.Clear();
                        break;
                    case ColumnBuffer<DateTime?> timestamp:
                        await group.WriteAsync<DateTime>(_fields[i], timestamp.AsMemory(), null, null, cancellationToken).ConfigureAwait(false);
                        timestamp.Clear();
                        break;
                }
            }

            group.CompleteValidate();
            _metadata.Trim(group);
        }

        // After the group's Dispose, which sets its row count and sizes.
        _spill?.Take(_writer, group);

        _budget?.Add(-_bytes);
        _count = 0;
        _bytes = 0;
    }
}
