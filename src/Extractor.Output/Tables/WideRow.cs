using Extractor.Core.Records;

namespace Extractor.Output.Tables;

/// <summary>A row of a wide table: one table row of one report, with its cells aligned to the table's column keys (null where the row has no such column).</summary>
internal readonly record struct WideRow(string ReportId, string Row, CellRecord?[] Cells);
