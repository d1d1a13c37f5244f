using System.Buffers;
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

    // The names written once per cell, check and evidence item, encoded once (a report has hundreds of each).
    private static readonly JsonEncodedText s_actual = JsonEncodedText.Encode("actual");
    private static readonly JsonEncodedText s_at = JsonEncodedText.Encode("at");
    private static readonly JsonEncodedText s_col = JsonEncodedText.Encode("col");
    private static readonly JsonEncodedText s_expected = JsonEncodedText.Encode("expected");
    private static readonly JsonEncodedText s_kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText s_message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText s_outcome = JsonEncodedText.Encode("outcome");
    private static readonly JsonEncodedText s_raw = JsonEncodedText.Encode("raw");
    private static readonly JsonEncodedText s_ref = JsonEncodedText.Encode("ref");
    private static readonly JsonEncodedText s_resolvedBy = JsonEncodedText.Encode("resolved_by");
    private static readonly JsonEncodedText s_row = JsonEncodedText.Encode("row");
    private static readonly JsonEncodedText s_rule = JsonEncodedText.Encode("rule");
    private static readonly JsonEncodedText s_scope = JsonEncodedText.Encode("scope");
    private static readonly JsonEncodedText s_severity = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText s_source = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText s_table = JsonEncodedText.Encode("table");
    private static readonly JsonEncodedText s_unit = JsonEncodedText.Encode("unit");
    private static readonly JsonEncodedText s_value = JsonEncodedText.Encode("value");

    /// <summary>A buffer kept for the next report on the same thread at most this large (a report line is ~100 KB).</summary>
    private const int MaxKeptBuffer = 1 << 20;

    /// <summary>
    /// The thread's last buffer and writer: a report's JSON is ~100 KB, and a writer over the stream grew a fresh buffer
    /// through the large-object heap for every report (each growth past 85 KB counts towards a full collection).
    /// </summary>
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? s_threadCached;

    /// <summary>Writes one report as a single line (without the newline).</summary>
    public static void Write(Stream output, ReportResult report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var (buffer, writer) = s_threadCached ?? (new ArrayBufferWriter<byte>(64 * 1024), new Utf8JsonWriter(Stream.Null, s_options));
        s_threadCached = null;
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        WriteReport(writer, report);
        writer.Flush();
        output.Write(buffer.WrittenSpan);
        if (buffer.Capacity <= MaxKeptBuffer)
        {
            s_threadCached = (buffer, writer);
        }
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
        WriteNullable(w, "read_by", r.Source.ReadBy);
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
            w.WriteString(s_table, c.Table);
            w.WriteString(s_row, c.Row);
            w.WriteString(s_col, c.Col);
            w.WriteString(s_kind, Name(c.Kind));
            WriteNullable(w, s_value, c.Value);
            w.WriteString(s_raw, c.Raw);
            w.WriteString(s_unit, c.Unit);
            w.WriteString(s_at, c.At);
            WriteNullable(w, s_resolvedBy, c.ResolvedBy);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("checks");
        foreach (var c in r.Checks)
        {
            w.WriteStartObject();
            w.WriteString(s_rule, c.Rule);
            w.WriteString(s_scope, c.Scope);
            w.WriteString(s_outcome, Name(c.Outcome));
            w.WriteString(s_severity, Name(c.Severity));
            WriteNullable(w, s_expected, c.Expected);
            WriteNullable(w, s_actual, c.Actual);
            w.WriteString(s_message, c.Message);
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
                w.WriteString(s_ref, e.Ref);
                w.WriteString(s_raw, e.Raw);
                w.WriteString(s_at, e.At);
                WriteNullable(w, s_source, e.Source);
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

        // Beyond the keys of SCHEMA.md §5, additive: section ranges, the pre-2019 statistics table, narrative statements.
        w.WriteStartObject("sections_at");
        foreach (var (key, _) in r.Sections.AsPairs())
        {
            WriteNullable(w, key, r.Sections.AtOf(key));
        }

        w.WriteEndObject();
        WriteLegacyIndicators(w, r.LegacyIndicators);
        WriteStatements(w, r.Statements);
        w.WriteEndObject();
    }

    private static void WriteLegacyIndicators(Utf8JsonWriter w, IReadOnlyList<LegacyIndicator> indicators)
    {
        w.WriteStartArray("legacy_indicators");
        foreach (var i in indicators)
        {
            w.WriteStartObject();
            w.WriteString("indicator", i.Key);
            w.WriteString("label", i.Label);
            w.WriteString("unit", i.Unit);
            WriteNullable(w, "this_year", i.ThisYear);
            w.WriteString("this_year_kind", Name(i.ThisYearKind));
            WriteNullable(w, "cumulative", i.Cumulative);
            w.WriteString("cumulative_kind", Name(i.CumulativeKind));
            w.WriteString("raw", i.Raw);
            WriteNullable(w, "resolved_by", i.ResolvedBy);
            w.WriteStartArray("candidates");
            foreach (var c in i.Candidates)
            {
                w.WriteStringValue(c);
            }

            w.WriteEndArray();
            w.WriteString("at", i.At);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteStatements(Utf8JsonWriter w, IReadOnlyList<NarrativeStatementRecord> statements)
    {
        w.WriteStartArray("statements");
        foreach (var s in statements)
        {
            w.WriteStartObject();
            w.WriteString("quantity", s.Quantity);
            w.WriteNumber("value", s.Value);
            w.WriteString("unit", s.Unit);
            w.WriteString("section", s.Section);
            w.WriteString("phrase", s.Phrase);
            w.WriteString("sentence", s.Sentence);
            w.WriteString("at", s.At);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    // The few names written once per report (title, year, sections' at) are encoded where they are written; the names of
    // every cell and check are encoded once (the s_ fields).
    private static void WriteNullable(Utf8JsonWriter w, string name, string? value) => WriteNullable(w, JsonEncodedText.Encode(name, s_options.Encoder), value);

    private static void WriteNullable(Utf8JsonWriter w, string name, decimal? value) => WriteNullable(w, JsonEncodedText.Encode(name, s_options.Encoder), value);

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

    private static void WriteNullable(Utf8JsonWriter w, JsonEncodedText name, string? value)
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

    private static void WriteNullable(Utf8JsonWriter w, JsonEncodedText name, decimal? value)
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
}
