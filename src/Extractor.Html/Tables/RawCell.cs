namespace Extractor.Html.Tables;

/// <summary>A table cell as written in the markup, before its place in the grid is known.</summary>
/// <param name="Text">The joined cell text.</param>
/// <param name="RowSpan">The rowspan attribute (0 means to the end of the table, as in HTML).</param>
/// <param name="ColumnSpan">The colspan attribute.</param>
/// <param name="Line">The source line of the cell's tag, when known.</param>
internal sealed record RawCell(string Text, int RowSpan, int ColumnSpan, int? Line);
