using Extractor.Core.Records;

namespace Extractor.Output.Tables;

/// <summary>A row of `cells`.</summary>
internal readonly record struct CellRow(string ReportId, CellRecord Cell);
