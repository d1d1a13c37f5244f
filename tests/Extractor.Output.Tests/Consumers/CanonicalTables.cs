using System.Globalization;
using System.Text.Json;
using Extractor.Output.Tests.Builders;

namespace Extractor.Output.Tests.Consumers;

/// <summary>
/// Tables as text that every reader can be compared on: the expected rows come from our Parquet files read by DuckDB
/// (an independent reader), the actual rows from what a tool loaded. Numbers are compared as the doubles their text
/// parses to (what pandas, R and Excel hold), text byte for byte, dates as yyyy-MM-dd.
/// </summary>
public static class CanonicalTables
{
    private const string InjectionCharacters = "=+-@\t\r";

    /// <summary>The rows of a table from its single Parquet file, in file order, each value as canonical text or null.</summary>
    public static List<string?[]> FromParquet(DuckDb db, string directory, string table) =>
        [.. db.Query($"SELECT * FROM read_parquet({DuckDb.Literal(Path.Combine(directory, table + ".parquet"))})").Select(r => r.Select(Canonical).ToArray())];

    public static string? Canonical(object? value) => value switch
    {
        null => null,
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString("0.############################", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t when t.TimeOfDay == TimeSpan.Zero && t.Kind != DateTimeKind.Utc => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>The text as the CSV holds it: a leading ' before text a spreadsheet would run as a formula.</summary>
    public static string? AsInCsv(string? text) =>
        text is { Length: > 0 } && InjectionCharacters.Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;

    /// <summary>
    /// Asserts that <paramref name="actual"/> holds the expected rows in order. CSV cannot tell an empty text from a
    /// missing one (missingValues is [""]), so both count as null.
    /// </summary>
    /// <param name="source">Who loaded the rows, for the failure message.</param>
    /// <param name="resource">The table with its declared types.</param>
    /// <param name="expected">Rows from <see cref="FromParquet"/>.</param>
    /// <param name="actual">The rows the tool loaded.</param>
    /// <param name="csvText">True when the tool read the CSV, whose text carries the injection guard.</param>
    public static void AssertSameRows(string source, CsvResource resource, List<string?[]> expected, IReadOnlyList<string?[]> actual, bool csvText)
    {
        Assert.NotEmpty(resource.Fields);
        Assert.True(expected.Count == actual.Count, $"{source}: {resource.Name} has {actual.Count} rows, expected {expected.Count}");
        for (var r = 0; r < expected.Count; r++)
        {
            Assert.True(actual[r].Length == resource.Fields.Count, $"{source}: {resource.Name} row {r + 1} has {actual[r].Length} values, expected {resource.Fields.Count}");
            for (var c = 0; c < resource.Fields.Count; c++)
            {
                var (name, type) = resource.Fields[c];
                var want = NullIfEmpty(type == "string" && csvText ? AsInCsv(expected[r][c]) : expected[r][c]);
                var got = NullIfEmpty(actual[r][c]);
                var same = type == "number" && want is not null && got is not null
                    ? double.Parse(want, CultureInfo.InvariantCulture) == double.Parse(got, CultureInfo.InvariantCulture)
                    : string.Equals(want, got, StringComparison.Ordinal);
                Assert.True(same, $"{source}: {resource.Name} row {r + 1} column {name} ({type}): expected {Show(want)}, got {Show(got)}");
            }
        }
    }

    /// <summary>Reads the JSON Lines the consumer scripts print: one object per table with its column classes and rows.</summary>
    public static Dictionary<string, (Dictionary<string, string> Types, List<string?[]> Rows)> ParseScriptOutput(string output)
    {
        var tables = new Dictionary<string, (Dictionary<string, string>, List<string?[]>)>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var types = root.GetProperty("types").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
            var rows = root.GetProperty("rows").EnumerateArray()
                .Select(row => row.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : v.GetString()).ToArray())
                .ToList();
            tables.Add(root.GetProperty("table").GetString()!, (types, rows));
        }

        return tables;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static string Show(string? text) => text is null ? "null" : JsonSerializer.Serialize(text);
}
