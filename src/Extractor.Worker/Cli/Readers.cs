using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Reading.Docx;
using Extractor.Core.Reading.Text;
using Extractor.Html;
using Extractor.Pdf;

namespace Extractor.Worker.Cli;

/// <summary>The readers of every supported format, wired into one parser.</summary>
internal static class Readers
{
    public static IReadOnlyList<IDocumentReader> All() => [new TextReportReader(), new HtmlReportReader(), new PdfReportReader(), new DocxReportReader()];

    public static ExtractionPipeline CreateParser() => new(All());
}
