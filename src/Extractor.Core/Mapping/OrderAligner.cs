using Extractor.Core.Documents;
using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Core.Mapping;

/// <summary>
/// The general fallback when labels were stranded or lost (PDF-to-markdown, pdftotext): the table's value rows in
/// document order are aligned to the template's rows. Rows whose label matched anchor; bare value rows fill the gap
/// between two anchors only when their count equals the number of template rows left unfilled there. What it
/// places is only a proposal: <see cref="TableIdentities"/> must hold with it, else the rows stay `missing`.
/// </summary>
internal static class OrderAligner
{
    /// <summary>
    /// Proposes segments for template rows that labels left without values, from the <paramref name="unplaced"/>
    /// value cells (cells outside any recognised row). Returns an empty map when nothing fits with certainty.
    /// </summary>
    public static Dictionary<string, RowSegment> Propose(
        TableDefinition table, IReadOnlyList<TableItem> items, IReadOnlyDictionary<string, RowSegment> picked, IReadOnlyList<TableItem> unplaced)
    {
        var proposal = new Dictionary<string, RowSegment>(StringComparer.Ordinal);
        var width = table.Rows.Select(static r => r.Columns.Count).Distinct().ToList();
        if (width.Count != 1)
        {
            // Only tables whose rows all have one width can be aligned by counting rows (三, 四).
            return proposal;
        }

        var position = new Dictionary<TableItem, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < items.Count; i++)
        {
            position[items[i]] = i;
        }

        var entries = new List<(int At, int Sub, int TemplateIndex, List<TableItem>? Values)>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (!picked.TryGetValue(table.Rows[r].Key, out var segment) || !position.TryGetValue(segment.Label, out var at))
            {
                continue;
            }

            // A label with exactly one row of values anchors. A label followed by several rows' worth (labels listed
            // before their numbers, as plain pdftotext writes them) leaves its row open and its values become bare
            // rows; a label alone (stranded, its numbers elsewhere) or with a count that fits no row leaves it open.
            // Text caught beside the numbers (the rest of a label wrapped into the row's first cell) is no column value.
            var values = TrimBlanks(segment.Values.Where(static v => v.IsValueLike).ToList());
            if (values.Count == width[0] && values.Any(static v => v.Parsed.Kind != CellKind.Blank))
            {
                entries.Add((at, 0, r, null));
            }
            else if (values.Count > width[0] && values.Count % width[0] == 0 && values.All(static v => v.Parsed.Kind is CellKind.Number or CellKind.Blank or CellKind.Na))
            {
                for (var i = 0; i < values.Count; i += width[0])
                {
                    entries.Add((at, 1 + i, -1, values.GetRange(i, width[0])));
                }
            }
        }

        // A foreign row (the 2019 （六） inside a 2021 table) breaks the counting: no proposal.
        if (picked.Values.Any(s => table.FindRow(s.Key) is null && HasNumbers(s.Values)))
        {
            return proposal;
        }

        foreach (var row in BareRows(unplaced, width[0], position))
        {
            entries.Add((position[row[0]], 0, -1, row));
        }

        entries.Sort(static (a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Sub.CompareTo(b.Sub));

        // Anchors must come in template order, or the document's order is not the template's.
        var anchors = entries.Where(static e => e.TemplateIndex >= 0).Select(static e => e.TemplateIndex).ToList();
        if (anchors.Zip(anchors.Skip(1)).Any(static p => p.First >= p.Second))
        {
            return proposal;
        }

        var previous = -1;
        var bare = new List<List<TableItem>>();
        foreach (var entry in entries.Append((int.MaxValue, 0, table.Rows.Count, null)))
        {
            if (entry.TemplateIndex < 0)
            {
                bare.Add(entry.Values!);
                continue;
            }

            var open = Enumerable.Range(previous + 1, entry.TemplateIndex - previous - 1).ToList();
            if (bare.Count > 0 && bare.Count == open.Count)
            {
                for (var i = 0; i < open.Count; i++)
                {
                    var row = table.Rows[open[i]];
                    var segment = new RowSegment(row.Key, bare[i][0]);
                    segment.Values.AddRange(bare[i]);
                    proposal[row.Key] = segment;
                }
            }

            bare.Clear();
            previous = entry.TemplateIndex;
        }

        return proposal;
    }

    private static List<TableItem> TrimBlanks(IReadOnlyList<TableItem> values)
    {
        var list = values.ToList();
        while (list.Count > 0 && list[^1].Parsed.Kind == CellKind.Blank)
        {
            list.RemoveAt(list.Count - 1);
        }

        return list;
    }

    private static bool HasNumbers(IReadOnlyList<TableItem> values) => values.Any(static v => v.Parsed.Kind == CellKind.Number);

    /// <summary>
    /// Cuts the unplaced values into rows of <paramref name="width"/>: a grid row is one row (after dropping trailing
    /// empties); a run of consecutive stream cells is cut into rows only when its length is a multiple of the width.
    /// </summary>
    private static IEnumerable<List<TableItem>> BareRows(IReadOnlyList<TableItem> unplaced, int width, Dictionary<TableItem, int> position)
    {
        var groups = new List<List<TableItem>>();
        foreach (var item in unplaced)
        {
            var last = groups.Count > 0 ? groups[^1] : null;
            if (last is not null && SameRow(last[^1], item, position))
            {
                last.Add(item);
            }
            else
            {
                groups.Add([item]);
            }
        }

        foreach (var group in groups)
        {
            while (group.Count > 0 && group[^1].Parsed.Kind == CellKind.Blank)
            {
                group.RemoveAt(group.Count - 1);
            }

            if (group.Count == 0 || group.Count % width != 0 || !HasNumbers(group))
            {
                continue;
            }

            for (var i = 0; i < group.Count; i += width)
            {
                yield return group.GetRange(i, width);
            }
        }
    }

    /// <summary>A grid row is its own; stream cells belong together while nothing else comes between them.</summary>
    private static bool SameRow(TableItem a, TableItem b, Dictionary<TableItem, int> position) =>
        a.Layout == TableLayout.Grid && b.Layout == TableLayout.Grid
            ? a.Block == b.Block && a.Cell.Row == b.Cell.Row
            : position[b] == position[a] + 1;
}
