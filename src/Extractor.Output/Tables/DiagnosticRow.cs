using Extractor.Core.Records;

namespace Extractor.Output.Tables;

/// <summary>A row of `diagnostics`.</summary>
internal readonly record struct DiagnosticRow(string ReportId, Diagnostic Diagnostic);
