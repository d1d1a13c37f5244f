using System.Text.Json;
using Extractor.Site.Model;

namespace Extractor.Site.Writing;

/// <summary>Writes <c>data/reports/KEY.js</c>: everything the report page shows for one report.</summary>
internal static class ReportPageData
{
    public static Task WriteAsync(
        string path,
        SiteReport report,
        IReadOnlyList<SiteCell> cells,
        IReadOnlyList<SiteCheck> checks,
        IReadOnlyList<SiteSection> sections,
        IReadOnlyList<SiteDiagnostic> diagnostics,
        IReadOnlyList<SiteLegacyIndicator> legacy,
        ReportLinks links,
        CancellationToken ct) => DataScript.WriteAsync(path, "report", w =>
    {
        w.WriteStartObject();
        w.WriteString("id", report.Id);
        w.WriteString("title", report.Title);
        w.WriteString("agency", report.Agency);
        w.WriteString("agencyName", report.AgencyName);
        w.WriteString("agencyKey", report.AgencyKey);
        w.WritePropertyName("year");
        DataScript.Int(w, report.Year);
        w.WriteString("template", report.Template);
        w.WriteString("script", report.Script);
        w.WriteString("status", report.Status);
        w.WriteString("format", report.Format);
        w.WriteString("publishedAt", report.PublishedAt);
        w.WriteString("sourceUri", report.SourceUri);
        w.WriteString("sourceHref", links.Source);
        w.WriteString("archiveHref", links.Archive.Href);
        w.WriteString("archiveState", links.Archive.State);
        w.WritePropertyName("archiveBytes");
        DataScript.Number(w, links.Archive.Bytes);
        w.WritePropertyName("archiveMaxBytes");
        DataScript.Number(w, links.Archive.MaxBytes);
        w.WriteString("sha256", report.Sha256);
        w.WriteNumber("pass", report.ChecksPass);
        w.WriteNumber("fail", report.ChecksFail);
        w.WriteNumber("notAssessable", report.ChecksNotAssessable);

        // [table, row, col, kind, value, raw, unit, at]
        w.WriteStartArray("cells");
        foreach (var c in cells)
        {
            w.WriteStartArray();
            w.WriteStringValue(c.Table);
            w.WriteStringValue(c.Row);
            w.WriteStringValue(c.Col);
            w.WriteStringValue(c.Kind);
            DataScript.Number(w, c.Value);
            DataScript.Text(w, c.Raw);
            DataScript.Text(w, c.Unit);
            DataScript.Text(w, c.At);
            w.WriteEndArray();
        }

        w.WriteEndArray();

        // [rule, scope, outcome, severity, expected, actual, message, [cells], evidence]; a passing check only as
        // [rule, scope, outcome, severity] (the page counts them), which keeps a report's file to a third.
        w.WriteStartArray("checks");
        foreach (var c in checks)
        {
            w.WriteStartArray();
            w.WriteStringValue(c.Rule);
            w.WriteStringValue(c.Scope);
            w.WriteStringValue(c.Outcome);
            w.WriteStringValue(c.Severity);
            if (c.Outcome != "pass")
            {
                DataScript.Number(w, c.Expected);
                DataScript.Number(w, c.Actual);
                DataScript.Text(w, c.Message);
                w.WriteStartArray();
                foreach (var cell in c.Cells)
                {
                    w.WriteStringValue(cell);
                }

                w.WriteEndArray();
                WriteEvidence(w, c.Evidence);
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();

        w.WriteStartArray("sections");
        foreach (var s in sections)
        {
            w.WriteStartArray();
            w.WriteStringValue(s.Section);
            w.WriteStringValue(s.Text);
            w.WriteEndArray();
        }

        w.WriteEndArray();

        w.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            w.WriteStartArray();
            w.WriteStringValue(d.Code);
            w.WriteStringValue(d.Severity);
            DataScript.Text(w, d.Message);
            DataScript.Text(w, d.At);
            w.WriteEndArray();
        }

        w.WriteEndArray();

        // The pre-2019 statistics table, as printed: [position, indicator, label, unit, thisYear, thisYearKind, cumulative, cumulativeKind, raw, at]
        w.WriteStartArray("legacy");
        foreach (var x in legacy.OrderBy(static x => x.Position))
        {
            w.WriteStartArray();
            WriteLegacyFields(w, x);
            DataScript.Text(w, x.Raw);
            DataScript.Text(w, x.At);
            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }, ct);

    /// <summary>A pre-2019 statistics row's fields as the report page and the agency page both list them: [position, indicator, label, unit, thisYear, thisYearKind, cumulative, cumulativeKind].</summary>
    internal static void WriteLegacyFields(Utf8JsonWriter w, SiteLegacyIndicator x)
    {
        w.WriteNumberValue(x.Position);
        w.WriteStringValue(x.Indicator);
        DataScript.Text(w, x.Label);
        DataScript.Text(w, x.Unit);
        DataScript.Number(w, x.ThisYear);
        w.WriteStringValue(x.ThisYearKind);
        DataScript.Number(w, x.Cumulative);
        w.WriteStringValue(x.CumulativeKind);
    }

    /// <summary>
    /// The evidence entries from other reports (cross-year checks name the earlier report's cell) and the narrative
    /// sentences a check quotes (NARR-NUM, ref `sections/…`); this report's own cells are on the page already with their raw text and location. Evidence that is not valid JSON is kept as text.
    /// </summary>
    private static void WriteEvidence(Utf8JsonWriter w, string? evidence)
    {
        if (evidence is null)
        {
            w.WriteNullValue();
            return;
        }

        try
        {
            using var doc = JsonDocument.Parse(evidence);
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                doc.RootElement.WriteTo(w);
                return;
            }

            w.WriteStartArray();
            foreach (var e in doc.RootElement.EnumerateArray())
            {
                if (e.ValueKind != JsonValueKind.Object || (e.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.String)
                    || (e.TryGetProperty("ref", out var r) && r.GetString() is { } rs && rs.StartsWith("sections/", StringComparison.Ordinal)))
                {
                    e.WriteTo(w);
                }
            }

            w.WriteEndArray();
        }
        catch (JsonException)
        {
            w.WriteStringValue(evidence);
        }
    }
}
