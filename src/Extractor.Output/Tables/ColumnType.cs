namespace Extractor.Output.Tables;

/// <summary>The type of a dataset column, which fixes its CSV text, its Parquet type and its Table Schema type.</summary>
internal enum ColumnType
{
    /// <summary>Text: Parquet UTF-8 string, Table Schema `string`.</summary>
    String,

    /// <summary>A date written yyyy-MM-dd: Parquet string (kept as published), Table Schema `date`.</summary>
    Date,

    /// <summary>A whole number: Parquet int32, Table Schema `integer`.</summary>
    Integer,

    /// <summary>A number from a report: Parquet DECIMAL(28,8), Table Schema `number`.</summary>
    Decimal,
}
