using Extractor.Pdf.Geometry;

namespace Extractor.Pdf.Tables;

/// <summary>
/// Finds tables drawn with ruling lines, in pdfplumber's stages (table.py): merged edges → intersections → the
/// smallest closed cells → tables of cells sharing corners → a grid with row and column spans. Merged cells (the
/// three-row header of table 三, its vertical group label over some twenty rows) come out as one cell because no
/// rule crosses them.
/// </summary>
internal static class RulingTableFinder
{
    /// <summary>How far an edge may stop short of another and still meet it.</summary>
    public const double IntersectionTolerance = 3;

    /// <summary>Grid lines closer than this are the same line when cells are put on a grid.</summary>
    public const double GridTolerance = 2;

    public static List<FoundTable> FindTables(List<Edge> mergedEdges, int page)
    {
        var tables = EdgesToTables(mergedEdges, page);
        if (tables.Count == 0)
        {
            return tables;
        }

        // Second pass with each table's outer frame drawn in: a table cut by a page break often lacks its bottom
        // (or, on the next page, its top) rule, which would leave the last row and any group label over it open.
        var framed = new List<Edge>(mergedEdges);
        foreach (var table in tables)
        {
            var frame = TableFrame(table.Bounds, mergedEdges);
            framed.Add(new Edge(true, frame.Top, frame.Left, frame.Right));
            framed.Add(new Edge(true, frame.Bottom, frame.Left, frame.Right));
            framed.Add(new Edge(false, frame.Left, frame.Top, frame.Bottom));
            framed.Add(new Edge(false, frame.Right, frame.Top, frame.Bottom));
        }

        return EdgesToTables(EdgeBuilder.MergeEdges(framed), page);
    }

    /// <summary>The table's cells widened to every rule that touches them, e.g. column rules running on below the last closed row.</summary>
    public static Box TableFrame(Box cells, List<Edge> edges)
    {
        var frame = cells;
        var t = IntersectionTolerance;
        foreach (var edge in edges)
        {
            var box = edge.IsHorizontal
                ? new Box(edge.Start, edge.Position, edge.End, edge.Position)
                : new Box(edge.Position, edge.Start, edge.Position, edge.End);
            if (box.Right >= cells.Left - t && box.Left <= cells.Right + t && box.Bottom >= cells.Top - t && box.Top <= cells.Bottom + t)
            {
                frame = frame.Union(box);
            }
        }

        return frame;
    }

    private static List<FoundTable> EdgesToTables(List<Edge> mergedEdges, int page)
    {
        var intersections = EdgesToIntersections(mergedEdges);
        var cells = IntersectionsToCells(intersections);
        return CellsToTables(cells)
            .Where(static t => t.Count >= 2)
            .Select(t => CellsToGrid(t, page))
            .OrderBy(static t => t.Bounds.Top)
            .ToList();
    }

    /// <summary>Each crossing of a horizontal and a vertical edge, with the edges through it.</summary>
    public static Dictionary<(double X, double Y), (HashSet<int> H, HashSet<int> V)> EdgesToIntersections(List<Edge> edges)
    {
        var result = new Dictionary<(double, double), (HashSet<int>, HashSet<int>)>();
        for (var v = 0; v < edges.Count; v++)
        {
            var vertical = edges[v];
            if (vertical.IsHorizontal)
            {
                continue;
            }

            for (var h = 0; h < edges.Count; h++)
            {
                var horizontal = edges[h];
                if (!horizontal.IsHorizontal)
                {
                    continue;
                }

                if (vertical.Position >= horizontal.Start - IntersectionTolerance
                    && vertical.Position <= horizontal.End + IntersectionTolerance
                    && horizontal.Position >= vertical.Start - IntersectionTolerance
                    && horizontal.Position <= vertical.End + IntersectionTolerance)
                {
                    var key = (vertical.Position, horizontal.Position);
                    if (!result.TryGetValue(key, out var through))
                    {
                        through = ([], []);
                        result[key] = through;
                    }

                    through.Item1.Add(h);
                    through.Item2.Add(v);
                }
            }
        }

        return result;
    }

    /// <summary>For each intersection, the smallest rectangle to its lower right whose four sides are drawn.</summary>
    public static List<Box> IntersectionsToCells(Dictionary<(double X, double Y), (HashSet<int> H, HashSet<int> V)> intersections)
    {
        var byX = intersections.Keys.GroupBy(static p => p.X).ToDictionary(static g => g.Key, static g => g.Select(static p => p.Y).Order().ToArray());
        var byY = intersections.Keys.GroupBy(static p => p.Y).ToDictionary(static g => g.Key, static g => g.Select(static p => p.X).Order().ToArray());
        var cells = new List<Box>();
        foreach (var point in intersections.Keys)
        {
            var (x, y) = point;
            var below = byX[x].Where(by => by > y);
            var right = byY[y].Where(rx => rx > x).ToArray();
            var found = false;
            foreach (var by in below)
            {
                if (!SharesEdge(intersections[point].V, intersections[(x, by)].V))
                {
                    // The vertical rule stops here: no cell below can be closed on the left.
                    break;
                }

                foreach (var rx in right)
                {
                    if (!SharesEdge(intersections[point].H, intersections[(rx, y)].H))
                    {
                        break;
                    }

                    if (intersections.TryGetValue((rx, by), out var corner)
                        && SharesEdge(corner.V, intersections[(rx, y)].V)
                        && SharesEdge(corner.H, intersections[(x, by)].H))
                    {
                        cells.Add(new Box(x, y, rx, by));
                        found = true;
                        break;
                    }
                }

                if (found)
                {
                    break;
                }
            }
        }

        return cells;
    }

    private static bool SharesEdge(HashSet<int> a, HashSet<int> b) => a.Overlaps(b);

    /// <summary>Groups cells that share a corner into tables.</summary>
    public static List<List<Box>> CellsToTables(List<Box> cells)
    {
        var parent = Enumerable.Range(0, cells.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var byCorner = new Dictionary<(double, double), int>();
        for (var i = 0; i < cells.Count; i++)
        {
            var c = cells[i];
            foreach (var corner in new[] { (c.Left, c.Top), (c.Right, c.Top), (c.Left, c.Bottom), (c.Right, c.Bottom) })
            {
                if (byCorner.TryGetValue(corner, out var j))
                {
                    parent[Find(i)] = Find(j);
                }
                else
                {
                    byCorner[corner] = i;
                }
            }
        }

        return Enumerable.Range(0, cells.Count)
            .GroupBy(Find)
            .Select(g => g.Select(i => cells[i]).ToList())
            .ToList();
    }

    /// <summary>Puts a table's cells on the grid formed by all their edges, giving each its row and column span.</summary>
    public static FoundTable CellsToGrid(List<Box> cells, int page)
    {
        var xs = Cluster(cells.SelectMany(static c => new[] { c.Left, c.Right }));
        var ys = Cluster(cells.SelectMany(static c => new[] { c.Top, c.Bottom }));
        var grid = new List<GridCell>(cells.Count);
        foreach (var cell in cells)
        {
            var row = IndexOf(ys, cell.Top);
            var column = IndexOf(xs, cell.Left);
            grid.Add(new GridCell(row, column, Math.Max(1, IndexOf(ys, cell.Bottom) - row), Math.Max(1, IndexOf(xs, cell.Right) - column), cell, page));
        }

        grid.Sort(static (a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Column.CompareTo(b.Column));
        var bounds = cells.Aggregate(static (a, b) => a.Union(b));
        return new FoundTable(page, bounds, xs, ys.Count - 1, grid);
    }

    private static List<double> Cluster(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var value in values.Order())
        {
            if (result.Count == 0 || value - result[^1] > GridTolerance)
            {
                result.Add(value);
            }
        }

        return result;
    }

    private static int IndexOf(List<double> lines, double value)
    {
        var best = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            if (Math.Abs(lines[i] - value) < Math.Abs(lines[best] - value))
            {
                best = i;
            }
        }

        return best;
    }
}
