using System.Text.Json;

namespace Extractor.Corpus.Tests;

/// <summary>One file of ../shared/corpus/expected: the cells of a real report as verified by eye.</summary>
internal sealed record CorpusExpectation(
    string File,
    string? Agency,
    int? Year,
    string? Template,
    IReadOnlyDictionary<string, (string Kind, decimal? Value)> Cells,
    IReadOnlySet<string> Unsure,
    IReadOnlyList<string> Inconsistencies)
{
    public static CorpusExpectation Load(string path)
    {
        using var doc = JsonDocument.Parse(System.IO.File.ReadAllBytes(path));
        var root = doc.RootElement;
        var cells = new Dictionary<string, (string, decimal?)>(StringComparer.Ordinal);
        foreach (var cell in root.GetProperty("cells").EnumerateObject())
        {
            var value = cell.Value.GetProperty("value");
            cells[cell.Name] = (cell.Value.GetProperty("kind").GetString()!, value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null);
        }

        return new CorpusExpectation(
            root.GetProperty("file").GetString()!,
            root.TryGetProperty("agency", out var a) ? a.GetString() : null,
            root.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : null,
            root.TryGetProperty("template", out var t) ? t.GetString() : null,
            cells,
            root.TryGetProperty("unsure", out var u) ? u.EnumerateArray().Select(static e => e.GetString()!).ToHashSet(StringComparer.Ordinal) : new HashSet<string>(),
            root.TryGetProperty("inconsistencies", out var i) ? i.EnumerateArray().Select(static e => e.GetString()!).ToList() : []);
    }
}
