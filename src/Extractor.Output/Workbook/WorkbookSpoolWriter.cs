using System.IO.Compression;
using System.Text;
using Extractor.Output.Parquet;
using Extractor.Output.Tables;

namespace Extractor.Output.Workbook;

/// <summary>
/// Keeps the typed values of one table's rows, as they are written, in a temporary file that the workbook reads back
/// row by row once every table is complete (an xlsx is written one sheet after the other, the tables all at once).
/// Reading the rows back from the Parquet files instead made Parquet.Net load each file's whole footer, the metadata of
/// every row group, which grows with the number of reports (~65 MiB at 100,000). The values are the Parquet values:
/// instants to whole seconds in UTC, a number DECIMAL(28,8) cannot hold as null (see <see cref="WorkbookSpoolReader"/>
/// for the format).
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class WorkbookSpoolWriter<TRow> : IAsyncDisposable
{
    private readonly IReadOnlyList<DatasetColumn<TRow>> _columns;
    private readonly Action<string, decimal>? _refused;
    private readonly FileStream _file;
    private readonly DeflateStream _deflate;
    private readonly BufferedStream _buffer;
    private readonly BinaryWriter _writer;

    public WorkbookSpoolWriter(string path, IReadOnlyList<DatasetColumn<TRow>> columns, Action<string, decimal>? refused)
    {
        _columns = columns;
        _refused = refused;
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);

        // Compressed: the spool would otherwise take as much disk as the CSV files (the checks' evidence is most of
        // it, and repeats itself); the fastest level costs a few seconds of CPU per million rows.
        _deflate = new DeflateStream(_file, CompressionLevel.Fastest, leaveOpen: true);
        _buffer = new BufferedStream(_deflate, 1 << 16);
        _writer = new BinaryWriter(_buffer, Encoding.UTF8, leaveOpen: true);
    }

    public void Write(TRow row)
    {
        foreach (var column in _columns)
        {
            if (column.Text is { } text)
            {
                if (text(row) is { } value)
                {
                    _writer.Write(WorkbookSpoolReader.Present);
                    _writer.Write(value);
                }
                else
                {
                    _writer.Write(WorkbookSpoolReader.Null);
                }
            }
            else if (column.Integer is { } integer)
            {
                WriteOrNull(integer(row), static (w, v) => w.Write7BitEncodedInt(v));
            }
            else if (column.Number is { } number)
            {
                WriteNumber(column.Info.Name, number(row));
            }
            else if (column.Date is { } date)
            {
                WriteOrNull(date(row), static (w, v) => w.Write7BitEncodedInt(v.DayNumber));
            }
            else
            {
                WriteOrNull(ValueFormats.ToUtc(column.Timestamp!(row)), static (w, v) => w.Write7BitEncodedInt64(v.Ticks));
            }
        }
    }

    /// <summary>Writes out what is buffered; the file is complete once this returns.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        _writer.Flush();
        await _buffer.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _deflate.DisposeAsync().ConfigureAwait(false);
        await _file.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        await _buffer.DisposeAsync().ConfigureAwait(false);
        await _deflate.DisposeAsync().ConfigureAwait(false);
        await _file.DisposeAsync().ConfigureAwait(false);
    }

    private void WriteOrNull<T>(T? value, Action<BinaryWriter, T> write)
        where T : struct
    {
        if (value is { } v)
        {
            _writer.Write(WorkbookSpoolReader.Present);
            write(_writer, v);
        }
        else
        {
            _writer.Write(WorkbookSpoolReader.Null);
        }
    }

    // The Parquet column is DECIMAL(28,8): a value it cannot hold is null there, so it is null in the workbook too, and
    // refused once per report like in the Parquet files. Whole numbers (nearly all report numbers) take a few bytes.
    private void WriteNumber(string column, decimal? value)
    {
        if (value is not { } v)
        {
            _writer.Write(WorkbookSpoolReader.Null);
        }
        else if (!ParquetTableWriter<TRow>.FitsDecimal(v))
        {
            _refused?.Invoke(column, v);
            _writer.Write(WorkbookSpoolReader.Null);
        }
        else if (v == decimal.Truncate(v) && Math.Abs(v) <= long.MaxValue)
        {
            _writer.Write(WorkbookSpoolReader.WholeNumber);
            _writer.Write7BitEncodedInt64((long)v);
        }
        else
        {
            _writer.Write(WorkbookSpoolReader.Present);
            _writer.Write(v);
        }
    }
}
