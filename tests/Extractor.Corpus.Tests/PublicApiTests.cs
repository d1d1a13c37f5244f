using Extractor.Core.Pipeline;
using Extractor.Html;
using Extractor.Output;
using Extractor.Pdf;
using Extractor.Site;

namespace Extractor.Corpus.Tests;

/// <summary>
/// Every public type of the libraries, listed (as PdfPig's PublicApiScannerTests does): types are internal by default,
/// and making one public is a decision this test makes visible.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicTypes_OfEveryLibrary_AreExactlyTheListedContracts()
    {
        string[] expected =
        [
            "Extractor.Core.Checks.CrossReportIndex",
            "Extractor.Core.Checks.ReportChecker",
            "Extractor.Core.Documents.Block",
            "Extractor.Core.Documents.IReportVerifier",
            "Extractor.Core.Documents.ReportDocument",
            "Extractor.Core.Documents.SourceLocation",
            "Extractor.Core.Documents.TableBlock",
            "Extractor.Core.Documents.TableCell",
            "Extractor.Core.Documents.TableLayout",
            "Extractor.Core.Documents.TextBlock",
            "Extractor.Core.Json.ReportJsonReader",
            "Extractor.Core.Json.ReportJsonWriter",
            "Extractor.Core.Mapping.TemplateMapper",
            "Extractor.Core.Pipeline.ExtractionOptions",
            "Extractor.Core.Pipeline.ExtractionPipeline",
            "Extractor.Core.Reading.CharsetLabels",
            "Extractor.Core.Reading.DecodedText",
            "Extractor.Core.Reading.DocumentFormat",
            "Extractor.Core.Reading.DocumentReadException",
            "Extractor.Core.Reading.Docx.DocxReportReader",
            "Extractor.Core.Reading.FormatDetector",
            "Extractor.Core.Reading.IDocumentReader",
            "Extractor.Core.Reading.SourceDocument",
            "Extractor.Core.Reading.Text.TextReportReader",
            "Extractor.Core.Reading.TextDecoder",
            "Extractor.Core.Records.CellKind",
            "Extractor.Core.Records.CellRecord",
            "Extractor.Core.Records.CellResolution",
            "Extractor.Core.Records.CheckEvidence",
            "Extractor.Core.Records.CheckOutcome",
            "Extractor.Core.Records.CheckResult",
            "Extractor.Core.Records.Diagnostic",
            "Extractor.Core.Records.DiagnosticCodes",
            "Extractor.Core.Records.LegacyIndicator",
            "Extractor.Core.Records.NarrativeStatementRecord",
            "Extractor.Core.Records.ReportResult",
            "Extractor.Core.Records.ReportSections",
            "Extractor.Core.Records.ReportSource",
            "Extractor.Core.Records.ReportStatus",
            "Extractor.Core.Records.Severity",
            "Extractor.Core.Templates.ColumnDefinition",
            "Extractor.Core.Templates.RowDefinition",
            "Extractor.Core.Templates.TableDefinition",
            "Extractor.Core.Templates.TemplateCatalog",
            "Extractor.Core.Templates.TemplateDefinition",
            "Extractor.Core.Templates.TemplateIds",
            "Extractor.Core.Text.ChineseText",
            "Extractor.Core.Writing.IDatasetWriter",
            "Extractor.Html.HtmlReaderOptions",
            "Extractor.Html.HtmlReportReader",
            "Extractor.Output.CrawlLogEntry",
            "Extractor.Output.CrawlRecords",
            "Extractor.Output.DatasetPartitioning",
            "Extractor.Output.DatasetWriter",
            "Extractor.Output.DatasetWriterOptions",
            "Extractor.Pdf.PdfReportReader",
            "Extractor.Site.SiteBuilder",
            "Extractor.Site.SiteOptions",
        ];

        var actual = new[] { typeof(ExtractionPipeline), typeof(HtmlReportReader), typeof(PdfReportReader), typeof(DatasetWriter), typeof(SiteBuilder) }
            .SelectMany(static t => t.Assembly.GetExportedTypes())
            .Select(static t => t.FullName!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
    }
}
