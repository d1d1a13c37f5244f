namespace Extractor.Pdf.Tables;

/// <summary>
/// Where a page's ruling lines cross, in the order first found, each crossing with the horizontal and vertical edges
/// (indices into the merged edge list) through it. Almost every crossing has one edge of each, so the first is kept
/// inline and only the rare extra ones (two collinear pieces of a rule meeting there) in a side table.
/// </summary>
internal sealed class Crossings
{
    private readonly Dictionary<(double X, double Y), int> _index = [];
    private readonly List<(double X, double Y)> _points = [];
    private readonly List<int> _horizontal = [];
    private readonly List<int> _vertical = [];
    private readonly Dictionary<int, List<int>> _moreHorizontal = [];
    private readonly Dictionary<int, List<int>> _moreVertical = [];

    public int Count => _points.Count;

    public (double X, double Y) Point(int index) => _points[index];

    /// <summary>The index of the crossing at exactly (<paramref name="x"/>, <paramref name="y"/>), or -1.</summary>
    public int IndexOf(double x, double y) => _index.TryGetValue((x, y), out var index) ? index : -1;

    /// <summary>Records that horizontal edge <paramref name="h"/> and vertical edge <paramref name="v"/> cross at (x, y).</summary>
    public void Add(double x, double y, int h, int v)
    {
        if (!_index.TryGetValue((x, y), out var index))
        {
            _index[(x, y)] = _points.Count;
            _points.Add((x, y));
            _horizontal.Add(h);
            _vertical.Add(v);
            return;
        }

        AddEdge(_horizontal, _moreHorizontal, index, h);
        AddEdge(_vertical, _moreVertical, index, v);
    }

    /// <summary>Whether one horizontal edge runs through both crossings.</summary>
    public bool SharesHorizontal(int a, int b) => Shares(_horizontal, _moreHorizontal, a, b);

    /// <summary>Whether one vertical edge runs through both crossings.</summary>
    public bool SharesVertical(int a, int b) => Shares(_vertical, _moreVertical, a, b);

    private static void AddEdge(List<int> first, Dictionary<int, List<int>> more, int index, int edge)
    {
        if (first[index] == edge)
        {
            return;
        }

        if (!more.TryGetValue(index, out var list))
        {
            list = [];
            more[index] = list;
        }

        if (!list.Contains(edge))
        {
            list.Add(edge);
        }
    }

    private static bool Shares(List<int> first, Dictionary<int, List<int>> more, int a, int b)
    {
        if (first[a] == first[b])
        {
            return true;
        }

        if (more.Count == 0)
        {
            return false;
        }

        more.TryGetValue(a, out var moreA);
        more.TryGetValue(b, out var moreB);
        if (moreB is not null && moreB.Contains(first[a]))
        {
            return true;
        }

        if (moreA is null)
        {
            return false;
        }

        foreach (var edge in moreA)
        {
            if (edge == first[b] || (moreB is not null && moreB.Contains(edge)))
            {
                return true;
            }
        }

        return false;
    }
}
