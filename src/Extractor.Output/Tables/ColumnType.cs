namespace Extractor.Output.Tables;

/// <summary>The type of a dataset column, which fixes its CSV text, its Parquet type, its Table Schema type and its workbook cell.</summary>
internal enum ColumnType
{
    /// <summary>Text: Parquet UTF-8 string, Table Schema `string`, a text cell.</summary>
    String,

    /// <summary>A calendar date: CSV yyyy-MM-dd, Parquet DATE, Table Schema `date`, a date cell.</summary>
    Date,

    /// <summary>An instant: CSV yyyy-MM-ddTHH:mm:ssZ (UTC), Parquet TIMESTAMP (UTC, milliseconds), Table Schema `datetime`, a date-time cell.</summary>
    Timestamp,

    /// <summary>A whole number: Parquet int32, Table Schema `integer`, a number cell.</summary>
    Integer,

    /// <summary>A number from a report: Parquet DECIMAL(28,8), Table Schema `number`, a number cell.</summary>
    Decimal,
}
