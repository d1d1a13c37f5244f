using Extractor.Pdf.Geometry;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;

namespace Extractor.Pdf.Tables;

/// <summary>
/// Stage 1 of ruling detection (after pdfplumber's table.py): vector paths become horizontal and vertical edges,
/// and edges on the same line that touch are merged. Word processors draw table rules either as stroked lines or as
/// thin filled rectangles; large filled rectangles are cell shading and are ignored.
/// </summary>
internal static class EdgeBuilder
{
    /// <summary>Thickest filled rectangle still taken for a rule rather than shading.</summary>
    public const double MaxRuleThickness = 3;

    /// <summary>Edges within this distance of each other across their direction are the same line.</summary>
    public const double SnapTolerance = 2;

    /// <summary>Collinear edges with a gap up to this are joined.</summary>
    public const double JoinTolerance = 3;

    /// <summary>Shortest edge kept; shorter marks are underlines of single characters or noise.</summary>
    public const double MinLength = 3;

    public static List<Edge> PathsToEdges(IEnumerable<PdfPath> paths, PageFrame frame)
    {
        var edges = new List<Edge>();
        foreach (var path in paths)
        {
            if (path.IsClipping || (!path.IsStroked && !path.IsFilled))
            {
                continue;
            }

            if (path.IsStroked && !path.IsFilled && IsWhite(path.StrokeColor))
            {
                continue;
            }

            if (path.IsFilled && !path.IsStroked && IsWhite(path.FillColor))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (path.IsFilled && !path.IsStroked)
                {
                    AddFilled(subpath, frame, edges);
                }
                else
                {
                    AddStroked(subpath, frame, edges);
                }
            }
        }

        return edges;
    }

    private static void AddFilled(PdfSubpath subpath, PageFrame frame, List<Edge> edges)
    {
        var box = ToBox(subpath.GetBoundingRectangle(), frame);
        if (box is not Box b)
        {
            return;
        }

        if (b.Height <= MaxRuleThickness && b.Width > b.Height)
        {
            Add(edges, new Edge(true, b.CentreY, b.Left, b.Right));
        }
        else if (b.Width <= MaxRuleThickness && b.Height > b.Width)
        {
            Add(edges, new Edge(false, b.CentreX, b.Top, b.Bottom));
        }
    }

    private static void AddStroked(PdfSubpath subpath, PageFrame frame, List<Edge> edges)
    {
        if (subpath.IsDrawnAsRectangle && ToBox(subpath.GetBoundingRectangle(), frame) is Box b)
        {
            Add(edges, new Edge(true, b.Top, b.Left, b.Right));
            Add(edges, new Edge(true, b.Bottom, b.Left, b.Right));
            Add(edges, new Edge(false, b.Left, b.Top, b.Bottom));
            Add(edges, new Edge(false, b.Right, b.Top, b.Bottom));
            return;
        }

        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = move.Location;
                    current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddSegment(edges, line.From, line.To, frame);
                    current = line.To;
                    start ??= line.From;
                    break;
                case PdfSubpath.Close when start is PdfPoint s && current is PdfPoint c:
                    AddSegment(edges, c, s, frame);
                    current = s;
                    break;
                case PdfSubpath.BezierCurve curve:
                    current = curve.EndPoint;
                    break;
                default:
                    break;
            }
        }
    }

    private static void AddSegment(List<Edge> edges, PdfPoint from, PdfPoint to, PageFrame frame)
    {
        double x0 = frame.X(from.X), y0 = frame.Y(from.Y), x1 = frame.X(to.X), y1 = frame.Y(to.Y);
        if (Math.Abs(y0 - y1) <= 0.5)
        {
            Add(edges, new Edge(true, (y0 + y1) / 2, Math.Min(x0, x1), Math.Max(x0, x1)));
        }
        else if (Math.Abs(x0 - x1) <= 0.5)
        {
            Add(edges, new Edge(false, (x0 + x1) / 2, Math.Min(y0, y1), Math.Max(y0, y1)));
        }
    }

    private static void Add(List<Edge> edges, Edge edge)
    {
        if (edge.Length >= MinLength)
        {
            edges.Add(edge);
        }
    }

    private static Box? ToBox(PdfRectangle? rectangle, PageFrame frame)
    {
        if (rectangle is not PdfRectangle r)
        {
            return null;
        }

        return new Box(frame.X(r.Left), frame.Y(r.Top), frame.X(r.Right), frame.Y(r.Bottom));
    }

    private static bool IsWhite(IColor? color)
    {
        if (color is null)
        {
            return false;
        }

        var (r, g, b) = color.ToRGBValues();
        return r > 0.95 && g > 0.95 && b > 0.95;
    }

    /// <summary>Snaps nearly collinear edges to one position, then joins those that touch or nearly touch.</summary>
    public static List<Edge> MergeEdges(List<Edge> edges)
    {
        var merged = new List<Edge>(edges.Count);
        foreach (var horizontal in (ReadOnlySpan<bool>)[true, false])
        {
            var group = new List<Edge>();
            foreach (var edge in edges)
            {
                if (edge.IsHorizontal == horizontal)
                {
                    group.Add(edge);
                }
            }

            StableSort(group, static e => e.Position);
            var spans = new List<Edge>();
            var start = 0;
            while (start < group.Count)
            {
                // Cluster by position: each edge within tolerance of the previous one joins the cluster.
                var end = start + 1;
                while (end < group.Count && group[end].Position - group[end - 1].Position <= SnapTolerance)
                {
                    end++;
                }

                // The mean in sorted order, summed from the first value as Enumerable.Average does.
                var sum = group[start].Position;
                for (var i = start + 1; i < end; i++)
                {
                    sum += group[i].Position;
                }

                var position = sum / (end - start);
                spans.Clear();
                spans.AddRange(group.GetRange(start, end - start));
                StableSort(spans, static e => e.Start);
                var (from, to) = (spans[0].Start, spans[0].End);
                for (var i = 1; i < spans.Count; i++)
                {
                    var span = spans[i];
                    if (span.Start <= to + JoinTolerance)
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

    /// <summary>Sorts by <paramref name="key"/>, equal keys in their original order (as OrderBy does).</summary>
    private static void StableSort(List<Edge> edges, Func<Edge, double> key)
    {
        if (edges.Count < 2)
        {
            return;
        }

        // (key, index) pairs compare by key, then by index: ties keep their order.
        var keys = new (double Key, int Index)[edges.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (key(edges[i]), i);
        }

        var items = edges.ToArray();
        Array.Sort(keys, items);
        edges.Clear();
        edges.AddRange(items);
    }
}
