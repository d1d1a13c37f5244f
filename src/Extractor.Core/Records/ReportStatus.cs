namespace Extractor.Core.Records;

/// <summary>How far a document could be read (SCHEMA.md §5).</summary>
public enum ReportStatus
{
    /// <summary>Every table cell and section of the template was found.</summary>
    Parsed,

    /// <summary>A report, but some of it is missing or unreadable; the diagnostics say what.</summary>
    Partial,

    /// <summary>The file could not be read; the diagnostics say why.</summary>
    Failed,

    /// <summary>The document was read but is not an annual report.</summary>
    NotAReport,
}
