using Extractor.Core.Documents;
using Extractor.Core.Mapping;
using Extractor.Core.Reading.Text.Flat;
using Extractor.Core.Records;

namespace Extractor.Core.Reading.Text;

/// <summary>
/// Reads text dumps of report pages: pipe-rendered tables (one cell per line, or one row per line), markdown pipe
/// tables as PDF-to-markdown converters write them, and bare text where a table survives only as short lines.
/// </summary>
public sealed class TextReportReader : IDocumentReader
{
    /// <summary>A run of at least this many short lines holding numbers is read as a table of one cell per line.</summary>
    private const int MinimumCellRun = 6;

    /// <summary>Table cells are short; narrative lines are longer or end a sentence.</summary>
    private const int MaximumCellLength = 40;

    /// <summary>A line this long is a whole body dumped on one line rather than a paragraph.</summary>
    private const int MinimumInlineBody = 300;

    /// <inheritdoc/>
    public DocumentFormat Format => DocumentFormat.Text;

    /// <inheritdoc/>
    public ReportDocument Read(SourceDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        InputLimits.Check(source, InputLimits.Text, "text");
        var diagnostics = new List<Diagnostic>();
        var decoded = source.DecodedAs(DocumentFormat.Text) ?? TextDecoder.DecodeText(source.Content.Span, source.Charset);
        var text = decoded.Text;
        if (decoded.EncodingName != "utf-8")
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.Encoding, $"text decoded as {decoded.EncodingName}", string.Empty, Severity.Info));
        }

        var lines = LayoutRows.Rewrite(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'));
        return new ReportDocument(ReadBlocks(lines, diagnostics, source.Cancellation), diagnostics);
    }

    private static List<Block> ReadBlocks(string[] lines, List<Diagnostic> diagnostics, CancellationToken cancellation)
    {
        var blocks = new List<Block>();
        var tableIndex = 0;
        var i = 0;
        while (i < lines.Length)
        {
            // The document's budget or the run's stop, between lines (a flat body is one line, read at once).
            cancellation.ThrowIfCancellationRequested();
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                i++;
                continue;
            }

            // A crawler dump with the whole body on one line and the table cells glued together.
            if (FlatTextReader.IsFlatBody(line))
            {
                var flat = FlatTextReader.Read(line, i + 1, tableIndex, diagnostics);
                blocks.AddRange(flat);
                tableIndex += flat.Count(static b => b is TableBlock);
                i++;
                continue;
            }

            // The same dumps of reports without a national table (pre-2019): split the one line at its section headings.
            if (line.Length > MinimumInlineBody && InlineHeadingFinder.BodyToHeadings(line) is { Count: >= 2 } headings)
            {
                blocks.AddRange(LineToSections(line, headings, i + 1));
                i++;
                continue;
            }

            if (IsPipeLine(line))
            {
                var start = i;
                while (i < lines.Length && IsPipeLine(lines[i].Trim()))
                {
                    i++;
                }

                var table = PipeTableParser.Parse(lines, start, i, ++tableIndex);
                if (table is null)
                {
                    tableIndex--;
                }
                else
                {
                    blocks.Add(table);
                }

                continue;
            }

            var runEnd = ShortLineRunEnd(lines, i);
            if (runEnd > i)
            {
                blocks.Add(CellRunToTable(lines, i, runEnd, ++tableIndex));
                i = runEnd;
                continue;
            }

            var heading = line.StartsWith('#');
            var content = heading ? line.TrimStart('#').Trim() : line;
            blocks.Add(new TextBlock(content, heading, new SourceLocation(Line: i + 1)));
            i++;
        }

        return blocks;
    }

    private static IEnumerable<TextBlock> LineToSections(string line, List<InlineHeading> headings, int lineNumber)
    {
        var at = new SourceLocation(Line: lineNumber);
        if (line[..headings[0].Start].Trim() is { Length: > 0 } lead)
        {
            yield return new TextBlock(lead, false, at);
        }

        for (var h = 0; h < headings.Count; h++)
        {
            yield return new TextBlock(headings[h].TextIn(line).Trim(), false, at);
            var end = h + 1 < headings.Count ? headings[h + 1].Start : line.Length;
            if (line[headings[h].End..end].Trim() is { Length: > 0 } body)
            {
                yield return new TextBlock(body, false, at);
            }
        }
    }

    private static bool IsPipeLine(string trimmed) => trimmed.Length > 0 && (trimmed[^1] == '|' || trimmed[0] == '|');

    /// <summary>
    /// Where a run of short, non-narrative lines that holds numbers ends (exclusive), or <paramref name="start"/> when
    /// the lines there are not such a run. Blank lines inside the run are allowed: some dumps separate cells by them.
    /// </summary>
    private static int ShortLineRunEnd(string[] lines, int start)
    {
        int cells = 0, values = 0, end = start, i = start;
        while (i < lines.Length)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                i++;
                continue;
            }

            if (!IsCellLike(line))
            {
                break;
            }

            cells++;
            if (CellValueParser.Parse(line).Kind is CellKind.Number or CellKind.Na)
            {
                values++;
            }

            i++;
            end = i;
        }

        return cells >= MinimumCellRun && values >= 2 ? end : start;
    }

    private static bool IsCellLike(string line) =>
        line.Length <= MaximumCellLength
        && !IsPipeLine(line)
        && !line.StartsWith('#')
        && !line.Contains('。', StringComparison.Ordinal)
        && !SentencePieces.IsPiece(line)
        && SectionHeadings.Match(line) is null;

    private static TableBlock CellRunToTable(string[] lines, int start, int end, int tableIndex)
    {
        var rows = new List<IReadOnlyList<TableCell>>();
        for (var i = start; i < end; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var at = new SourceLocation(Line: i + 1, Table: tableIndex);
            rows.Add([new TableCell(text, rows.Count, 0, 1, 1, at)]);
        }

        return new TableBlock(rows, TableLayout.CellStream, new SourceLocation(Line: start + 1, Table: tableIndex));
    }
}
