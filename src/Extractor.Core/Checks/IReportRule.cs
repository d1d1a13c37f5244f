using Extractor.Core.Records;

namespace Extractor.Core.Checks;

/// <summary>A rule judged within one report.</summary>
internal interface IReportRule : IRule
{
    /// <summary>Judges <paramref name="report"/>, one result per scope in a fixed order.</summary>
    IEnumerable<CheckResult> Check(ReportView report);
}
