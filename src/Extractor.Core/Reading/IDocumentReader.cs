using Extractor.Core.Documents;

namespace Extractor.Core.Reading;

/// <summary>Reads one format into the shared document model.</summary>
public interface IDocumentReader
{
    /// <summary>The format this reader understands.</summary>
    DocumentFormat Format { get; }

    /// <summary>Reads the document's text and tables in reading order.</summary>
    /// <param name="source">The bytes and what the transport said about them.</param>
    /// <returns>The document; recoverable problems are in its diagnostics.</returns>
    /// <exception cref="DocumentReadException">The bytes cannot be read as this format at all (corrupt, encrypted, truncated).</exception>
    ReportDocument Read(SourceDocument source);
}
