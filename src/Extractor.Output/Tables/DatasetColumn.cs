namespace Extractor.Output.Tables;

/// <summary>A dataset column: its description and how to read its value from a row. Exactly one accessor is set, matching the type.</summary>
/// <typeparam name="TRow">The row type of the dataset.</typeparam>
internal sealed class DatasetColumn<TRow>
{
    private DatasetColumn(
        ColumnInfo info,
        Func<TRow, string?>? text = null,
        Func<TRow, int?>? integer = null,
        Func<TRow, decimal?>? number = null,
        Func<TRow, DateOnly?>? date = null,
        Func<TRow, DateTimeOffset?>? timestamp = null)
    {
        Info = info;
        Text = text;
        Integer = integer;
        Number = number;
        Date = date;
        Timestamp = timestamp;
    }

    public ColumnInfo Info { get; }

    public Func<TRow, string?>? Text { get; }

    public Func<TRow, int?>? Integer { get; }

    public Func<TRow, decimal?>? Number { get; }

    public Func<TRow, DateOnly?>? Date { get; }

    public Func<TRow, DateTimeOffset?>? Timestamp { get; }

    public static DatasetColumn<TRow> OfText(ColumnInfo info, Func<TRow, string?> value) => new(Expect(info, ColumnType.String), text: value);

    public static DatasetColumn<TRow> OfInteger(ColumnInfo info, Func<TRow, int?> value) => new(Expect(info, ColumnType.Integer), integer: value);

    public static DatasetColumn<TRow> OfDecimal(ColumnInfo info, Func<TRow, decimal?> value) => new(Expect(info, ColumnType.Decimal), number: value);

    public static DatasetColumn<TRow> OfDate(ColumnInfo info, Func<TRow, DateOnly?> value) => new(Expect(info, ColumnType.Date), date: value);

    /// <summary>An instant, written in UTC whatever its offset.</summary>
    public static DatasetColumn<TRow> OfTimestamp(ColumnInfo info, Func<TRow, DateTimeOffset?> value) => new(Expect(info, ColumnType.Timestamp), timestamp: value);

    // The declared type drives datapackage.json and the Parquet schema; the accessor drives the values. A mismatch
    // would declare one type and write another, so it fails when the table is defined, not when a reader chokes.
    private static ColumnInfo Expect(ColumnInfo info, ColumnType type) =>
        info.Type == type ? info : throw new ArgumentException($"Column '{info.Name}' is declared {info.Type} but its accessor gives {type}.", nameof(info));
}
