namespace Extractor.Core.Reading;

/// <summary>The formats a report can come in, as sniffed from its bytes.</summary>
public enum DocumentFormat
{
    /// <summary>Not recognised.</summary>
    Unknown,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>A PDF file.</summary>
    Pdf,

    /// <summary>A Word document (Office Open XML).</summary>
    Docx,

    /// <summary>Plain text: pipe-rendered text dumps, markdown, or bare text.</summary>
    Text,

    /// <summary>
    /// A legacy binary Word or WPS file (.doc, .wps: an OLE2 compound file). No reader exists for it: the pipeline
    /// reports it as failed and says why.
    /// </summary>
    LegacyOffice,
}
