using System.Globalization;
using AngleSharp.Dom;
using Extractor.Core.Documents;
using Extractor.Core.Reading.Text;
using Extractor.Core.Records;
using Extractor.Core.Text;
using Extractor.Html.Layout;
using Extractor.Html.Tables;

namespace Extractor.Html.Blocks;

/// <summary>Walks the DOM under the report body in document order and emits text lines, headings and tables.</summary>
internal sealed class BlockWalker
{
    /// <summary>Deeper than this (unclosed &lt;font&gt; soup can nest thousands deep) the walker reads the text flat instead of recursing.</summary>
    private const int MaxDepth = 200;

    /// <summary>The longest cell text after which the thread's text builder is kept for the next.</summary>
    private const int MaxKeptText = 16 * 1024;

    [ThreadStatic]
    private static InlineTextBuilder? s_textBuilder;

    private readonly List<Block> _blocks = [];
    private readonly List<Diagnostic> _diagnostics;
    private readonly InlineTextBuilder _line = new();
    private readonly IElement _root;
    private int _rootLength = -1;
    private int? _lineStart;
    private int _paragraphStart;
    private bool _paragraphBroken;
    private int _headingDepth;
    private int _preDepth;
    private int _tables;
    private int _chromeLines;
    private bool _flattened;

    private readonly CancellationToken _cancellation;
    private int _visited;

    private BlockWalker(List<Diagnostic> diagnostics, IElement root, CancellationToken cancellation)
    {
        _cancellation = cancellation;
        _diagnostics = diagnostics;
        _root = root;
    }

    /// <summary>Reads the blocks under <paramref name="root"/>, leaving out chrome.</summary>
    /// <param name="root">The report container, or the body when the page has none.</param>
    /// <param name="diagnostics">Receives layout repairs (cut spans, flattened nesting, dropped chrome lines).</param>
    /// <param name="cancellation">The document's budget or the run's stop, checked every few thousand nodes and per table row.</param>
    public static IReadOnlyList<Block> Walk(IElement root, List<Diagnostic> diagnostics, CancellationToken cancellation = default)
    {
        var walker = new BlockWalker(diagnostics, root, cancellation);
        walker.VisitChildren(root, 0);
        walker.EndParagraph();
        if (walker._flattened)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.LayoutRepaired,
                string.Create(CultureInfo.InvariantCulture, $"markup nested deeper than {MaxDepth} levels was read as flat text"),
                string.Empty,
                Severity.Info));
        }

        if (walker._chromeLines > 0)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.LayoutRepaired,
                string.Create(CultureInfo.InvariantCulture, $"{walker._chromeLines} page chrome line(s) (print, close, font size, QR code) were left out"),
                string.Empty,
                Severity.Info));
        }

        return walker._blocks;
    }

    /// <summary>The joined text of a table cell or heading: breaks and block boundaries join like whitespace, nested tables cell by cell.</summary>
    public static string ElementText(IElement element)
    {
        // The thread's builder (one per table cell was a visible share of the allocations); taken while in use, so a
        // builder left half-written by an exception is simply dropped.
        var builder = s_textBuilder ?? new InlineTextBuilder();
        s_textBuilder = null;
        AppendText(element, builder, 0);
        var text = builder.Flush();
        if (text.Length <= MaxKeptText)
        {
            // Not after a huge cell: the builder keeps its capacity.
            s_textBuilder = builder;
        }

        return text;
    }

    private static void AppendText(INode node, InlineTextBuilder builder, int depth)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (NodeKinds.AsText(child) is { } text)
            {
                builder.Append(text.Data);
            }
            else if (NodeKinds.AsElement(child) is { } element && !ChromeFilter.IsSkipped(element))
            {
                if (depth > MaxDepth)
                {
                    builder.Append(element.TextContent);
                    continue;
                }

                var block = HtmlTags.IsBlock(element.LocalName) || element.LocalName == "br";
                if (block)
                {
                    builder.Break();
                }

                AppendText(element, builder, depth + 1);
                if (block)
                {
                    builder.Break();
                }
            }
        }
    }

    private static int? LineOf(IElement? element) => element?.SourceReference?.Position.Line;

    private void VisitChildren(IElement parent, int depth)
    {
        // By index: the node list's enumerator is an allocation per element behind an interface.
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if ((++_visited & 0xFFF) == 0)
            {
                _cancellation.ThrowIfCancellationRequested();
            }

            if (NodeKinds.AsText(child) is { } text)
            {
                VisitText(text);
            }
            else if (NodeKinds.AsElement(child) is { } element)
            {
                VisitElement(element, depth + 1);
            }
        }
    }

    private void VisitText(IText text)
    {
        if (_preDepth > 0 && text.Data.Contains('\n', StringComparison.Ordinal))
        {
            // Inside <pre> a line end is a line end.
            var lines = text.Data.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    BreakLine();
                }

                AppendToLine(lines[i], text.ParentElement);
            }

            return;
        }

        AppendToLine(text.Data, text.ParentElement);
    }

    private void AppendToLine(string fragment, IElement? context)
    {
        if (_line.IsEmpty)
        {
            _lineStart ??= LineOf(context);
        }

        _line.Append(fragment);
        if (_line.IsEmpty)
        {
            _lineStart = null;
        }
    }

    private void VisitElement(IElement element, int depth)
    {
        if (ChromeFilter.IsSkipped(element) || IsChrome(element))
        {
            return;
        }

        var name = element.LocalName;
        if (depth > MaxDepth)
        {
            _flattened = true;
            AppendToLine(element.TextContent, element);
            return;
        }

        if (name == "br")
        {
            BreakLine();
            return;
        }

        if (name == "table")
        {
            VisitTable(element, depth);
            return;
        }

        var heading = HtmlTags.IsHeading(name);
        var block = heading || HtmlTags.IsBlock(name);
        if (block)
        {
            EndParagraph();
        }

        _headingDepth += heading ? 1 : 0;
        _preDepth += name == "pre" ? 1 : 0;
        VisitChildren(element, depth);
        if (block)
        {
            EndParagraph();
        }

        _headingDepth -= heading ? 1 : 0;
        _preDepth -= name == "pre" ? 1 : 0;
    }

    private bool IsChrome(IElement element)
    {
        if (!ChromeFilter.IsChromeElement(element))
        {
            return false;
        }

        // A chrome-looking class on an element that holds most of the page is a badly named wrapper, not chrome. The
        // root's text is joined only when asked (most pages have no chrome-looking element inside the report).
        if (_rootLength < 0)
        {
            _rootLength = _root.TextContent.Length;
        }

        return element.TextContent.Length * 2 <= _rootLength;
    }

    private void VisitTable(IElement table, int depth)
    {
        var rows = CollectRows(table, out var caption);
        var cellCount = rows.Sum(static r => r.Count);
        var nestedCells = DomSearch.Descendants(table, "table").Select(static t => DomSearch.Descendants(t, "td", "th").Count).DefaultIfEmpty(0).Max();

        // A one-cell table or a small table around a bigger one is page layout, not data: read through it.
        if (cellCount <= 1 || (nestedCells > 0 && cellCount < nestedCells))
        {
            EndParagraph();
            VisitChildren(table, depth);
            EndParagraph();
            return;
        }

        EndParagraph();
        if (caption is not null)
        {
            VisitElement(caption, depth + 1);
        }

        var raw = rows.Select(static r => (IReadOnlyList<RawCell>)r.Select(ToRawCell).ToList()).ToList();
        if (raw.All(static r => r.All(static c => c.Text.Length == 0)))
        {
            return;
        }

        _tables++;
        var grid = TableGridBuilder.RowsToGrid(raw, _tables, _diagnostics, RowGroupEnds(rows), _cancellation);
        _blocks.Add(new TableBlock(grid, TableLayout.Grid, new SourceLocation(Line: LineOf(table), Table: _tables)));
    }

    // rowspan=0 reaches to the end of the cell's row group (thead, tbody, tfoot), not of the table. A row is known by its
    // cells' parent; a row without cells joins the group before it.
    private static int[] RowGroupEnds(List<List<IElement>> rows)
    {
        var groups = new IElement?[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            groups[i] = rows[i].Count > 0 ? rows[i][0].ParentElement?.ParentElement : i > 0 ? groups[i - 1] : null;
        }

        var ends = new int[rows.Count];
        for (var i = rows.Count - 1; i >= 0; i--)
        {
            ends[i] = i + 1 < rows.Count && ReferenceEquals(groups[i], groups[i + 1]) ? ends[i + 1] : i + 1;
        }

        return ends;
    }

    private static RawCell ToRawCell(IElement cell) =>
        new(ElementText(cell), SpanOf(cell, "rowspan"), SpanOf(cell, "colspan"), LineOf(cell));

    /// <summary>Reads a span attribute the way browsers do: leading digits count, anything else (missing, "2;", "x") is 1, "0" stays 0.</summary>
    internal static int SpanOf(IElement cell, string attribute)
    {
        var value = DomSearch.Attribute(cell, attribute)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return 1;
        }

        var digits = 0;
        while (digits < value.Length && digits < 6 && char.IsAsciiDigit(value[digits]))
        {
            digits++;
        }

        return digits == 0 ? 1 : int.Parse(value.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>The rows of <paramref name="table"/> in source order (thead, tbody, tfoot and bare tr alike), each with its td/th cells.</summary>
    private static List<List<IElement>> CollectRows(IElement table, out IElement? caption)
    {
        caption = null;
        var rows = new List<List<IElement>>();
        foreach (var child in table.Children)
        {
            switch (child.LocalName)
            {
                case "caption":
                    caption ??= child;
                    break;
                case "tr":
                    rows.Add(CellsOf(child));
                    break;
                case "thead" or "tbody" or "tfoot":
                    rows.AddRange(child.Children.Where(static r => r.LocalName == "tr").Select(CellsOf));
                    break;
                default:
                    break;
            }
        }

        return rows;
    }

    private static List<IElement> CellsOf(IElement row) => row.Children.Where(static c => HtmlTags.IsCell(c.LocalName)).ToList();

    /// <summary>A &lt;br&gt; (or a line end inside &lt;pre&gt;): the line ends, the paragraph goes on.</summary>
    private void BreakLine()
    {
        FlushLine();
        _paragraphBroken = true;
    }

    /// <summary>
    /// A block boundary: the line and its paragraph end. When breaks cut a paragraph that reads as sentences, its
    /// pieces are marked as prose, so that no piece (其中网上&lt;br&gt;６件、当面３件…) is taken for a table row.
    /// </summary>
    private void EndParagraph()
    {
        FlushLine();
        if (_paragraphBroken && _blocks.Count - _paragraphStart >= 2)
        {
            MarkSentencePieces(_paragraphStart);
        }

        _paragraphBroken = false;
        _paragraphStart = _blocks.Count;
    }

    private void MarkSentencePieces(int start)
    {
        var joined = new System.Text.StringBuilder();
        for (var i = start; i < _blocks.Count; i++)
        {
            joined.Append((_blocks[i] as TextBlock)?.Text);
        }

        if (!SentencePieces.IsProseParagraph(joined.ToString()))
        {
            return;
        }

        for (var i = start; i < _blocks.Count; i++)
        {
            var next = i + 1 < _blocks.Count ? (_blocks[i + 1] as TextBlock)?.Text : null;
            if (_blocks[i] is TextBlock { IsHeading: false } piece && !SentencePieces.IsRowLine(piece.Text, next))
            {
                _blocks[i] = piece with { InSentence = true };
            }
        }
    }

    private void FlushLine()
    {
        var start = _lineStart;
        _lineStart = null;
        var text = _line.Flush();
        if (text.Length == 0)
        {
            return;
        }

        if (_headingDepth == 0 && ChromeFilter.IsChromeLine(text))
        {
            _chromeLines++;
            return;
        }

        _blocks.Add(new TextBlock(text, _headingDepth > 0, new SourceLocation(Line: start)));
    }
}
