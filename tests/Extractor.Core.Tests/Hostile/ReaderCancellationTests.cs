using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Reading.Docx;
using Extractor.Core.Reading.Text;
using Extractor.Core.Records;
using Extractor.Core.Tests.Reading.Docx;
using Extractor.Testing;

namespace Extractor.Core.Tests.Hostile;

/// <summary>
/// The DOCX and text readers and the DOCX table loop stop on the document's token; the pipeline turns that into the
/// document's `failed` result with the budget code. The token is cancelled before the call: no timing is involved.
/// </summary>
public class ReaderCancellationTests
{
    private static readonly CancellationToken s_cancelled = new(canceled: true);

    [Fact]
    public void Read_CancelledDocx_Stops()
    {
        var path = TestPaths.Fixture("docx", "ecology-2021.docx");

        Assert.ThrowsAny<OperationCanceledException>(() => new DocxReportReader().Read(new SourceDocument(path, File.ReadAllBytes(path)) { Cancellation = s_cancelled }));
    }

    [Fact]
    public void Read_CancelledText_Stops()
    {
        var path = TestPaths.Fixture("text", "101_pipe-cells-2021.txt");

        Assert.ThrowsAny<OperationCanceledException>(() => new TextReportReader().Read(new SourceDocument(path, File.ReadAllBytes(path)) { Cancellation = s_cancelled }));
    }

    [Fact]
    public void Read_CancelledDocxWithATable_Stops()
    {
        var bytes = DocxBuilder.Build("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
        var source = new SourceDocument("t.docx", bytes);

        Assert.NotEmpty(new DocxReportReader().Read(source).Blocks);
        Assert.ThrowsAny<OperationCanceledException>(() => new DocxReportReader().Read(source with { Cancellation = s_cancelled }));
    }

    [Fact]
    public void Parse_CancelledDocument_IsFailedWithTheBudgetCode()
    {
        var path = TestPaths.Fixture("text", "101_pipe-cells-2021.txt");
        var pipeline = new ExtractionPipeline([new TextReportReader()]);

        var report = pipeline.Parse(new SourceDocument(path, File.ReadAllBytes(path)) { Cancellation = s_cancelled });

        Assert.Equal(ReportStatus.Failed, report.Status);
        Assert.Contains(report.Diagnostics, static d => d.Code == DiagnosticCodes.BudgetExceeded);
        Assert.DoesNotContain(report.Diagnostics, static d => d.Code == DiagnosticCodes.InternalError);
    }
}
