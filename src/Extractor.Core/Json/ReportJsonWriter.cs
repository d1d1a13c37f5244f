using System.Text.Encodings.Web;
using System.Text.Json;
using Extractor.Core.Records;

namespace Extractor.Core.Json;

/// <summary>Writes reports as JSON Lines in the shape of SCHEMA.md §5: fixed key order, every key present, null where there is no value.</summary>
public static class ReportJsonWriter
{
    private static readonly JsonWriterOptions s_options = new()
    {
        // Chinese text stays readable; the output is UTF-8 and never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Writes one report as a single line (without the newline).</summary>
    public static void Write(Stream output, ReportResult report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        using var w = new Utf8JsonWriter(output, s_options);
        WriteReport(w, report);
    }

    /// <summary>Returns one report as a single JSON line (without the newline).</summary>
    public static string ToJson(ReportResult report)
    {
        using var buffer = new MemoryStream();
        Write(buffer, report);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The snake_case name of a report status as the contract spells it.</summary>
    public static string Name(ReportStatus status) => ContractNames.Statuses.Name(status);

    /// <summary>The contract's name of a cell kind.</summary>
    public static string Name(CellKind kind) => ContractNames.CellKinds.Name(kind);

    /// <summary>The contract's name of a check outcome.</summary>
    public static string Name(CheckOutcome outcome) => ContractNames.Outcomes.Name(outcome);

    /// <summary>The contract's name of a severity.</summary>
    public static string Name(Severity severity) => ContractNames.Severities.Name(severity);

    private static void WriteReport(Utf8JsonWriter w, ReportResult r)
    {
        w.WriteStartObject();
        w.WriteStartObject("source");
        w.WriteString("uri", r.Source.Uri);
        w.WriteString("sha256", r.Source.Sha256);
        w.WriteString("format", r.Source.Format);
        w.WriteEndObject();
        w.WriteString("status", Name(r.Status));
        WriteNullable(w, "title", r.Title);
        WriteNullable(w, "agency", r.Agency);
        WriteNullable(w, "agency_simplified", r.AgencySimplified);
        WriteNullable(w, "year", r.Year);
        w.WriteString("template", r.Template);
        WriteNullable(w, "script", r.Script);
        WriteNullable(w, "published_at", r.PublishedAt);

        w.WriteStartObject("sections");
        foreach (var (key, text) in r.Sections.AsPairs())
        {
            WriteNullable(w, key, text);
        }

        w.WriteEndObject();

        w.WriteStartArray("cells");
        foreach (var c in r.Cells)
        {
            w.WriteStartObject();
            w.WriteString("table", c.Table);
            w.WriteString("row", c.Row);
            w.WriteString("col", c.Col);
            w.WriteString("kind", Name(c.Kind));
            WriteNullable(w, "value", c.Value);
            w.WriteString("raw", c.Raw);
            w.WriteString("unit", c.Unit);
            w.WriteString("at", c.At);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("checks");
        foreach (var c in r.Checks)
        {
            w.WriteStartObject();
            w.WriteString("rule", c.Rule);
            w.WriteString("scope", c.Scope);
            w.WriteString("outcome", Name(c.Outcome));
            w.WriteString("severity", Name(c.Severity));
            WriteNullable(w, "expected", c.Expected);
            WriteNullable(w, "actual", c.Actual);
            w.WriteString("message", c.Message);
            w.WriteStartArray("cells");
            foreach (var key in c.Cells)
            {
                w.WriteStringValue(key);
            }

            w.WriteEndArray();
            w.WriteStartArray("evidence");
            foreach (var e in c.Evidence)
            {
                w.WriteStartObject();
                w.WriteString("ref", e.Ref);
                w.WriteString("raw", e.Raw);
                w.WriteString("at", e.At);
                WriteNullable(w, "source", e.Source);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("diagnostics");
        foreach (var d in r.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("code", d.Code);
            w.WriteString("severity", Name(d.Severity));
            w.WriteString("message", d.Message);
            w.WriteString("at", d.At);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is decimal d)
        {
            w.WriteNumber(name, d);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, int? value)
    {
        if (value is int i)
        {
            w.WriteNumber(name, i);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
