using System.Text.Json;
using Extractor.Core.Templates;
using Extractor.Site.Model;
using Extractor.Site.Reading;

namespace Extractor.Site.Writing;

/// <summary>Writes the data files of the site (under <c>data/</c>) from a dataset folder.</summary>
internal sealed class SiteWriter
{
    private static readonly string[] s_severityOrder = ["error", "warning", "info"];

    private readonly DatasetLoader _loader;
    private readonly SiteOptions _options;

    public SiteWriter(DatasetLoader loader, SiteOptions options)
    {
        _loader = loader;
        _options = options;
    }

    /// <summary>
    /// Writes everything into <paramref name="buildDir"/>, archived copies included, so every link stays inside the site
    /// wherever it is moved. Returns the number of reports.
    /// </summary>
    public async Task<int> WriteAsync(string buildDir, CancellationToken ct)
    {
        var reports = await _loader.ReportsAsync(ct).ConfigureAwait(false);
        var checks = await _loader.ChecksAsync(ct).ConfigureAwait(false);
        var sections = await _loader.SectionsAsync(ct).ConfigureAwait(false);
        var diagnostics = await _loader.DiagnosticsAsync(ct).ConfigureAwait(false);
        var legacy = await _loader.LegacyIndicatorsAsync(ct).ConfigureAwait(false);
        var byId = reports.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var data = Path.Combine(buildDir, "data");
        var quantities = new Dictionary<string, KeyQuantities>(StringComparer.Ordinal);
        var archive = new SiteArchive(buildDir, _options);

        // Cells stream by report; a report whose cells come in several runs (a merged dataset) is written again at the
        // end with all of them.
        var written = new HashSet<string>(StringComparer.Ordinal);
        var split = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var (id, cells) in _loader.CellRunsAsync(null, ct).ConfigureAwait(false))
        {
            if (!written.Add(id))
            {
                split.Add(id);
            }
            else if (byId.TryGetValue(id, out var report))
            {
                await WriteReportAsync(report, cells).ConfigureAwait(false);
            }
        }

        if (split.Count > 0)
        {
            var all = new Dictionary<string, List<SiteCell>>(StringComparer.Ordinal);
            await foreach (var (id, cells) in _loader.CellRunsAsync(split, ct).ConfigureAwait(false))
            {
                if (!all.TryGetValue(id, out var list))
                {
                    all[id] = list = [];
                }

                list.AddRange(cells);
            }

            foreach (var (id, cells) in all)
            {
                if (byId.TryGetValue(id, out var report))
                {
                    File.Delete(ReportPath(report));
                    await WriteReportAsync(report, cells).ConfigureAwait(false);
                }
            }
        }

        // Reports without any cell (legacy, not a report, failed) still get a page.
        foreach (var report in reports.Where(r => !written.Contains(r.Id)))
        {
            await WriteReportAsync(report, []).ConfigureAwait(false);
        }

        var findings = Findings(reports, checks);
        await WriteTemplatesAsync(Path.Combine(data, "templates.js"), ct).ConfigureAwait(false);
        await WriteFindingsAsync(Path.Combine(data, "findings.js"), findings, ct).ConfigureAwait(false);
        await WriteOverviewAsync(Path.Combine(data, "overview.js"), reports, checks, findings, ct).ConfigureAwait(false);
        foreach (var agency in reports.GroupBy(r => r.AgencyKey))
        {
            await WriteAgencyAsync(Path.Combine(data, "agencies", agency.Key + ".js"), [.. agency], checks, quantities, legacy, ct).ConfigureAwait(false);
        }

        return reports.Count;

        string ReportPath(SiteReport r) => Path.Combine(data, "reports", r.FileKey + ".js");

        async Task WriteReportAsync(SiteReport report, List<SiteCell> cells)
        {
            quantities[report.Id] = KeyQuantities.From(cells);
            var copy = await archive.CopyAsync(report, ct).ConfigureAwait(false);
            await ReportPageData.WriteAsync(
                ReportPath(report),
                report,
                cells,
                checks.GetValueOrDefault(report.Id) ?? [],
                sections.GetValueOrDefault(report.Id) ?? [],
                diagnostics.GetValueOrDefault(report.Id) ?? [],
                legacy.GetValueOrDefault(report.Id) ?? [],
                ReportLinks.For(report.SourceUri, copy),
                ct).ConfigureAwait(false);
        }
    }

    /// <summary>Every failing check, errors first, then warnings, then information; within a severity by agency, year, rule.</summary>
    private static List<(SiteReport Report, SiteCheck Check)> Findings(List<SiteReport> reports, Dictionary<string, List<SiteCheck>> checks) =>
    [
        .. from r in reports
           from c in checks.GetValueOrDefault(r.Id) ?? []
           where c.Outcome == "fail"
           orderby SeverityRank(c.Severity), r.AgencyName, r.Year, c.Rule, r.Id
           select (r, c),
    ];

    private static int SeverityRank(string severity)
    {
        var i = Array.IndexOf(s_severityOrder, severity);
        return i < 0 ? s_severityOrder.Length : i;
    }

    private static Task WriteTemplatesAsync(string path, CancellationToken ct) => DataScript.WriteAsync(path, "templates", w =>
    {
        w.WriteStartObject();
        foreach (var template in new[] { TemplateCatalog.V2021, TemplateCatalog.V2019 })
        {
            w.WriteStartArray(template.Id);
            foreach (var table in template.Tables)
            {
                w.WriteStartObject();
                w.WriteString("key", table.Key);
                w.WriteString("heading", table.Heading);
                w.WriteStartArray("rows");
                foreach (var row in table.Rows)
                {
                    WriteRow(w, row);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        // Rows that a report may carry beyond its template (SCHEMA.md §3.2).
        w.WriteStartArray("extraRows");
        WriteRow(w, TemplateCatalog.OtherHandlingRow);
        w.WriteEndArray();
        w.WriteEndObject();
    }, ct);

    private static void WriteRow(Utf8JsonWriter w, RowDefinition row)
    {
        w.WriteStartObject();
        w.WriteString("key", row.Key);
        w.WriteString("label", row.Label);
        w.WriteStartArray("cols");
        foreach (var col in row.Columns)
        {
            w.WriteStartArray();
            w.WriteStringValue(col.Key);
            w.WriteStringValue(col.Label);
            w.WriteStringValue(col.Unit);
            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static Task WriteFindingsAsync(string path, List<(SiteReport Report, SiteCheck Check)> findings, CancellationToken ct) =>
        DataScript.WriteAsync(path, "findings", w =>
        {
            w.WriteStartObject();
            WriteFindingList(w, findings, "reports", "rows");
            w.WriteEndObject();
        }, ct);

    /// <summary>
    /// Findings with their reports: the reports once ([id, fileKey, agency, agencyKey, year, title]), then the findings
    /// pointing at them by index ([report, rule, severity, scope, expected, actual, message, cells]).
    /// </summary>
    private static void WriteFindingList(Utf8JsonWriter w, List<(SiteReport Report, SiteCheck Check)> findings, string reportsName, string rowsName)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        w.WriteStartArray(reportsName);
        foreach (var (r, _) in findings)
        {
            if (index.TryAdd(r.Id, index.Count))
            {
                WriteReportRef(w, r);
            }
        }

        w.WriteEndArray();
        w.WriteStartArray(rowsName);
        foreach (var (r, c) in findings)
        {
            WriteFinding(w, index[r.Id], c);
        }

        w.WriteEndArray();
    }

    private static void WriteReportRef(Utf8JsonWriter w, SiteReport r)
    {
        w.WriteStartArray();
        w.WriteStringValue(r.Id);
        w.WriteStringValue(r.FileKey);
        w.WriteStringValue(r.AgencyName);
        w.WriteStringValue(r.AgencyKey);
        DataScript.Int(w, r.Year);
        DataScript.Text(w, r.Title);
        w.WriteEndArray();
    }

    private static void WriteFinding(Utf8JsonWriter w, int report, SiteCheck c)
    {
        w.WriteStartArray();
        w.WriteNumberValue(report);
        w.WriteStringValue(c.Rule);
        w.WriteStringValue(c.Severity);
        w.WriteStringValue(c.Scope);
        DataScript.Number(w, c.Expected);
        DataScript.Number(w, c.Actual);
        DataScript.Text(w, c.Message);
        w.WriteStringValue(string.Join(';', c.Cells));
        w.WriteEndArray();
    }

    private static Task WriteOverviewAsync(
        string path,
        List<SiteReport> reports,
        Dictionary<string, List<SiteCheck>> checks,
        List<(SiteReport Report, SiteCheck Check)> findings,
        CancellationToken ct) => DataScript.WriteAsync(path, "overview", w =>
    {
        w.WriteStartObject();
        w.WriteNumber("reports", reports.Count);
        w.WriteNumber("findings", findings.Count);
        Counts("byYear", reports.GroupBy(r => r.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal));
        Counts("byTemplate", reports.GroupBy(r => r.Template).OrderBy(g => g.Key, StringComparer.Ordinal));
        Counts("byStatus", reports.GroupBy(r => r.Status).OrderBy(g => g.Key, StringComparer.Ordinal));
        Counts("byFormat", reports.GroupBy(r => r.Format).OrderBy(g => g.Key, StringComparer.Ordinal));

        // [rule, severity, pass, fail, not_assessable]
        w.WriteStartArray("rules");
        foreach (var rule in checks.Values.SelectMany(c => c).GroupBy(c => c.Rule).OrderBy(g => SeverityRank(g.First().Severity)).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            w.WriteStartArray();
            w.WriteStringValue(rule.Key);
            w.WriteStringValue(rule.First().Severity);
            w.WriteNumberValue(rule.Count(c => c.Outcome == "pass"));
            w.WriteNumberValue(rule.Count(c => c.Outcome == "fail"));
            w.WriteNumberValue(rule.Count(c => c.Outcome == "not_assessable"));
            w.WriteEndArray();
        }

        w.WriteEndArray();

        // [year, reports, reports with a failing error check, failing checks by severity: error, warning, info]
        w.WriteStartArray("years");
        foreach (var year in reports.Where(r => r.Year is not null).GroupBy(r => r.Year!.Value).OrderBy(g => g.Key))
        {
            var fails = year.SelectMany(r => checks.GetValueOrDefault(r.Id) ?? []).Where(c => c.Outcome == "fail").ToList();
            w.WriteStartArray();
            w.WriteNumberValue(year.Key);
            w.WriteNumberValue(year.Count());
            w.WriteNumberValue(year.Count(r => (checks.GetValueOrDefault(r.Id) ?? []).Any(c => c.Outcome == "fail" && c.Severity == "error")));
            foreach (var severity in s_severityOrder)
            {
                w.WriteNumberValue(fails.Count(c => c.Severity == severity));
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();

        // The findings that matter first: the first of the sorted list, with their reports.
        WriteFindingList(w, findings.Take(20).ToList(), "topReports", "top");

        // [key, name, reports, failing checks, first year, last year]
        w.WriteStartArray("agencies");
        foreach (var agency in reports.GroupBy(r => r.AgencyKey).OrderBy(g => g.First().AgencyName, StringComparer.Ordinal))
        {
            var years = agency.Where(r => r.Year is not null).Select(r => r.Year!.Value).ToList();
            w.WriteStartArray();
            w.WriteStringValue(agency.Key);
            w.WriteStringValue(agency.First().AgencyName);
            w.WriteNumberValue(agency.Count());
            w.WriteNumberValue(agency.Sum(r => r.ChecksFail));
            DataScript.Int(w, years.Count > 0 ? years.Min() : null);
            DataScript.Int(w, years.Count > 0 ? years.Max() : null);
            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteEndObject();

        void Counts(string name, IEnumerable<IGrouping<string, SiteReport>> groups)
        {
            w.WriteStartArray(name);
            foreach (var g in groups)
            {
                w.WriteStartArray();
                w.WriteStringValue(g.Key);
                w.WriteNumberValue(g.Count());
                w.WriteEndArray();
            }

            w.WriteEndArray();
        }
    }, ct);

    private static Task WriteAgencyAsync(
        string path,
        List<SiteReport> reports,
        Dictionary<string, List<SiteCheck>> checks,
        Dictionary<string, KeyQuantities> quantities,
        Dictionary<string, List<SiteLegacyIndicator>> legacy,
        CancellationToken ct) => DataScript.WriteAsync(path, "agency", w =>
    {
        var bySource = reports.GroupBy(r => r.SourceUri).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        w.WriteStartObject();
        w.WriteString("name", reports[0].AgencyName);
        w.WriteString("key", reports[0].AgencyKey);

        // [id, fileKey, year, title, template, status, pass, fail, notAssessable, {quantities}]
        w.WriteStartArray("reports");
        foreach (var r in reports.OrderBy(r => r.Year ?? int.MaxValue).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            w.WriteStartArray();
            w.WriteStringValue(r.Id);
            w.WriteStringValue(r.FileKey);
            DataScript.Int(w, r.Year);
            DataScript.Text(w, r.Title);
            w.WriteStringValue(r.Template);
            w.WriteStringValue(r.Status);
            w.WriteNumberValue(r.ChecksPass);
            w.WriteNumberValue(r.ChecksFail);
            w.WriteNumberValue(r.ChecksNotAssessable);
            // A pre-2019 report has no national tables: its chart points come from its old statistics table.
            var q = legacy.TryGetValue(r.Id, out var rows) && r.Template == "legacy"
                ? SiteLegacyIndicator.Quantities(rows)
                : quantities.GetValueOrDefault(r.Id);
            w.WriteStartObject();
            w.WritePropertyName("received");
            DataScript.Number(w, q?.Received);
            w.WritePropertyName("processed");
            DataScript.Number(w, q?.Processed);
            w.WritePropertyName("granted");
            DataScript.Number(w, q?.Granted);
            w.WritePropertyName("partial");
            DataScript.Number(w, q?.PartiallyGranted);
            w.WritePropertyName("withheld");
            DataScript.Number(w, q?.Withheld);
            w.WritePropertyName("unavailable");
            DataScript.Number(w, q?.Unavailable);
            w.WritePropertyName("reviews");
            DataScript.Number(w, q?.Reviews);
            w.WritePropertyName("lawsuits");
            DataScript.Number(w, q?.Lawsuits);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndArray();

        // The pre-2019 statistics rows: [fileKey, year, position, indicator, label, unit, thisYear, thisYearKind, cumulative, cumulativeKind]
        w.WriteStartArray("legacy");
        foreach (var r in reports.OrderBy(r => r.Year ?? int.MaxValue).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            foreach (var x in (legacy.GetValueOrDefault(r.Id) ?? []).OrderBy(x => x.Position))
            {
                w.WriteStartArray();
                w.WriteStringValue(r.FileKey);
                DataScript.Int(w, r.Year);
                ReportPageData.WriteLegacyFields(w, x);
                w.WriteEndArray();
            }
        }

        w.WriteEndArray();

        // Cross-year checks, placed between the year they check and the earlier report their evidence names:
        // [toFileKey, toYear, fromFileKey|null, fromYear|null, rule, scope, outcome, severity, expected, actual, message]
        w.WriteStartArray("cross");
        foreach (var r in reports.OrderBy(r => r.Year ?? int.MaxValue))
        {
            foreach (var c in (checks.GetValueOrDefault(r.Id) ?? []).Where(c => c.IsCrossYear))
            {
                var from = EarlierReport(c.Evidence, bySource);
                w.WriteStartArray();
                w.WriteStringValue(r.FileKey);
                DataScript.Int(w, r.Year);
                DataScript.Text(w, from?.FileKey);
                DataScript.Int(w, from?.Year ?? (r.Year - 1));
                w.WriteStringValue(c.Rule);
                w.WriteStringValue(c.Scope);
                w.WriteStringValue(c.Outcome);
                w.WriteStringValue(c.Severity);
                DataScript.Number(w, c.Expected);
                DataScript.Number(w, c.Actual);
                DataScript.Text(w, c.Message);
                w.WriteEndArray();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }, ct);

    /// <summary>The other report a cross-year check names in its evidence (the entry with a <c>source</c>).</summary>
    private static SiteReport? EarlierReport(string? evidence, Dictionary<string, SiteReport> bySource)
    {
        if (evidence is null)
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(evidence);
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            foreach (var e in doc.RootElement.EnumerateArray())
            {
                if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String
                    && bySource.TryGetValue(s.GetString()!, out var r))
                {
                    return r;
                }
            }
        }
        catch (JsonException)
        {
            // Shown on the report page as text; here the pair is just not linked.
        }

        return null;
    }
}
