using System.Globalization;
using System.Text;
using Extractor.Core.Records;
using Extractor.Core.Templates;
using Extractor.Output.Tests.Builders;

namespace Extractor.Output.Tests;

/// <summary>`legacy_indicators` and `statements`: values, kinds, a missing pair with its candidates, and the section ranges, read back by DuckDB.</summary>
public sealed class LegacyDatasetsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "extractor-output-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task WriteAsync_LegacyReport_IndicatorsAndStatementsRoundTrip()
    {
        // A legacy report has no template cells; the builder's 2021 cells are dropped.
        var report = new ReportBuilder()
            .WithSeed(7)
            .WithUri("https://example.gov.cn/2016/legacy.html")
            .WithYear(2016)
            .Build() with
        {
            Template = TemplateIds.Legacy,
            Cells = [],
            Sections = new ReportSections("概述。", null, null, null, "问题。", null) { At = new Dictionary<string, string> { ["overall"] = "line 7", ["problems"] = "line 9 to line 12" } },
            LegacyIndicators =
            [
                new LegacyIndicator("active_published", "主动公开文件数", "条", CellKind.Number, 412m, CellKind.Number, 2892m, "4122892", "narrative", ["4|122892", "41|22892", "412|2892"], "line 10"),
                new LegacyIndicator("complaints", "行政申诉数", "件", CellKind.Missing, null, CellKind.Missing, null, "1213", null, ["1|213", "12|13"], "line 10"),
                new LegacyIndicator("fees_collected", "收取费用", "元", CellKind.Number, 0m, CellKind.Number, 120.5m, "0 | 120.5", null, [], "table 1, row 17"),
            ],
            Statements = [new NarrativeStatementRecord("active_published", 412m, "条", "active", "本局主动公开政府信息412条", "2016年，本局主动公开政府信息412条。", "sections/active, sentence 1 (line 7)")],
        };
        var output = Path.Combine(_root, "out");

        await new DatasetWriter().WriteAsync([report], output);

        using var db = new DuckDb();
        var legacy = Path.Combine(output, "legacy_indicators.parquet");
        var rows = db.Query($"SELECT position, indicator, this_year, this_year_kind, cumulative, cumulative_kind, resolved_by, candidates FROM read_parquet({DuckDb.Literal(legacy)}) ORDER BY position");
        Assert.Equal(3, rows.Count);
        Assert.Equal([1, "active_published", 412m, "number", 2892m, "number", "narrative", "4|122892;41|22892;412|2892"], rows[0]);
        Assert.Equal([2, "complaints", null, "missing", null, "missing", null, "1|213;12|13"], rows[1]);
        Assert.Equal(120.5m, Convert.ToDecimal(rows[2][4], CultureInfo.InvariantCulture));
        var statements = db.Query($"SELECT quantity, value, unit, section FROM read_parquet({DuckDb.Literal(Path.Combine(output, "statements.parquet"))})");
        Assert.Equal(["active_published", 412m, "条", "active"], Assert.Single(statements));
        var at = db.Query($"SELECT section, \"at\" FROM read_parquet({DuckDb.Literal(Path.Combine(output, "sections.parquet"))}) WHERE \"at\" IS NOT NULL ORDER BY section");
        Assert.Equal([["overall", "line 7"], ["problems", "line 9 to line 12"]], at);
        var csv = File.ReadAllText(Path.Combine(output, "legacy_indicators.csv"), Encoding.UTF8);
        Assert.Contains("complaints", csv, StringComparison.Ordinal);
        var package = File.ReadAllText(Path.Combine(output, "datapackage.json"), Encoding.UTF8);
        Assert.Contains("\"legacy_indicators\"", package, StringComparison.Ordinal);
        Assert.Contains("\"statements\"", package, StringComparison.Ordinal);
    }
}
