using Extractor.Core.Documents;

namespace Extractor.Core.Reading.Text;

/// <summary>
/// Turns a run of pipe lines into a table (SCHEMA.md §6). Two renderings exist: one cell per line ending in " |",
/// where a bare "|" is an empty cell and "||", "|||" are padding for short rows; and one row per line with " | "
/// between cells (also markdown, with its "|---|" separator lines).
/// </summary>
internal static class PipeTableParser
{
    public static TableBlock? Parse(string[] lines, int start, int end, int tableIndex)
    {
        var content = new List<(int Line, string Text)>();
        for (var i = start; i < end; i++)
        {
            var text = lines[i].Trim();
            if (!IsSeparator(text))
            {
                content.Add((i, text));
            }
        }

        if (content.Count == 0)
        {
            return null;
        }

        var multiCell = content.Count(static l => NonEmptySegments(l.Text) >= 2);
        var rowPerLine = multiCell * 10 >= content.Count * 3;
        var at = new SourceLocation(Line: start + 1, Table: tableIndex);
        return rowPerLine
            ? new TableBlock(RowsPerLine(content, tableIndex), TableLayout.Rows, at)
            : new TableBlock(CellPerLine(content, tableIndex), TableLayout.CellStream, at);
    }

    private static List<IReadOnlyList<TableCell>> RowsPerLine(List<(int Line, string Text)> content, int tableIndex)
    {
        // A leading pipe is a border when every line has one (markdown); otherwise it marks an empty first cell,
        // the place of a merged group label on continuation rows.
        var bordered = content.All(static l => l.Text.StartsWith('|'));
        var rows = new List<IReadOnlyList<TableCell>>(content.Count);
        foreach (var (line, text) in content)
        {
            var body = bordered ? text[1..] : text;
            var segments = body.Split('|');
            var count = body.EndsWith('|') ? segments.Length - 1 : segments.Length;
            var cells = new List<TableCell>(count);
            for (var c = 0; c < count; c++)
            {
                var at = new SourceLocation(Line: line + 1, Table: tableIndex, Row: rows.Count + 1, Column: c + 1);
                cells.Add(new TableCell(segments[c].Trim(), rows.Count, c, 1, 1, at));
            }

            rows.Add(cells);
        }

        return rows;
    }

    private static List<IReadOnlyList<TableCell>> CellPerLine(List<(int Line, string Text)> content, int tableIndex)
    {
        var rows = new List<IReadOnlyList<TableCell>>(content.Count);
        foreach (var (line, text) in content)
        {
            var at = new SourceLocation(Line: line + 1, Table: tableIndex);
            if (text == "|")
            {
                rows.Add([new TableCell(string.Empty, rows.Count, 0, 1, 1, at)]);
                continue;
            }

            // Text followed by pipes: the cell, then padding ("总计 | ||||"); pipes alone: padding only.
            var cell = text.TrimEnd('|', ' ', '\t');
            if (cell.Length == 0)
            {
                continue;
            }

            foreach (var part in cell.Split('|'))
            {
                if (part.Trim().Length > 0)
                {
                    rows.Add([new TableCell(part.Trim(), rows.Count, 0, 1, 1, at)]);
                }
            }
        }

        return rows;
    }

    private static int NonEmptySegments(string text) => text.Split('|').Count(static s => s.Trim().Length > 0);

    private static bool IsSeparator(string text) =>
        text.Length > 2 && text.All(static c => c is '|' or '-' or ':' or ' ') && text.Contains('-', StringComparison.Ordinal);
}
