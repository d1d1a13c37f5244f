namespace Extractor.Output;

/// <summary>How the Parquet files are laid out.</summary>
public enum DatasetPartitioning
{
    /// <summary>One `&lt;table&gt;.parquet` per table (the default).</summary>
    None,

    /// <summary>
    /// Hive-style folders by the report's year, `&lt;table&gt;/year=YYYY/&lt;table&gt;.parquet`, so that Spark, Trino and
    /// DuckDB read only the years a query asks for; reports without a year go to `year=__HIVE_DEFAULT_PARTITION__`.
    /// </summary>
    Year,
}
