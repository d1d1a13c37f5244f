using Extractor.Core.Records;

namespace Extractor.Output.Tables;

/// <summary>A row of `legacy_indicators`.</summary>
internal readonly record struct LegacyIndicatorRow(string ReportId, int Index, LegacyIndicator Indicator);
