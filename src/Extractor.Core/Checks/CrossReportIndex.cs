using Extractor.Core.Records;

namespace Extractor.Core.Checks;

/// <summary>
/// The cross-report rules' side of a run, reduced while the reports are read: for each report in spool order only
/// what those rules read (identity, year, status and the cells of table 二 and of 上年结转/结转下年度), never the whole
/// report. <see cref="ChecksFor"/> then gives each report's cross-report results as the spool is streamed once.
/// Gives the same results as <see cref="ReportChecker.CheckAcross"/>.
/// </summary>
public sealed class CrossReportIndex
{
    private readonly List<ReportResult> _slim = [];
    private IReadOnlyList<ReportResult>? _results;

    /// <summary>The number of reports added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds the next report in spool order.</summary>
    public void Add(ReportResult report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (_results is not null)
        {
            throw new InvalidOperationException("the cross-report results were already computed; add every report first");
        }

        _slim.Add(Slim(report));
        Count++;
    }

    /// <summary>The cross-report results of the report at <paramref name="position"/> (0-based, spool order).</summary>
    public IReadOnlyList<CheckResult> ChecksFor(int position)
    {
        _results ??= ComputeAndRelease();
        return position < _results.Count
            ? _results[position].Checks
            : throw new InvalidOperationException($"the spool holds more reports than the {_results.Count} indexed");
    }

    /// <summary><paramref name="report"/> with its cross-report results in place of any from an earlier run.</summary>
    public ReportResult Apply(int position, ReportResult report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var added = ChecksFor(position);
        return report with { Checks = [.. report.Checks.Where(static c => !RuleCatalog.IsCrossReport(c.Rule)), .. added] };
    }

    private IReadOnlyList<ReportResult> ComputeAndRelease()
    {
        // Only the cross-report results are kept; the reduced reports go.
        var across = ReportChecker.CheckAcross(_slim);
        var kept = across.Select(static r => r.Checks.Count == 0 ? s_empty : r with { Cells = [], Checks = [.. r.Checks.Where(static c => RuleCatalog.IsCrossReport(c.Rule))] }).ToList();
        _slim.Clear();
        _slim.TrimExcess();
        return kept;
    }

    private static readonly ReportResult s_empty = new() { Source = new ReportSource(string.Empty, string.Empty, string.Empty), Status = ReportStatus.NotAReport, Template = string.Empty };

    internal static ReportResult Slim(ReportResult report)
    {
        if (report.Status is not (ReportStatus.Parsed or ReportStatus.Partial) || report.Year is null || AgencyKey.From(report.AgencySimplified) is null)
        {
            // Never compared with another report: only its place in the order is kept.
            return s_empty with { Status = report.Status };
        }

        var cells = report.Cells.Where(static c => c.Table == "active" || c.Row is "carried_over" or "carried_forward").ToList();

        // Whether table 三 was found at all decides between "not found" and the blank policy: keep one found cell as witness.
        if (!cells.Any(static c => c.Table == "applications" && ReportView.IsFound(c))
            && report.Cells.FirstOrDefault(static c => c.Table == "applications" && ReportView.IsFound(c)) is { } witness)
        {
            cells.Add(witness);
        }

        return report with { Title = null, Sections = ReportSections.Empty, Cells = cells, Checks = [], Diagnostics = [] };
    }
}
