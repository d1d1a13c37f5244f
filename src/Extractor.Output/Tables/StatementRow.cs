using Extractor.Core.Records;

namespace Extractor.Output.Tables;

/// <summary>A row of `statements`.</summary>
internal readonly record struct StatementRow(string ReportId, int Index, NarrativeStatementRecord Statement);
