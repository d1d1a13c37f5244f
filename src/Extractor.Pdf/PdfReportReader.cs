using Extractor.Core.Documents;
using Extractor.Core.Reading;

namespace Extractor.Pdf;

/// <summary>Reads PDF reports with PdfPig.</summary>
public sealed class PdfReportReader : IDocumentReader
{
    /// <inheritdoc/>
    public DocumentFormat Format => DocumentFormat.Pdf;

    /// <inheritdoc/>
    public ReportDocument Read(SourceDocument source) => throw new DocumentReadException("the PDF reader is not built yet");
}
