using System.Globalization;
using System.Text.Json;
using Extractor.Core.Documents;
using Extractor.Core.Json;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Testing;

namespace Extractor.Pdf.Tests.Integration;

/// <summary>The two real PDF reports of the shared corpus (淮安 city 2024, 洪泽 district 2023), compared with their cells verified by eye.</summary>
public class HuaianReportsTests
{
    private static readonly string[] s_applicationColumns = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"];
    private static readonly string[] s_appealRows = ["review", "litigation_direct", "litigation_after_review"];
    private static readonly string[] s_appealColumns = ["upheld", "corrected", "other", "pending", "total"];

    public static TheoryData<string> Documents => new() { "001_huaian-hongze-district-gov-2023", "003_huaian-city-gov-2024" };

    private static (ReportDocument Document, Dictionary<string, decimal?> Expected, string Path)? Load(string stem)
    {
        if (TestPaths.Shared is not string shared)
        {
            Console.WriteLine("shared corpus not found; skipping");
            return null;
        }

        var path = Path.Combine(shared, "corpus", stem + ".pdf");
        var document = new PdfReportReader().Read(new SourceDocument(path, File.ReadAllBytes(path)));
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(shared, "corpus", "expected", stem + ".json")));
        var expected = json.RootElement.GetProperty("cells").EnumerateObject().ToDictionary(
            static p => p.Name,
            static p => p.Value.GetProperty("value").ValueKind == JsonValueKind.Number ? p.Value.GetProperty("value").GetDecimal() : (decimal?)null);
        return (document, expected, path);
    }

    private static decimal? Number(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    [Theory]
    [MemberData(nameof(Documents))]
    public void Read_ApplicationsTable_EveryRowHasSevenNumbersNextToItsLabel(string stem)
    {
        if (Load(stem) is not var (document, expected, _))
        {
            return;
        }

        var table = Assert.Single(document.Blocks.OfType<TableBlock>(), static t => t.Cells.Any(static c => c.Text == "申请人情况"));
        var rows = table.Rows
            .Select(static r => (Label: r.Where(static c => Number(c.Text) is null).LastOrDefault(), Numbers: r.Select(static c => Number(c.Text)).OfType<decimal>().ToList()))
            .Where(static r => r.Numbers.Count > 0)
            .ToList();
        Assert.All(rows, static r => Assert.Equal(7, r.Numbers.Count));
        Assert.All(rows, static r => Assert.False(string.IsNullOrEmpty(r.Label?.Text)));

        var expectedRows = expected.Keys
            .Where(static k => k.StartsWith("applications/", StringComparison.Ordinal))
            .Select(static k => k.Split('/')[1])
            .Distinct()
            .Select(row => string.Join(",", s_applicationColumns.Select(c => expected[$"applications/{row}/{c}"])))
            .Order()
            .ToList();
        Assert.Equal(expectedRows, rows.Select(static r => string.Join(",", r.Numbers)).Order().ToList());
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Read_AppealsTable_HasFifteenValuesAsPrinted(string stem)
    {
        if (Load(stem) is not var (document, expected, _))
        {
            return;
        }

        var table = Assert.Single(document.Blocks.OfType<TableBlock>(), static t => t.Cells.Any(static c => c.Text == "复议后起诉"));
        var values = table.Rows[^1].Select(static c => Number(c.Text)).ToList();
        var want = s_appealRows.SelectMany(r => s_appealColumns.Select(c => expected[$"appeals/{r}/{c}"])).ToList();
        Assert.Equal(want, values);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parse_ThroughThePipeline_EveryExpectedCellIsRight(string stem)
    {
        if (Load(stem) is not var (_, expected, path))
        {
            return;
        }

        var result = new ExtractionPipeline([new PdfReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        var cells = result.Cells.ToDictionary(static c => c.Key);
        var wrong = new List<string>();
        foreach (var (key, value) in expected)
        {
            if (!cells.TryGetValue(key, out var got) || got.Value != value)
            {
                wrong.Add($"{key}: expected {value?.ToString(CultureInfo.InvariantCulture) ?? "null"}, got {(got is null ? "nothing" : $"{ReportJsonWriter.Name(got.Kind)} {got.Value} raw '{got.Raw}' at {got.At}")}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
