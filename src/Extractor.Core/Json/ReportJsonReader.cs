using System.Text.Json;
using Extractor.Core.Records;

namespace Extractor.Core.Json;

/// <summary>
/// Reads back a report written by <see cref="ReportJsonWriter"/> (a spooled or stored result), so the datasets can be
/// rebuilt from the spool or the state alone. Enum names go through <see cref="ContractNames"/>: an unknown one throws.
/// </summary>
public static class ReportJsonReader
{
    /// <summary>Reads one report from its JSON text.</summary>
    public static ReportResult Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Read(doc);
    }

    /// <summary>Reads one report from its UTF-8 JSON bytes (a spooled line).</summary>
    public static ReportResult Read(ReadOnlyMemory<byte> utf8Json)
    {
        using var doc = JsonDocument.Parse(utf8Json);
        return Read(doc);
    }

    private static ReportResult Read(JsonDocument doc)
    {
        var r = doc.RootElement;
        var source = r.GetProperty("source");
        var sections = r.GetProperty("sections");
        return new ReportResult
        {
            Source = new ReportSource(Str(source, "uri"), Str(source, "sha256"), Str(source, "format")),
            Status = ContractNames.Statuses.Parse(Str(r, "status")),
            Title = StrOrNull(r, "title"),
            Agency = StrOrNull(r, "agency"),
            AgencySimplified = StrOrNull(r, "agency_simplified"),
            Year = r.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : null,
            Template = Str(r, "template"),
            Script = StrOrNull(r, "script"),
            PublishedAt = StrOrNull(r, "published_at"),
            Sections = new ReportSections(
                StrOrNull(sections, "overall"),
                StrOrNull(sections, "active"),
                StrOrNull(sections, "applications"),
                StrOrNull(sections, "appeals"),
                StrOrNull(sections, "problems"),
                StrOrNull(sections, "other")),
            Cells = [.. r.GetProperty("cells").EnumerateArray().Select(ReadCell)],
            Checks = [.. r.GetProperty("checks").EnumerateArray().Select(ReadCheck)],
            Diagnostics = [.. r.GetProperty("diagnostics").EnumerateArray().Select(ReadDiagnostic)],
        };
    }

    private static CellRecord ReadCell(JsonElement c) => new(
        Str(c, "table"),
        Str(c, "row"),
        Str(c, "col"),
        ContractNames.CellKinds.Parse(Str(c, "kind")),
        Dec(c, "value"),
        Str(c, "raw"),
        Str(c, "unit"),
        Str(c, "at"));

    private static CheckResult ReadCheck(JsonElement c) => new(
        Str(c, "rule"),
        Str(c, "scope"),
        ContractNames.Outcomes.Parse(Str(c, "outcome")),
        ReadSeverity(Str(c, "severity")),
        Dec(c, "expected"),
        Dec(c, "actual"),
        Str(c, "message"),
        [.. c.GetProperty("cells").EnumerateArray().Select(static e => e.GetString() ?? string.Empty)],
        [.. c.GetProperty("evidence").EnumerateArray().Select(static e => new CheckEvidence(Str(e, "ref"), Str(e, "raw"), Str(e, "at"), StrOrNull(e, "source")))]);

    private static Diagnostic ReadDiagnostic(JsonElement d)
        => new(Str(d, "code"), Str(d, "message"), Str(d, "at"), ReadSeverity(Str(d, "severity")));

    private static Severity ReadSeverity(string name) => ContractNames.Severities.Parse(name);

    private static string Str(JsonElement e, string name) => StrOrNull(e, name) ?? string.Empty;

    private static string? StrOrNull(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static decimal? Dec(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;
}
