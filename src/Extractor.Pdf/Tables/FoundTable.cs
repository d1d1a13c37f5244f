using Extractor.Pdf.Geometry;

namespace Extractor.Pdf.Tables;

/// <summary>A table found on a page: its outline, its column boundaries and its cells in grid order.</summary>
/// <param name="Page">1-based page the table starts on.</param>
/// <param name="Bounds">The outline on that page.</param>
/// <param name="ColumnEdges">The x of every column boundary, left to right.</param>
/// <param name="RowCount">Rows in the grid.</param>
/// <param name="Cells">Cells row by row, left to right.</param>
internal sealed record FoundTable(int Page, Box Bounds, IReadOnlyList<double> ColumnEdges, int RowCount, List<GridCell> Cells);
