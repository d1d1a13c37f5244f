namespace Extractor.Core.Documents;

/// <summary>How much of a table's structure the source gave us.</summary>
public enum TableLayout
{
    /// <summary>Rows and columns are real (HTML, PDF with rulings, markdown, one row per line text): a cell's Row and Column can be trusted.</summary>
    Grid,

    /// <summary>
    /// Rows are real but column positions are not: text renderings with one row per line drop merged cells, so a
    /// cell's Column counts cells on its line, not grid columns.
    /// </summary>
    Rows,

    /// <summary>Only the reading order of cells is known (text dumps with one cell per line): each row of the table holds one cell, and row boundaries must come from the template's labels.</summary>
    CellStream,
}
