using Extractor.Core.Documents;
using Extractor.Core.Templates;

namespace Extractor.Core.Mapping;

/// <summary>
/// Row labels that OCR read damaged (a black-and-white scan at 150 dpi loses thin strokes: 行政处罚 reads 行政处色,
/// 1.属于国家秘密 reads 上.属十同家秘寓), matched to the template's printed labels by resemblance: the Chinese characters
/// they share in order (longest common subsequence). Only for labels read by OCR (born-digital text never comes here),
/// only for a label cell with a value beside it in its grid row, and only among the template rows that the labels
/// matched around it leave free (template order: after the row matched before it, before the row matched after it).
/// The nearest row is taken when it is clearly nearer than the second (<see cref="Margin"/> more characters shared)
/// and shares enough of the label. Where as many labels are unmatched as rows are free between the same neighbours,
/// the order pairs them, and a label takes its row when it resembles it more than any other free row and shares
/// half of it. Anything else stays unmatched, so its cells stay missing.
/// </summary>
internal static class LabelResemblance
{
    /// <summary>Characters the nearest row must share beyond the second nearest.</summary>
    public const int Margin = 2;

    /// <summary>Share of the longer of the two labels the nearest row must have in common with the label read.</summary>
    public const double NearShare = 0.4;

    /// <summary>Share the row the order pairs a label with must have in common with it.</summary>
    public const double PairedShare = 0.5;

    /// <summary>
    /// For each item (by index) that no classifier matched, the template row it resembles, where that is clear.
    /// <paramref name="exact"/> holds the row key each item's label named (null for no row label).
    /// </summary>
    public static Dictionary<int, string> Propose(IReadOnlyList<TableItem> items, IReadOnlyList<string?> exact, IReadOnlyList<RowDefinition> rows)
    {
        var proposed = new Dictionary<int, string>();
        var open = Enumerable.Range(0, items.Count).Where(i => exact[i] is null && IsDamagedLabel(items, i)).ToList();
        if (open.Count == 0)
        {
            return proposed;
        }

        var order = rows.Select(static (r, i) => (r.Key, i)).ToDictionary(static p => p.Key, static p => p.i, StringComparer.Ordinal);
        var keys = exact.ToArray();

        // Rounds: a label matched in one round bounds the free rows of its neighbours in the next.
        for (var round = 0; round < 4; round++)
        {
            var matched = keys.Where(static k => k is not null).ToHashSet(StringComparer.Ordinal);
            var found = new Dictionary<int, string>();
            var between = open.Where(i => keys[i] is null).GroupBy(i => (Before: Bound(keys, order, i, -1), After: Bound(keys, order, i, +1)));
            foreach (var group in between)
            {
                var (before, after) = group.Key;
                if (before >= after)
                {
                    continue;
                }

                var free = Enumerable.Range(before + 1, after - before - 1).Where(r => !matched.Contains(rows[r].Key)).Select(r => rows[r]).ToList();
                var labels = group.ToList();
                for (var k = 0; k < labels.Count; k++)
                {
                    // As many unmatched labels as free rows: the k-th label is the k-th row, if it resembles that row most.
                    var inTurn = labels.Count == free.Count ? free[k].Key : null;
                    if (Nearest(items[labels[k]].Norm, free, inTurn) is { } key)
                    {
                        found[labels[k]] = key;
                    }
                }
            }

            // A row two labels resemble is neither's.
            var taken = found.GroupBy(static p => p.Value, StringComparer.Ordinal).Where(static g => g.Count() == 1).Select(static g => g.Single()).ToList();
            if (taken.Count == 0)
            {
                break;
            }

            foreach (var (i, key) in taken)
            {
                keys[i] = key;
                proposed[i] = key;
            }
        }

        return proposed;
    }

    /// <summary>
    /// The row of <paramref name="candidates"/> that <paramref name="norm"/> resembles clearly, or null. When the order
    /// already names the row (<paramref name="inTurn"/>: as many free rows as unmatched labels between the same
    /// neighbours), resembling it more than any other free row and sharing half the label suffices.
    /// </summary>
    public static string? Nearest(string norm, IReadOnlyList<RowDefinition> candidates, string? inTurn)
    {
        var read = Content(norm);
        if (read.Length == 0 || candidates.Count == 0)
        {
            return null;
        }

        var scored = candidates
            .Select(r => (r.Key, Printed: Content(Printed(r.Label))))
            .Select(r => (r.Key, Shared: CommonLength(read, r.Printed), Length: Math.Max(read.Length, r.Printed.Length)))
            .OrderByDescending(static s => s.Shared)
            .ToList();
        var best = scored[0];
        var second = scored.Count > 1 ? scored[1].Shared : 0;
        var near = best.Shared >= 2 && best.Shared >= NearShare * best.Length;
        if (inTurn is not null)
        {
            return best.Key == inTurn && best.Shared > second && (near || best.Shared >= PairedShare * best.Length) ? best.Key : null;
        }

        return near && best.Shared - second >= Margin ? best.Key : null;
    }

    /// <summary>The printed label of a row without its group (（三）不予公开 1.属于国家秘密 → 1.属于国家秘密): a grid gives the group its own cell.</summary>
    private static string Printed(string label) => label[(label.LastIndexOf(' ') + 1)..];

    /// <summary>The Chinese characters of a label: digits, brackets and punctuation are what OCR garbles most and tell rows apart least.</summary>
    private static string Content(string text) => string.Concat(text.Where(static c => c is >= '\u4e00' and <= '\u9fff'));

    /// <summary>Template index of the nearest matched row before (<paramref name="step"/> −1) or after (+1) item <paramref name="i"/>.</summary>
    private static int Bound(string?[] keys, Dictionary<string, int> order, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < keys.Length; j += step)
        {
            if (keys[j] is { } key && order.TryGetValue(key, out var index))
            {
                return index;
            }
        }

        return step < 0 ? -1 : order.Count;
    }

    /// <summary>An OCR-read text cell with a value right of it in its own row (rows known): only such a cell can be a row label.</summary>
    private static bool IsDamagedLabel(IReadOnlyList<TableItem> items, int i)
    {
        var item = items[i];
        if (item.IsValueLike || item.FromText || item.Layout == TableLayout.CellStream || item.Cell.At.OcrConfidence is null || item.Cell.RowSpan != 1)
        {
            return false;
        }

        for (var j = i + 1; j < items.Count && items[j].Block == item.Block; j++)
        {
            if (items[j].IsValueLike && items[j].Cell.Row == item.Cell.Row && items[j].Cell.Column > item.Cell.Column)
            {
                return true;
            }
        }

        return false;
    }

    private static int CommonLength(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        foreach (var x in a)
        {
            for (var j = 0; j < b.Length; j++)
            {
                current[j + 1] = x == b[j] ? previous[j] + 1 : Math.Max(previous[j + 1], current[j]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
