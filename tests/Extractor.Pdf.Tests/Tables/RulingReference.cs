using Extractor.Pdf.Geometry;
using Extractor.Pdf.Tables;

namespace Extractor.Pdf.Tests.Tables;

/// <summary>
/// The ruling-table stages as they were before they were rewritten without LINQ and per-crossing hash sets (issue #10):
/// kept verbatim as the reference the new code must match on every input.
/// </summary>
internal static class RulingReference
{
    public static List<Edge> MergeEdges(List<Edge> edges)
    {
        var merged = new List<Edge>(edges.Count);
        foreach (var horizontal in new[] { true, false })
        {
            var group = edges.Where(e => e.IsHorizontal == horizontal).OrderBy(static e => e.Position).ToList();
            var start = 0;
            while (start < group.Count)
            {
                // Cluster by position: each edge within tolerance of the previous one joins the cluster.
                var end = start + 1;
                while (end < group.Count && group[end].Position - group[end - 1].Position <= EdgeBuilder.SnapTolerance)
                {
                    end++;
                }

                var position = group.Skip(start).Take(end - start).Average(static e => e.Position);
                var spans = group.Skip(start).Take(end - start).OrderBy(static e => e.Start).ToList();
                var (from, to) = (spans[0].Start, spans[0].End);
                foreach (var span in spans.Skip(1))
                {
                    if (span.Start <= to + EdgeBuilder.JoinTolerance)
                    {
                        to = Math.Max(to, span.End);
                    }
                    else
                    {
                        merged.Add(new Edge(horizontal, position, from, to));
                        (from, to) = (span.Start, span.End);
                    }
                }

                merged.Add(new Edge(horizontal, position, from, to));
                start = end;
            }
        }

        return merged;
    }

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

        return EdgesToTables(MergeEdges(framed), page);
    }

    /// <summary>The table's cells widened to every rule that touches them, e.g. column rules running on below the last closed row.</summary>
    private static Box TableFrame(Box cells, List<Edge> edges)
    {
        var frame = cells;
        var t = RulingTableFinder.IntersectionTolerance;
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

                if (vertical.Position >= horizontal.Start - RulingTableFinder.IntersectionTolerance
                    && vertical.Position <= horizontal.End + RulingTableFinder.IntersectionTolerance
                    && horizontal.Position >= vertical.Start - RulingTableFinder.IntersectionTolerance
                    && horizontal.Position <= vertical.End + RulingTableFinder.IntersectionTolerance)
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
            if (result.Count == 0 || value - result[^1] > RulingTableFinder.GridTolerance)
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
