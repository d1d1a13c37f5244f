using Extractor.Core.Records;

namespace Extractor.Core.Json;

/// <summary>
/// The one table of the contract's enum spellings (SCHEMA.md §5), used by the JSON writer, the JSON reader and the
/// datasets. An enum value missing here, or a name read back that is not here, is a bug: both throw.
/// </summary>
internal static class ContractNames
{
    public static NameTable<ReportStatus> Statuses { get; } = new(
        (ReportStatus.Parsed, "parsed"),
        (ReportStatus.Partial, "partial"),
        (ReportStatus.Failed, "failed"),
        (ReportStatus.NotAReport, "not_a_report"));

    public static NameTable<CellKind> CellKinds { get; } = new(
        (CellKind.Number, "number"),
        (CellKind.Blank, "blank"),
        (CellKind.Na, "na"),
        (CellKind.Text, "text"));

    public static NameTable<CheckOutcome> Outcomes { get; } = new(
        (CheckOutcome.Pass, "pass"),
        (CheckOutcome.Fail, "fail"),
        (CheckOutcome.NotAssessable, "not_assessable"));

    public static NameTable<Severity> Severities { get; } = new(
        (Severity.Info, "info"),
        (Severity.Warning, "warning"),
        (Severity.Error, "error"));
}
