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

            var previous = byAgencyYear[(agency, year - 1)].OrderBy(v => v.Uri, StringComparer.Ordinal).ToList();
            var across = RuleCatalog.CrossReport
                .SelectMany(rule => previous.SelectMany(p => rule.Check(view, p)))
                .ToList();
            result.Add(view.Report with { Checks = [.. own, .. across] });
        }

        return result;
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
        var index = new CrossReportIndex();
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
