using System.Text.Json;
using Extractor.Core.Records;

namespace Extractor.Core.Tests.Reading.Text.Flat;

/// <summary>A golden file of cells (`table/row/col` → kind and value), as the corpus's expected/*.json and the fixtures' *.expected.json hold them.</summary>
internal sealed record ExpectedCells(IReadOnlyDictionary<string, (string Kind, decimal? Value)> Cells, IReadOnlySet<string> Unsure, string? Template)
{
    public static ExpectedCells Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = json.RootElement;
        var cells = new Dictionary<string, (string, decimal?)>(StringComparer.Ordinal);
        foreach (var cell in root.GetProperty("cells").EnumerateObject())
        {
            var value = cell.Value.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : (decimal?)null;
            cells[cell.Name] = (cell.Value.GetProperty("kind").GetString()!, value);
        }

        var unsure = root.TryGetProperty("unsure", out var u) ? u.EnumerateArray().Select(static e => e.GetString()!).ToHashSet(StringComparer.Ordinal) : [];
        var template = root.TryGetProperty("template", out var t) ? t.GetString() : null;
        return new ExpectedCells(cells, unsure, template);
    }

    /// <summary>Compares every expected cell that is not unsure with the parsed cells.</summary>
    public CellComparison Compare(IReadOnlyList<CellRecord> actual)
    {
        var byKey = actual.GroupBy(static c => c.Key).ToDictionary(static g => g.Key, static g => g.First(), StringComparer.Ordinal);
        var comparison = new CellComparison();
        foreach (var (key, (kind, value)) in Cells.Where(c => !Unsure.Contains(c.Key)))
        {
            if (!byKey.TryGetValue(key, out var cell))
            {
                comparison.Other.Add($"{key}: expected {kind} {value}, not emitted");
                continue;
            }

            var actualKind = Kind(cell.Kind);
            if (actualKind == kind && cell.Value == value)
            {
                comparison.Right.Add(key);
            }
            else if (cell.Kind == CellKind.Number)
            {
                comparison.WrongNumbers.Add($"{key}: expected {kind} {value}, got number {cell.Value} (raw 「{cell.Raw}」 at {cell.At})");
            }
            else if (cell.Kind is CellKind.Text or CellKind.Missing && kind == "number")
            {
                comparison.Uncertain.Add($"{key}: expected {value}, emitted as {actualKind} 「{cell.Raw}」");
            }
            else
            {
                comparison.Other.Add($"{key}: expected {kind} {value}, got {actualKind} 「{cell.Raw}」");
            }
        }

        return comparison;
    }

    private static string Kind(CellKind kind) => kind switch
    {
        CellKind.Number => "number",
        CellKind.Blank => "blank",
        CellKind.Na => "na",
        CellKind.Missing => "missing",
        _ => "text",
    };
}
