using System.Text.RegularExpressions;
using Extractor.Core.Documents;

namespace Extractor.Pdf.Text;

/// <summary>
/// Joins lines into paragraphs, also across a page break. Chinese reports indent a paragraph's first line by two
/// characters and leave its last line short, and headings (一、… （一）…) stand on their own line, so a paragraph
/// ends at a short line, an indented line, a heading marker, a change of font size or a wider gap than usual.
/// </summary>
internal sealed partial class ParagraphBuilder
{
    private readonly Dictionary<int, (double Left, double Right, double Pitch)> _pages = [];

    /// <summary>Learns each page's text margins and line pitch from all its narrative lines.</summary>
    public ParagraphBuilder(IEnumerable<TextLine> allLines)
    {
        var all = allLines.ToList();
        var fallback = Measure(all);
        foreach (var page in all.GroupBy(static l => l.Page))
        {
            var lines = page.ToList();
            _pages[page.Key] = lines.Count >= 5 ? Measure(lines) : fallback;
        }
    }

    /// <summary>Turns a run of lines with nothing else between them into paragraphs.</summary>
    public List<TextBlock> LinesToParagraphs(IReadOnlyList<TextLine> lines)
    {
        var blocks = new List<TextBlock>();
        var current = new List<TextLine>();
        foreach (var line in lines)
        {
            if (current.Count > 0 && Breaks(current[^1], line))
            {
                blocks.Add(ToBlock(current));
                current = [];
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            blocks.Add(ToBlock(current));
        }

        return blocks;
    }

    private bool Breaks(TextLine previous, TextLine next)
    {
        var before = _pages[previous.Page];
        var after = _pages[next.Page];
        var size = Math.Max(previous.Size, next.Size);
        if (Math.Abs(previous.Size - next.Size) > 0.15 * size)
        {
            return true;
        }

        if (previous.Box.Right < before.Right - (2 * previous.Size))
        {
            return true;
        }

        if (next.Box.Left > after.Left + (1.2 * next.Size))
        {
            return true;
        }

        var firstText = TextJoiner.LineToText(next.Glyphs, isCell: false);
        if (HeadingPattern().IsMatch(firstText))
        {
            return true;
        }

        return previous.Page == next.Page && next.Box.Top - previous.Box.Top > 1.6 * before.Pitch;
    }

    private static TextBlock ToBlock(List<TextLine> lines) =>
        new(
            TextJoiner.LinesToText(lines, isCell: false),
            false,
            new SourceLocation(Page: lines[0].Page, X: Math.Round(lines[0].Box.Left, 1), Y: Math.Round(lines[0].Box.Top, 1)));

    private static (double Left, double Right, double Pitch) Measure(List<TextLine> lines)
    {
        if (lines.Count == 0)
        {
            return (0, double.MaxValue, double.MaxValue);
        }

        var lefts = lines.Select(static l => l.Box.Left).Order().ToList();
        var rights = lines.Select(static l => l.Box.Right).Order().ToList();
        var pitches = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var d = lines[i].Box.Top - lines[i - 1].Box.Top;
            if (lines[i].Page == lines[i - 1].Page && d > 0 && d < 3 * lines[i].Size)
            {
                pitches.Add(d);
            }
        }

        pitches.Sort();
        var pitch = pitches.Count > 0 ? pitches[pitches.Count / 2] : 2 * lines.Average(static l => l.Size);
        return (lefts[lefts.Count / 4], rights[rights.Count / 2], pitch);
    }

    [GeneratedRegex(@"^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[章节条])")]
    private static partial Regex HeadingPattern();
}
