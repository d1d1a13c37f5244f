using System.Text.Json;
using Extractor.Core.Json;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Reading.Text;
using Extractor.Core.Records;
using Extractor.Html;
using Extractor.Output.Tables;
using Extractor.Output.Tests.Builders;
using Extractor.Pdf;
using Extractor.Testing;

namespace Extractor.Output.Tests;

/// <summary>The reports of the shared corpus in every format, parsed by the pipeline and written as datasets.</summary>
public sealed class CorpusDatasetTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "extractor-output-corpus", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [CorpusFact]
    public async Task WriteAsync_CorpusReports_ParquetTotalsEqualJson()
    {
        var shared = TestPaths.Shared!;

        var parser = new ExtractionPipeline([new TextReportReader(), new HtmlReportReader(), new PdfReportReader()]);
        var reports = Directory.GetFiles(Path.Combine(shared, "corpus"), "0*")
            .Order(StringComparer.Ordinal)
            .Select(p => parser.Parse(new SourceDocument(p, File.ReadAllBytes(p))))
            .ToList();
        Assert.NotEmpty(reports);
        var output = Path.Combine(_root, "out");

        await new DatasetWriter().WriteAsync(reports, output);

        using var db = new DuckDb();
        var parquet = Path.Combine(output, "cells.parquet");
        foreach (var report in reports)
        {
            using var json = JsonDocument.Parse(ReportJsonWriter.ToJson(report));
            var cells = json.RootElement.GetProperty("cells").EnumerateArray().ToList();
            var id = ReportIds.For(report.Source);
            var count = Convert.ToInt64(db.Scalar($"SELECT COUNT(*) FROM read_parquet({DuckDb.Literal(parquet)}) WHERE report_id = '{id}'"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(cells.Count, count);
            var expected = cells.Where(c => c.GetProperty("value").ValueKind == JsonValueKind.Number).Sum(c => c.GetProperty("value").GetDecimal());
            var actual = db.Scalar($"SELECT COALESCE(SUM(value), 0) FROM read_parquet({DuckDb.Literal(parquet)}) WHERE report_id = '{id}'");
            Assert.Equal(expected, Convert.ToDecimal(actual, System.Globalization.CultureInfo.InvariantCulture));
            var blanks = cells.Count(c => c.GetProperty("kind").GetString() != "number");
            var nulls = Convert.ToInt64(db.Scalar($"SELECT COUNT(*) FROM read_parquet({DuckDb.Literal(parquet)}) WHERE report_id = '{id}' AND value IS NULL"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(blanks, nulls);
        }

        Assert.Contains(reports, r => r.Cells.Count > 0 && r.Status != ReportStatus.Failed);
        Assert.Contains(reports, r => r.Source.Format == "pdf" && r.Cells.Any(c => c.Kind == CellKind.Number));
        Assert.Contains(reports, r => r.Source.Format == "html" && r.Cells.Any(c => c.Kind == CellKind.Number));
    }
}
