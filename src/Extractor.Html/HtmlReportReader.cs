using Extractor.Core.Documents;
using Extractor.Core.Reading;

namespace Extractor.Html;

/// <summary>Reads HTML report pages with AngleSharp.</summary>
public sealed class HtmlReportReader : IDocumentReader
{
    /// <inheritdoc/>
    public DocumentFormat Format => DocumentFormat.Html;

    /// <inheritdoc/>
    public ReportDocument Read(SourceDocument source) => throw new DocumentReadException("the HTML reader is not built yet");
}
