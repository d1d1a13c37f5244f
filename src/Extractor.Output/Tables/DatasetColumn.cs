namespace Extractor.Output.Tables;

/// <summary>A dataset column: its description and how to read its value from a row. Exactly one accessor is set, matching the type.</summary>
/// <typeparam name="TRow">The row type of the dataset.</typeparam>
internal sealed class DatasetColumn<TRow>
{
    private DatasetColumn(ColumnInfo info, Func<TRow, string?>? text, Func<TRow, int?>? integer, Func<TRow, decimal?>? number)
    {
        Info = info;
        Text = text;
        Integer = integer;
        Number = number;
    }

    public ColumnInfo Info { get; }

    public Func<TRow, string?>? Text { get; }

    public Func<TRow, int?>? Integer { get; }

    public Func<TRow, decimal?>? Number { get; }

    public static DatasetColumn<TRow> OfText(ColumnInfo info, Func<TRow, string?> value) => new(info, value, null, null);

    public static DatasetColumn<TRow> OfInteger(ColumnInfo info, Func<TRow, int?> value) => new(info, null, value, null);

    public static DatasetColumn<TRow> OfDecimal(ColumnInfo info, Func<TRow, decimal?> value) => new(info, null, null, value);
}
