using Extractor.Core.Legacy;
using Extractor.Core.Records;

namespace Extractor.Core.Checks;

/// <summary>Runs the rule catalogue over reports (SCHEMA.md §4; the rules are listed in <c>RuleCatalog</c>).</summary>
public static class ReportChecker
{
    /// <summary>Runs every in-report rule over one mapped report; a failed or non-report document gets no results.</summary>
    public static IReadOnlyList<CheckResult> Check(ReportResult report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var view = new ReportView(report);
        if (!view.IsCheckable)
        {
            // Nothing was read, so nothing can be judged: never fail a report for our own misreading.
            return [];
        }

        return RuleCatalog.InReport.SelectMany(rule => rule.Check(view)).ToList();
    }

    /// <summary>
    /// Runs the cross-report rules over a set of reports; returns the reports in the same order, each with the results
    /// for its year against the year before (same normalised agency) appended to its checks.
    /// </summary>
    public static IReadOnlyList<ReportResult> CheckAcross(IReadOnlyList<ReportResult> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var ids = RuleCatalog.CrossReport.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var views = reports.Select(r => new ReportView(r)).ToList();
        var byAgencyYear = views
            .Where(v => v.IsCheckable && v.Report.Year is not null && AgencyKey.From(v.Report.AgencySimplified) is not null)
            .ToLookup(v => (AgencyKey.From(v.Report.AgencySimplified)!, v.Report.Year!.Value));

        var result = new List<ReportResult>(reports.Count);
        foreach (var view in views)
        {
            // Results of an earlier run are replaced, so running twice gives the same checks.
            var own = view.Report.Checks.Where(c => !ids.Contains(c.Rule));
            var agency = AgencyKey.From(view.Report.AgencySimplified);
            if (!view.IsCheckable || agency is null || view.Report.Year is not { } year)
            {
                result.Add(view.Report with { Checks = own.ToList() });
                continue;
            }

            var (current, across) = AgainstYearBefore(view, byAgencyYear[(agency, year - 1)].OrderBy(v => v.Uri, StringComparer.Ordinal).ToList());
            result.Add(current with { Checks = [.. own, .. across] });
        }

        return result;
    }

    /// <summary>
    /// The cross-report results of one report against the reports of its agency's year before (ordered by URI), and the
    /// report itself with any legacy pair that year settled.
    /// </summary>
    internal static (ReportResult Current, List<CheckResult> Across) AgainstYearBefore(ReportView view, IReadOnlyList<ReportView> previous)
    {
        // A glued legacy pair the table left ambiguous may be settled by the year before (resolved_by cross_year).
        var current = previous.Count == 0 ? view : new ReportView(LegacyCrossYear.Resolve(view.Report, [.. previous.Select(static p => p.Report)]));
        var across = RuleCatalog.CrossReport
            .SelectMany(rule => previous.SelectMany(p => rule.Check(current, p)))
            .ToList();
        return (current.Report, across);
    }

    /// <summary>
    /// The cross-report rules over a set too large to hold in memory: a first pass reduces each report to what those
    /// rules read (<see cref="CrossReportIndex"/>), a second streams the full reports with the results appended.
    /// Gives the same results as <see cref="CheckAcross"/>.
    /// </summary>
    /// <param name="reports">Enumerates the reports; called twice, and must yield the same reports in the same order both times.</param>
    public static IEnumerable<ReportResult> CheckAcrossStreaming(Func<IEnumerable<ReportResult>> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        using var index = new CrossReportIndex();
        foreach (var report in reports())
        {
            index.Add(report);
        }

        var position = 0;
        foreach (var report in reports())
        {
            if (position >= index.Count)
            {
                throw new InvalidOperationException("the report source yielded more reports on its second pass than on its first");
            }

            yield return index.Apply(position++, report);
        }

        if (position != index.Count)
        {
            throw new InvalidOperationException("the report source yielded fewer reports on its second pass than on its first");
        }
    }
}
