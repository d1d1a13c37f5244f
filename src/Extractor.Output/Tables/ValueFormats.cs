namespace Extractor.Output.Tables;

/// <summary>How dates and instants are written wherever they are text, so that CSV, workbook and datapackage.json agree.</summary>
internal static class ValueFormats
{
    /// <summary>The Table Schema `date` default format.</summary>
    public const string Date = "yyyy-MM-dd";

    /// <summary>The Table Schema `datetime` default format: ISO 8601 in UTC, whole seconds.</summary>
    public const string Timestamp = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>
    /// The instant in UTC truncated to whole seconds: the CSV text carries seconds, so Parquet and the workbook keep the
    /// same value rather than a finer one the CSV cannot show.
    /// </summary>
    public static DateTime? ToUtc(DateTimeOffset? value) =>
        value is { } v ? new DateTime(v.UtcTicks - (v.UtcTicks % TimeSpan.TicksPerSecond), DateTimeKind.Utc) : null;
}
