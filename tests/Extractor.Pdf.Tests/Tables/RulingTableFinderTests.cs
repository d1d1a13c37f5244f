using Extractor.Pdf.Geometry;
using Extractor.Pdf.Tables;
using Extractor.Pdf.Text;

namespace Extractor.Pdf.Tests.Tables;

/// <summary>
/// The ruling stages and the line builder were rewritten for speed (issue #10); on every input they must give what the
/// previous code gave, edge for edge and cell for cell. The previous code is kept in <see cref="RulingReference"/>.
/// </summary>
public class RulingTableFinderTests
{
    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 40; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MergeEdgesAndFindTables_RandomRuledPages_MatchThePreviousCode(int seed)
    {
        var edges = RuledPage(new Random(seed));

        var merged = EdgeBuilder.MergeEdges(edges);
        var reference = RulingReference.MergeEdges(edges);
        Assert.Equal(reference, merged);

        var tables = RulingTableFinder.FindTables(merged, page: 3);
        var expected = RulingReference.FindTables(reference, page: 3);
        Assert.Equal(expected.Count, tables.Count);
        for (var t = 0; t < tables.Count; t++)
        {
            Assert.Equal(expected[t].Page, tables[t].Page);
            Assert.Equal(expected[t].Bounds, tables[t].Bounds);
            Assert.Equal(expected[t].ColumnEdges, tables[t].ColumnEdges);
            Assert.Equal(expected[t].RowCount, tables[t].RowCount);
            Assert.Equal(expected[t].Cells, tables[t].Cells);
        }
    }

    [Fact]
    public void FindTables_RandomPages_FindSomeTablesWithSpans()
    {
        // The comparison above means something only if the random pages hold tables, merged cells and rules in pieces.
        var tables = Enumerable.Range(1, 40).SelectMany(static s => RulingTableFinder.FindTables(EdgeBuilder.MergeEdges(RuledPage(new Random(s))), 1)).ToList();
        Assert.True(tables.Count >= 40, $"{tables.Count} tables");
        Assert.Contains(tables, static t => t.Cells.Any(static c => c.RowSpan > 1 || c.ColumnSpan > 1));

        // And crossings with more than one edge of a direction through them (pieces of one rule that do not join).
        var shared = Enumerable.Range(1, 40).Count(static s =>
        {
            var crossings = RulingReference.EdgesToIntersections(EdgeBuilder.MergeEdges(RuledPage(new Random(s))));
            return crossings.Values.Any(static c => c.H.Count > 1 || c.V.Count > 1);
        });
        Assert.True(shared >= 5, $"{shared} pages with such crossings");
    }

    [Fact]
    public void FindTables_TwoTablesOnePage_TopOneFirst()
    {
        // Drawn bottom table first.
        var edges = new List<Edge>();
        Grid(edges, left: 50, top: 400, columns: [0, 100, 200], rows: [0, 20, 40]);
        Grid(edges, left: 50, top: 100, columns: [0, 80, 160, 240], rows: [0, 20]);

        var tables = RulingTableFinder.FindTables(EdgeBuilder.MergeEdges(edges), page: 1);

        Assert.Equal([100.0, 400.0], tables.Select(static t => t.Bounds.Top));
        Assert.Equal([3, 4], tables.Select(static t => t.Cells.Count));
        Assert.Equal([1, 2], tables.Select(static t => t.RowCount));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void GlyphsToLines_RandomGlyphsWithTies_MatchOrderByThenBy(int seed)
    {
        var random = new Random(seed);
        var glyphs = new List<Glyph>();
        for (var i = 0; i < 300; i++)
        {
            // Coarse coordinates so that many glyphs tie on the centre line and on the left edge.
            var top = random.Next(0, 30) * 6.0;
            var left = random.Next(0, 40) * 5.0;
            glyphs.Add(new Glyph(((char)('a' + (i % 26))).ToString(), new Box(left, top, left + 5, top + random.Next(5, 12)), 10));
        }

        var lines = LineBuilder.GlyphsToLines(glyphs, page: 2);
        var expected = ReferenceLines(glyphs);

        Assert.Equal(expected.Count, lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            Assert.Equal(expected[i], lines[i].Glyphs);
            Assert.Equal(2, lines[i].Page);
        }
    }

    /// <summary>A page of one to three ruled tables with missing rules, rules drawn in pieces and twice, jitter and noise.</summary>
    private static List<Edge> RuledPage(Random random)
    {
        var edges = new List<Edge>();
        var top = 40.0;
        for (var t = random.Next(1, 4); t > 0; t--)
        {
            var columns = Steps(random, random.Next(2, 8), 30, 120);
            var rows = Steps(random, random.Next(2, 12), 12, 40);
            var left = 30 + random.Next(0, 60);
            foreach (var y in rows)
            {
                for (var c = 0; c + 1 < columns.Count; c++)
                {
                    // Some inner rules are missing: their cells merge into spans.
                    if (y != rows[0] && y != rows[^1] && random.NextDouble() < 0.15)
                    {
                        continue;
                    }

                    Add(edges, random, true, top + y, left + columns[c], left + columns[c + 1]);
                }
            }

            foreach (var x in columns)
            {
                for (var r = 0; r + 1 < rows.Count; r++)
                {
                    if (x != columns[0] && x != columns[^1] && random.NextDouble() < 0.15)
                    {
                        continue;
                    }

                    Add(edges, random, false, left + x, top + rows[r], top + rows[r + 1]);
                }
            }

            top += rows[^1] + random.Next(10, 80);
        }

        for (var i = random.Next(0, 6); i > 0; i--)
        {
            // Underlines and stray strokes.
            var y = random.NextDouble() * 800;
            var x = random.NextDouble() * 500;
            edges.Add(new Edge(random.Next(2) == 0, y, x, x + (random.NextDouble() * 40)));
        }

        // The order paths are drawn in is not the reading order.
        return [.. edges.OrderBy(_ => random.Next())];
    }

    private static void Add(List<Edge> edges, Random random, bool horizontal, double position, double start, double end)
    {
        // Jitter across the rule within the snap tolerance; the rule sometimes stops short of the crossing rules (so
        // that two unjoined pieces of one line run through one crossing), is drawn in two pieces, or twice.
        var at = position + (random.Next(-2, 3) * 0.4);
        if (random.NextDouble() < 0.15)
        {
            start += random.Next(0, 3) * 1.25;
            end -= random.Next(0, 3) * 1.25;
        }

        if (random.NextDouble() < 0.2)
        {
            var middle = Math.Round((start + end) / 2);
            edges.Add(new Edge(horizontal, at, start, middle));
            edges.Add(new Edge(horizontal, at + (random.Next(-1, 2) * 0.5), middle + random.Next(0, 3), end));
            return;
        }

        edges.Add(new Edge(horizontal, at, start, end));
        if (random.NextDouble() < 0.1)
        {
            edges.Add(new Edge(horizontal, at, start, end));
        }
    }

    private static List<double> Steps(Random random, int count, int min, int max)
    {
        var steps = new List<double> { 0 };
        for (var i = 0; i < count; i++)
        {
            steps.Add(steps[^1] + random.Next(min, max));
        }

        return steps;
    }

    private static void Grid(List<Edge> edges, double left, double top, double[] columns, double[] rows)
    {
        foreach (var y in rows)
        {
            edges.Add(new Edge(true, top + y, left + columns[0], left + columns[^1]));
        }

        foreach (var x in columns)
        {
            edges.Add(new Edge(false, left + x, top + rows[0], top + rows[^1]));
        }
    }

    /// <summary>The line grouping before the rewrite: glyphs ordered with OrderBy/ThenBy, then the same banding.</summary>
    private static List<List<Glyph>> ReferenceLines(List<Glyph> glyphs)
    {
        var sorted = glyphs.OrderBy(static g => g.Box.CentreY).ThenBy(static g => g.Box.Left).ToList();
        var lines = new List<List<Glyph>>();
        var current = new List<Glyph>();
        double top = 0, bottom = 0;
        foreach (var glyph in sorted)
        {
            if (current.Count > 0)
            {
                var centre = glyph.Box.CentreY;
                var slack = 0.1 * (bottom - top);
                var overlaps = current.Any(o => Math.Min(o.Box.Right, glyph.Box.Right) - Math.Max(o.Box.Left, glyph.Box.Left) > 0.6 * Math.Min(o.Box.Width, glyph.Box.Width));
                if (centre >= top - slack && centre <= bottom + slack && !overlaps)
                {
                    current.Add(glyph);
                    top = Math.Min(top, glyph.Box.Top);
                    bottom = Math.Max(bottom, glyph.Box.Bottom);
                    continue;
                }

                current.Sort(static (a, b) => a.Box.Left.CompareTo(b.Box.Left));
                lines.Add(current);
                current = [];
            }

            current.Add(glyph);
            top = glyph.Box.Top;
            bottom = glyph.Box.Bottom;
        }

        if (current.Count > 0)
        {
            current.Sort(static (a, b) => a.Box.Left.CompareTo(b.Box.Left));
            lines.Add(current);
        }

        return lines;
    }
}
