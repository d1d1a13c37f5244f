using System.Text.RegularExpressions;
using Extractor.Pdf.Geometry;
using Extractor.Pdf.Text;

namespace Extractor.Pdf.Tables;

/// <summary>
/// Fallback for tables printed without rules (a border:none HTML table exported to PDF, or the 第二十条 tables some
/// agencies lay out with tabs): consecutive lines broken into several chunks by wide gaps, at least one chunk a
/// number, form a table whose columns are the x-ranges the chunks share. Chinese prose is justified without wide gaps,
/// so it never splits into chunks.
/// </summary>
internal static partial class WordAlignmentTableFinder
{
    /// <summary>A gap wider than this many font sizes separates two cells of one row.</summary>
    public const double ColumnGap = 1.0;

    /// <summary>Rows further apart than this many line heights belong to different tables.</summary>
    public const double RowGap = 2.5;

    /// <summary>Finds tables among <paramref name="lines"/> (top to bottom) and returns them with the lines left over.</summary>
    public static (List<FoundTable> Tables, List<TextLine> Remaining) FindTables(List<TextLine> lines, int page)
    {
        var tables = new List<FoundTable>();
        var rest = new List<TextLine>();
        var run = new List<(TextLine Line, List<Chunk> Chunks)>();

        void Flush()
        {
            if (run.Count >= 2 && run.Any(static r => r.Chunks.Any(static c => NumberPattern().IsMatch(c.Text))))
            {
                tables.Add(RunToTable(run, page));
            }
            else
            {
                rest.AddRange(run.Select(static r => r.Line));
            }

            run.Clear();
        }

        foreach (var line in lines)
        {
            // Most lines are prose without a wide gap: one chunk, whose box and text would be thrown away.
            var chunks = HasWideGap(line) ? LineToChunks(line) : null;
            if (chunks is null || chunks.Count < 2)
            {
                Flush();
                rest.Add(line);
                continue;
            }

            if (run.Count > 0 && line.Box.Top - run[^1].Line.Box.Bottom > RowGap * line.Size)
            {
                Flush();
            }

            run.Add((line, chunks));
        }

        Flush();
        rest.Sort(static (a, b) => a.Box.Top.CompareTo(b.Box.Top));
        return (tables, rest);
    }

    private static bool HasWideGap(TextLine line)
    {
        for (var i = 1; i < line.Glyphs.Count; i++)
        {
            if (line.Glyphs[i].Box.Left - line.Glyphs[i - 1].Box.Right > ColumnGap * line.Size)
            {
                return true;
            }
        }

        return false;
    }

    private static List<Chunk> LineToChunks(TextLine line)
    {
        var chunks = new List<Chunk>();
        var current = new List<Glyph> { line.Glyphs[0] };
        for (var i = 1; i < line.Glyphs.Count; i++)
        {
            var gap = line.Glyphs[i].Box.Left - line.Glyphs[i - 1].Box.Right;
            if (gap > ColumnGap * line.Size)
            {
                chunks.Add(new Chunk(current));
                current = [];
            }

            current.Add(line.Glyphs[i]);
        }

        chunks.Add(new Chunk(current));
        return chunks;
    }

    private static FoundTable RunToTable(List<(TextLine Line, List<Chunk> Chunks)> run, int page)
    {
        // Column bands: x-ranges of chunks merged wherever they overlap across rows.
        var bands = new List<(double Left, double Right)>();
        foreach (var chunk in run.SelectMany(static r => r.Chunks).OrderBy(static c => c.Box.Left))
        {
            if (bands.Count > 0 && chunk.Box.Left <= bands[^1].Right)
            {
                bands[^1] = (bands[^1].Left, Math.Max(bands[^1].Right, chunk.Box.Right));
            }
            else
            {
                bands.Add((chunk.Box.Left, chunk.Box.Right));
            }
        }

        var cells = new List<GridCell>();
        for (var row = 0; row < run.Count; row++)
        {
            foreach (var group in run[row].Chunks.GroupBy(c => bands.FindIndex(b => c.Box.CentreX >= b.Left && c.Box.CentreX <= b.Right)))
            {
                var box = group.Select(static c => c.Box).Aggregate(static (a, b) => a.Union(b));
                cells.Add(new GridCell(row, Math.Max(0, group.Key), 1, 1, box, page)
                {
                    Text = string.Join(" ", group.Select(static c => c.Text)),
                });
            }
        }

        var bounds = cells.Select(static c => c.Box).Aggregate(static (a, b) => a.Union(b));
        var edges = bands.Select(static b => b.Left).Append(bands[^1].Right).ToList();
        return new FoundTable(page, bounds, edges, run.Count, cells);
    }

    [GeneratedRegex(@"^[\d.,%]+$")]
    private static partial Regex NumberPattern();

    private sealed class Chunk(List<Glyph> glyphs)
    {
        public Box Box { get; } = glyphs.Select(static g => g.Box).Aggregate(static (a, b) => a.Union(b));

        public string Text { get; } = TextJoiner.LineToText(glyphs, isCell: true);
    }
}
