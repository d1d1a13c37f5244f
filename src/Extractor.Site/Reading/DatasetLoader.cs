using System.Security.Cryptography;
using System.Text;
using Extractor.Site.Model;

namespace Extractor.Site.Reading;

/// <summary>
/// Reads a dataset folder into what the site needs: reports, checks, sections and diagnostics whole (small), cells as a
/// stream grouped by report (large).
/// </summary>
internal sealed class DatasetLoader
{
    private readonly DatasetFiles _files;

    public DatasetLoader(string folder) => _files = new DatasetFiles(folder);

    public bool HasReports => _files.Has("reports");

    public async Task<List<SiteReport>> ReportsAsync(CancellationToken ct)
    {
        var reports = new List<SiteReport>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var r in _files.ReadAsync("reports", ct).ConfigureAwait(false))
        {
            var id = r.Text("report_id") ?? string.Empty;
            if (!seen.Add(id))
            {
                // A merged dataset may list a report twice; the site shows it once.
                continue;
            }

            var agency = r.Text("agency");
            var name = NonEmpty(r.Text("agency_simplified")) ?? NonEmpty(agency) ?? "（未识别机关）";
            reports.Add(new SiteReport(
                id,
                FileKey(id),
                r.Text("source_uri") ?? string.Empty,
                r.Text("sha256") ?? string.Empty,
                r.Text("format") ?? "unknown",
                NonEmpty(r.Text("title")),
                NonEmpty(agency),
                name,
                Hash(name)[..12],
                r.Int("year"),
                r.Text("template") ?? "unknown",
                r.Text("script"),
                r.Text("status") ?? "unknown",
                NonEmpty(r.Text("published_at")),
                r.Int("checks_pass") ?? 0,
                r.Int("checks_fail") ?? 0,
                r.Int("checks_not_assessable") ?? 0,
                r.Int("diagnostics_count") ?? 0));
        }

        return reports;
    }

    public async Task<Dictionary<string, List<SiteCheck>>> ChecksAsync(CancellationToken ct)
    {
        var checks = new Dictionary<string, List<SiteCheck>>(StringComparer.Ordinal);
        await foreach (var r in _files.ReadAsync("checks", ct).ConfigureAwait(false))
        {
            var rule = r.Text("rule") ?? string.Empty;
            var outcome = r.Text("outcome") ?? string.Empty;
            var cross = rule.StartsWith("X-", StringComparison.Ordinal);

            // The site shows a passing check only as a count, and needs the evidence only of cross-year checks (to find
            // the earlier report; a report's own cells are on its page) and of a failing narrative check (the sentence it
            // quotes is on no table): kept lean, 10,000 reports fit in memory.
            var full = outcome != "pass";
            var cells = full ? r.Text("cells") : null;
            Add(checks, r.Text("report_id"), new SiteCheck(
                rule,
                r.Text("scope") ?? string.Empty,
                outcome,
                r.Text("severity") ?? string.Empty,
                full ? r.Decimal("expected") : null,
                full ? r.Decimal("actual") : null,
                full ? r.Text("message") : null,
                string.IsNullOrEmpty(cells) ? [] : cells.Split(';'),
                cross || (full && rule.StartsWith("NARR", StringComparison.Ordinal)) ? NonEmpty(r.Text("evidence")) : null));
        }

        return checks;
    }

    public async Task<Dictionary<string, List<SiteSection>>> SectionsAsync(CancellationToken ct)
    {
        var sections = new Dictionary<string, List<SiteSection>>(StringComparer.Ordinal);
        await foreach (var r in _files.ReadAsync("sections", ct).ConfigureAwait(false))
        {
            if (NonEmpty(r.Text("text")) is { } text)
            {
                Add(sections, r.Text("report_id"), new SiteSection(r.Text("section") ?? string.Empty, text));
            }
        }

        return sections;
    }

    public async Task<Dictionary<string, List<SiteDiagnostic>>> DiagnosticsAsync(CancellationToken ct)
    {
        var diagnostics = new Dictionary<string, List<SiteDiagnostic>>(StringComparer.Ordinal);
        await foreach (var r in _files.ReadAsync("diagnostics", ct).ConfigureAwait(false))
        {
            Add(diagnostics, r.Text("report_id"), new SiteDiagnostic(
                r.Text("code") ?? string.Empty, r.Text("severity") ?? string.Empty, r.Text("message"), NonEmpty(r.Text("at"))));
        }

        return diagnostics;
    }

    /// <summary>The pre-2019 statistics rows by report; none when the dataset has no `legacy_indicators` (older datasets).</summary>
    public async Task<Dictionary<string, List<SiteLegacyIndicator>>> LegacyIndicatorsAsync(CancellationToken ct)
    {
        var rows = new Dictionary<string, List<SiteLegacyIndicator>>(StringComparer.Ordinal);
        await foreach (var r in _files.ReadAsync("legacy_indicators", ct).ConfigureAwait(false))
        {
            var thisYearKind = r.Text("this_year_kind") ?? "missing";
            var cumulativeKind = r.Text("cumulative_kind") ?? "missing";
            Add(rows, r.Text("report_id"), new SiteLegacyIndicator(
                r.Int("position") ?? 0,
                r.Text("indicator") ?? "other",
                NonEmpty(r.Text("label")),
                NonEmpty(r.Text("unit")),
                thisYearKind == "number" ? r.Decimal("this_year") : null,
                thisYearKind,
                cumulativeKind == "number" ? r.Decimal("cumulative") : null,
                cumulativeKind,
                NonEmpty(r.Text("raw")),
                NonEmpty(r.Text("at"))));
        }

        return rows;
    }

    /// <summary>
    /// The cells, one group per run of consecutive rows of the same report (the writer emits each report's cells
    /// together); <paramref name="only"/> restricts to some reports.
    /// </summary>
    public async IAsyncEnumerable<(string ReportId, List<SiteCell> Cells)> CellRunsAsync(
        IReadOnlySet<string>? only, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        string? current = null;
        var run = new List<SiteCell>();
        await foreach (var r in _files.ReadAsync("cells", ct).ConfigureAwait(false))
        {
            var id = r.Text("report_id") ?? string.Empty;
            if (only is not null && !only.Contains(id))
            {
                continue;
            }

            if (id != current)
            {
                if (current is not null)
                {
                    yield return (current, run);
                    run = [];
                }

                current = id;
            }

            run.Add(new SiteCell(
                r.Text("table") ?? string.Empty,
                r.Text("row") ?? string.Empty,
                r.Text("col") ?? string.Empty,
                r.Text("kind") ?? string.Empty,
                r.Decimal("value"),
                r.Text("raw"),
                NonEmpty(r.Text("unit")),
                NonEmpty(r.Text("at"))));
        }

        if (current is not null)
        {
            yield return (current, run);
        }
    }

    /// <summary>A file name for a report id: the id itself when it is a plain token (the writer's 16 hex digits), else a hash of it.</summary>
    internal static string FileKey(string id) =>
        id.Length is > 0 and <= 64 && id.All(static c => char.IsAsciiDigit(c) || c is (>= 'a' and <= 'z') or '-' or '_') ? id : Hash(id)[..16];

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static void Add<T>(Dictionary<string, List<T>> map, string? id, T item)
    {
        id ??= string.Empty;
        if (!map.TryGetValue(id, out var list))
        {
            map[id] = list = [];
        }

        list.Add(item);
    }
}
