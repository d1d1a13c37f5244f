using Extractor.Core.Documents;
using Extractor.Core.Records;
using Extractor.Core.Text;

namespace Extractor.Core.Reading.Docx;

/// <summary>
/// Turns the body as read into the document model: paragraphs into text blocks, tables onto grids with their cells'
/// content joined into text. A table of one single cell is a layout frame (some reports put the whole text in a boxed
/// cell), so its content is read as body content instead.
/// </summary>
internal static class DocxBlockBuilder
{
    /// <summary>The blocks of <paramref name="body"/> in order; tables are numbered from 1.</summary>
    /// <param name="body">The body's paragraphs and tables.</param>
    /// <param name="diagnostics">Receives layout repairs.</param>
    /// <param name="cancellation">The document's budget or the run's stop, checked per node and per table row.</param>
    public static IReadOnlyList<Block> NodesToBlocks(IReadOnlyList<DocxNode> body, ICollection<Diagnostic> diagnostics, CancellationToken cancellation = default)
    {
        var blocks = new List<Block>();
        var tables = 0;
        Add(body, blocks, ref tables, diagnostics, cancellation);
        return blocks;
    }

    /// <summary>A cell's text: its paragraphs, and the cells of any nested table row by row, joined (Chinese without a space).</summary>
    public static string CellText(DocxCell cell) => InlineTextBuilder.Join([.. Texts(cell.Content)]);

    private static void Add(IReadOnlyList<DocxNode> nodes, List<Block> blocks, ref int tables, ICollection<Diagnostic> diagnostics, CancellationToken cancellation)
    {
        foreach (var node in nodes)
        {
            cancellation.ThrowIfCancellationRequested();
            switch (node)
            {
                case DocxParagraph { Text.Length: > 0 } paragraph:
                    blocks.Add(new TextBlock(paragraph.Text, paragraph.IsHeading, SourceLocation.None));
                    break;
                case DocxTable { Rows: [{ Cells: [var frame] }] }:
                    Add(frame.Content, blocks, ref tables, diagnostics, cancellation);
                    break;
                case DocxTable table when table.Cells.Any():
                    tables++;
                    var grid = DocxTableGrid.RowsToGrid(table, tables, CellText, diagnostics, cancellation);
                    blocks.Add(new TableBlock(grid, TableLayout.Grid, new SourceLocation(Table: tables)));
                    break;
                default:
                    break;
            }
        }
    }

    private static IEnumerable<string> Texts(IEnumerable<DocxNode> nodes)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case DocxParagraph paragraph:
                    yield return paragraph.Text;
                    break;
                case DocxTable table:
                    foreach (var text in table.Cells.SelectMany(static c => Texts(c.Content)))
                    {
                        yield return text;
                    }

                    break;
                default:
                    break;
            }
        }
    }
}
