using System.Text.Json;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Core.Templates;
using Extractor.Testing;
using Xunit.Abstractions;

namespace Extractor.Html.Tests.Integration;

/// <summary>HTML pages through the whole pipeline (detect, read, map, check) as the worker runs it.</summary>
public class HtmlEndToEndTests(ITestOutputHelper output)
{
    private static ReportResult Parse(string path) =>
        new ExtractionPipeline([new HtmlReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));

    private static Dictionary<string, CellRecord> CellsByKey(ReportResult report) =>
        report.Cells.GroupBy(static c => c.Key).ToDictionary(static g => g.Key, static g => g.First(), StringComparer.Ordinal);

    [Fact]
    public void Parse_Page017_EveryVerifiedCellComesOutRight()
    {
        if (TestPaths.Shared is not string shared)
        {
            output.WriteLine("shared corpus not found; skipped");
            return;
        }

        var report = Parse(Path.Combine(shared, "corpus", "017_shuyang-county-fgj-2023.html"));
        using var expected = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(shared, "corpus", "expected", "017_shuyang-county-fgj-2023.json")));

        Assert.Equal("2021", report.Template);
        Assert.Equal(2023, report.Year);
        var cells = CellsByKey(report);
        var wrong = new List<string>();
        foreach (var cell in expected.RootElement.GetProperty("cells").EnumerateObject())
        {
            var kind = cell.Value.GetProperty("kind").GetString();
            var value = cell.Value.GetProperty("value") is { ValueKind: JsonValueKind.Number } number ? number.GetDecimal() : (decimal?)null;
            if (!cells.TryGetValue(cell.Name, out var actual))
            {
                wrong.Add($"{cell.Name}: missing");
            }
            else if (!string.Equals(actual.Kind.ToString(), kind, StringComparison.OrdinalIgnoreCase) || actual.Value != value)
            {
                wrong.Add($"{cell.Name}: expected {kind} {value}, got {actual.Kind} {actual.Value} (raw \"{actual.Raw}\" at {actual.At})");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        Assert.DoesNotContain(report.Checks, static c => c.Outcome == CheckOutcome.Fail);
    }

    [Theory]
    [InlineData("2021-word-utf8.html", "2021", 2022, "青溪县自然资源局")]
    [InlineData("2021-word-gbk.html", "2021", 2023, "青溪县住房和城乡建设局")]
    [InlineData("2019-ucap-utf8.html", "2019", 2019, "青溪县教育局")]
    [InlineData("2021-arith-error.html", "2021", 2021, "青溪县卫生健康委员会")]
    public void Parse_Fixture_MapsToTheFullTemplate(string fileName, string template, int year, string agency)
    {
        var report = Parse(TestPaths.Fixture("html", fileName));

        Assert.Equal(ReportStatus.Parsed, report.Status);
        Assert.Equal(template, report.Template);
        Assert.Equal(year, report.Year);
        Assert.Equal(agency, report.Agency);
        var cells = CellsByKey(report);
        var missing = TemplateCatalog.Get(template)!.Cells()
            .Select(static c => $"{c.Table.Key}/{c.Row.Key}/{c.Column.Key}")
            .Where(key => !cells.ContainsKey(key))
            .ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing));
        Assert.DoesNotContain(report.Cells, static c => c.Kind == CellKind.Text);
    }

    [Fact]
    public void Parse_Utf8Fixture_ReadsBlanksSlashesAndNumbers()
    {
        var cells = CellsByKey(Parse(TestPaths.Fixture("html", "2021-word-utf8.html")));

        Assert.Equal(CellKind.Na, cells["active/regulations/issued"].Kind);
        Assert.Equal(12m, cells["active/normative_documents/in_force"].Value);
        Assert.Equal(CellKind.Blank, cells["applications/new_received/research"].Kind);
        Assert.Equal(18m, cells["applications/new_received/total"].Value);
        Assert.Equal(1m, cells["applications/other_misc/social_welfare"].Value);
        Assert.Equal(2m, cells["appeals/review/total"].Value);
    }

    [Fact]
    public void Parse_2019Fixture_ReadsThe2019OnlyRows()
    {
        var cells = CellsByKey(Parse(TestPaths.Fixture("html", "2019-ucap-utf8.html")));

        Assert.Equal(-2m, cells["active/licensing/change"].Value);
        Assert.Equal(85.6m, cells["active/procurement/amount"].Value);
        Assert.Equal(1m, cells["applications/other_handling/total"].Value);
    }

    [Fact]
    public void Parse_ArithmeticErrorFixture_KeepsTheWrongTotalAsWritten()
    {
        // The checks (T3-COL) are not on main yet; the mapper must at least carry the stated 13 next to 10 + 2, unfixed.
        var cells = CellsByKey(Parse(TestPaths.Fixture("html", "2021-arith-error.html")));

        Assert.Equal(10m, cells["applications/new_received/natural_person"].Value);
        Assert.Equal(2m, cells["applications/new_received/commercial"].Value);
        Assert.Equal(13m, cells["applications/new_received/total"].Value);
        Assert.Equal(12m, cells["applications/total_processed/total"].Value);
    }
}
