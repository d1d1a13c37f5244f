using Extractor.Core.Records;

namespace Extractor.Core.Checks;

/// <summary>A rule judged between two reports of the same agency in consecutive years.</summary>
internal interface ICrossReportRule : IRule
{
    /// <summary>Judges <paramref name="current"/> (year Y) against <paramref name="previous"/> (year Y−1); results belong to <paramref name="current"/>.</summary>
    IEnumerable<CheckResult> Check(ReportView current, ReportView previous);
}
