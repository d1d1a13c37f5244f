using Extractor.Core.Records;

namespace Extractor.Output.Tables;

/// <summary>A row of `reports`: the report with its id and check counts.</summary>
internal readonly record struct ReportRow(string ReportId, ReportResult Report, int ChecksPass, int ChecksFail, int ChecksNotAssessable, string? Withdrawn = null);
