using Extractor.Core.Records;

namespace Extractor.Core.Documents;

/// <summary>
/// A reader's own last word on a report once it has been mapped and checked, for readings that can be wrong in ways
/// the reader knows about (an OCR'd cell of low confidence): it may mark cells missing and soften checks that stand on them.
/// </summary>
public interface IReportVerifier
{
    /// <summary>Returns <paramref name="report"/>, changed where the reading cannot vouch for it.</summary>
    ReportResult Verify(ReportResult report);
}
