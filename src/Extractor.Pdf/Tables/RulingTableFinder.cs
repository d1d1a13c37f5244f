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
        var tables = new List<FoundTable>();
        foreach (var group in CellsToTables(cells))
        {
            if (group.Count >= 2)
            {
                tables.Add(CellsToGrid(group, page));
            }
        }

        // Top to bottom; tables at the same height keep the order they were found in (a stable sort).
        for (var i = 1; i < tables.Count; i++)
        {
            var table = tables[i];
            var j = i - 1;
            while (j >= 0 && tables[j].Bounds.Top.CompareTo(table.Bounds.Top) > 0)
            {
                tables[j + 1] = tables[j];
                j--;
            }

            tables[j + 1] = table;
        }

        return tables;
    }

    /// <summary>Each crossing of a horizontal and a vertical edge, with the edges through it, in the order first found.</summary>
    public static Crossings EdgesToIntersections(List<Edge> edges)
    {
        var horizontals = new List<int>();
        var verticals = new List<int>();
        for (var i = 0; i < edges.Count; i++)
        {
            (edges[i].IsHorizontal ? horizontals : verticals).Add(i);
        }

        var result = new Crossings();
        foreach (var v in verticals)
        {
            var vertical = edges[v];
            foreach (var h in horizontals)
            {
                var horizontal = edges[h];
                if (vertical.Position >= horizontal.Start - IntersectionTolerance
                    && vertical.Position <= horizontal.End + IntersectionTolerance
                    && horizontal.Position >= vertical.Start - IntersectionTolerance
                    && horizontal.Position <= vertical.End + IntersectionTolerance)
                {
                    result.Add(vertical.Position, horizontal.Position, h, v);
                }
            }
        }

        return result;
    }

    /// <summary>For each intersection, the smallest rectangle to its lower right whose four sides are drawn.</summary>
    public static List<Box> IntersectionsToCells(Crossings intersections)
    {
        // The crossings on each vertical and each horizontal line, in reading order.
        var byX = new Dictionary<double, List<double>>();
        var byY = new Dictionary<double, List<double>>();
        for (var i = 0; i < intersections.Count; i++)
        {
            var (x, y) = intersections.Point(i);
            AddTo(byX, x, y);
            AddTo(byY, y, x);
        }

        foreach (var list in byX.Values)
        {
            list.Sort();
        }

        foreach (var list in byY.Values)
        {
            list.Sort();
        }

        var cells = new List<Box>();
        for (var i = 0; i < intersections.Count; i++)
        {
            var (x, y) = intersections.Point(i);
            var column = byX[x];
            var row = byY[y];
            var firstBelow = FirstAfter(column, y);
            var firstRight = FirstAfter(row, x);
            var found = false;
            for (var b = firstBelow; b < column.Count && !found; b++)
            {
                var by = column[b];
                var belowPoint = intersections.IndexOf(x, by);
                if (!intersections.SharesVertical(i, belowPoint))
                {
                    // The vertical rule stops here: no cell below can be closed on the left.
                    break;
                }

                for (var r = firstRight; r < row.Count; r++)
                {
                    var rx = row[r];
                    var rightPoint = intersections.IndexOf(rx, y);
                    if (!intersections.SharesHorizontal(i, rightPoint))
                    {
                        break;
                    }

                    var corner = intersections.IndexOf(rx, by);
                    if (corner >= 0
                        && intersections.SharesVertical(corner, rightPoint)
                        && intersections.SharesHorizontal(corner, belowPoint))
                    {
                        cells.Add(new Box(x, y, rx, by));
                        found = true;
                        break;
                    }
                }
            }
        }

        return cells;
    }

    private static void AddTo(Dictionary<double, List<double>> lines, double key, double value)
    {
        if (!lines.TryGetValue(key, out var list))
        {
            list = [];
            lines[key] = list;
        }

        list.Add(value);
    }

    /// <summary>The index of the first value greater than <paramref name="value"/> in an ascending list.</summary>
    private static int FirstAfter(List<double> sorted, double value)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] > value)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>Groups cells that share a corner into tables, in the order of each table's first cell.</summary>
    public static List<List<Box>> CellsToTables(List<Box> cells)
    {
        var parent = new int[cells.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        var byCorner = new Dictionary<(double, double), int>(cells.Count * 2);
        void Join(int i, (double, double) corner)
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

        for (var i = 0; i < cells.Count; i++)
        {
            var c = cells[i];
            Join(i, (c.Left, c.Top));
            Join(i, (c.Right, c.Top));
            Join(i, (c.Left, c.Bottom));
            Join(i, (c.Right, c.Bottom));
        }

        var groupOfRoot = new Dictionary<int, List<Box>>();
        var tables = new List<List<Box>>();
        for (var i = 0; i < cells.Count; i++)
        {
            var root = Find(i);
            if (!groupOfRoot.TryGetValue(root, out var group))
            {
                group = [];
                groupOfRoot[root] = group;
                tables.Add(group);
            }

            group.Add(cells[i]);
        }

        return tables;
    }

    /// <summary>Puts a table's cells on the grid formed by all their edges, giving each its row and column span.</summary>
    public static FoundTable CellsToGrid(List<Box> cells, int page)
    {
        var xs = new double[cells.Count * 2];
        var ys = new double[cells.Count * 2];
        for (var i = 0; i < cells.Count; i++)
        {
            (xs[2 * i], xs[(2 * i) + 1]) = (cells[i].Left, cells[i].Right);
            (ys[2 * i], ys[(2 * i) + 1]) = (cells[i].Top, cells[i].Bottom);
        }

        var columns = Cluster(xs);
        var rows = Cluster(ys);
        var grid = new List<GridCell>(cells.Count);
        foreach (var cell in cells)
        {
            var row = IndexOf(rows, cell.Top);
            var column = IndexOf(columns, cell.Left);
            grid.Add(new GridCell(row, column, Math.Max(1, IndexOf(rows, cell.Bottom) - row), Math.Max(1, IndexOf(columns, cell.Right) - column), cell, page));
        }

        grid.Sort(static (a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Column.CompareTo(b.Column));
        var bounds = cells[0];
        for (var i = 1; i < cells.Count; i++)
        {
            bounds = bounds.Union(cells[i]);
        }

        return new FoundTable(page, bounds, columns, rows.Count - 1, grid);
    }

    /// <summary>Sorts <paramref name="values"/> in place and keeps the first of each run closer than the grid tolerance.</summary>
    private static List<double> Cluster(double[] values)
    {
        Array.Sort(values);
        var result = new List<double>();
        foreach (var value in values)
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
