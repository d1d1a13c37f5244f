using CsvHelper;
using Extractor.Output.Tables;

namespace Extractor.Output.Csv;

/// <summary>Streams the rows of one dataset into a CSV file: invariant culture, `\n` line ends, formula-injection guard.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class CsvTableWriter<TRow> : IAsyncDisposable
{
    // OWASP's list (the CsvHelper default, spelled out so a library change cannot loosen it): a text field that
    // starts with one of these gets a leading ' so a spreadsheet shows it instead of running it.
    private const string InjectionCharacters = "=+-@\t\r";

    private readonly CsvWriter _writer;
    private readonly ColumnRecordWriter<TRow> _recordWriter;

    public CsvTableWriter(string path, DatasetTable<TRow> table, bool byteOrderMark)
    {
        var options = CsvWriterOptions.Default with
        {
            NewLine = "\n",
            FormatProvider = System.Globalization.CultureInfo.InvariantCulture,
            WriteByteOrderMark = byteOrderMark,
            Injection = CsvInjection.Escape,
            InjectionCharacters = InjectionCharacters,
            InjectionEscape = '\'',
        };
        _recordWriter = new ColumnRecordWriter<TRow>(table.Columns);
        _writer = CsvWriter.ToFile(path, options);
        _recordWriter.WriteHeader(_writer);
        _writer.EndRecord();
    }

    public ValueTask WriteAsync(TRow row, CancellationToken cancellationToken)
    {
        _recordWriter.Write(_writer, row);
        return _writer.EndRecordAsync(cancellationToken);
    }

    public ValueTask FlushAsync(CancellationToken cancellationToken) => _writer.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
