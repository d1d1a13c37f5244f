using CsvHelper;
using Extractor.Output.Tables;

namespace Extractor.Output.Csv;

/// <summary>
/// Writes the rows of a dataset in the fixed order of its columns. CsvHelper 34 has no ClassMap: a hand-written
/// record writer is its way to fix the columns, and building it from the dataset's columns keeps the CSV header,
/// the Parquet schema and datapackage.json in step.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class ColumnRecordWriter<TRow> : CsvRecordWriter<TRow>
{
    private readonly IReadOnlyList<DatasetColumn<TRow>> _columns;

    public ColumnRecordWriter(IReadOnlyList<DatasetColumn<TRow>> columns)
    {
        _columns = columns;
    }

    public override int FieldCount => _columns.Count;

    public override void WriteHeader(CsvWriter writer)
    {
        foreach (var column in _columns)
        {
            WriteColumnName(writer, column.Info.Name);
        }
    }

    public override void Write(CsvWriter writer, TRow record)
    {
        foreach (var column in _columns)
        {
            // Text goes through WriteField(string), which the injection guard escapes; numbers through the
            // UTF-8 formatting overload, which it never touches, so -18 stays -18.
            if (column.Text is { } text)
            {
                writer.WriteField(text(record));
            }
            else if (column.Integer is { } integer)
            {
                writer.WriteField(integer(record), default);
            }
            else if (column.Number is { } number)
            {
                writer.WriteField(number(record), default);
            }
            else if (column.Date is { } date)
            {
                writer.WriteField(date(record), ValueFormats.Date);
            }
            else
            {
                writer.WriteField(ValueFormats.ToUtc(column.Timestamp!(record)), ValueFormats.Timestamp);
            }
        }
    }
}
