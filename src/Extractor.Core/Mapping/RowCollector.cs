using System.Text.RegularExpressions;
using Extractor.Core.Documents;
using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Core.Mapping;

/// <summary>
/// Walks a table's items in reading order and cuts them into rows at the template's labels (SCHEMA.md §6: row
/// boundaries come from labels, not from counting). In a grid a row's values are the cells right of its label on
/// the same grid row; in a cell stream they are the cells up to the next label.
/// </summary>
internal static partial class RowCollector
{
    public delegate LabelMatch? Classifier(string norm, LabelContext context);

    /// <param name="items">The table's items in reading order.</param>
    /// <param name="classify">The table's label classifier.</param>
    /// <param name="unplaced">Receives the values no row took.</param>
    /// <param name="template">The template table, for labels OCR read damaged (<see cref="LabelResemblance"/>); null: none matched so.</param>
    /// <param name="diagnostics">Receives one info per label matched by resemblance.</param>
    public static (List<RowSegment> Rows, List<HeaderSpan> Headers, Dictionary<string, string> HeaderUnits) Collect(
        IReadOnlyList<TableItem> items, Classifier classify, List<TableItem> unplaced, TableDefinition? template = null, List<Diagnostic>? diagnostics = null)
    {
        var rows = new List<RowSegment>();
        var headers = new List<HeaderSpan>();
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        var context = new LabelContext();
        RowSegment? current = null;
        var resembled = template is null || !items.Any(static i => i.Cell.At.OcrConfidence is not null) ? [] : Resemble(items, classify, template.Rows);

        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            if (item.IsValueLike)
            {
                if (current is not null && Follows(current.Label, item))
                {
                    current.Values.Add(item);
                }
                else
                {
                    // Blanks too: a bare row keeps its width for the order fallback (OrderAligner).
                    unplaced.Add(item);
                }

                continue;
            }

            var match = classify(item.Norm, context);
            if (match is null or { Role: LabelRole.Header } && resembled.TryGetValue(index, out var near))
            {
                match = new LabelMatch(LabelRole.Row, near);
                diagnostics?.Add(new Diagnostic(DiagnosticCodes.LayoutRepaired,
                    $"{template!.Key}/{near}: row label 「{item.Cell.Text}」 read by OCR matches no row label; taken as 「{template.FindRow(near)?.Label}」, the template row it clearly resembles among those the rows found around it leave free",
                    item.Cell.At.ToString(), Severity.Info));
            }

            switch (match)
            {
                case { Role: LabelRole.Row } row:
                    current = new RowSegment(row.Key, item);
                    rows.Add(current);
                    context.LastRow = row.Key;
                    // A plain line or cell that carries its numbers (行政许可 97): the numbers are the row's values.
                    current.Values.AddRange(TrailingNumbers(item));

                    break;

                case { Role: LabelRole.Group } group:
                    context.Group = group.Key;
                    // （六）其他处理 heads three sub-rows in 2021 but is itself the row in 2019 (and in some 2021 reports).
                    current = group.Key == "other" ? new RowSegment("other_handling", item) { MaybeGroup = true } : null;
                    if (current is not null)
                    {
                        rows.Add(current);
                    }

                    break;

                case { Role: LabelRole.Header } header:
                    if (header.Key.Length > 0 && !item.FromText)
                    {
                        headers.Add(new HeaderSpan(item.Block, item.Cell.Column, item.Cell.Column + item.Cell.ColumnSpan - 1, header.Key));
                        if (UnitPattern().Match(item.Norm) is { Success: true } unit)
                        {
                            units[header.Key] = unit.Groups[1].Value;
                        }
                    }

                    current = null;
                    break;

                default:
                    // Unknown text right after a label in its row is a text value (见附件, a garbled glyph); elsewhere it is noise.
                    // A page number (— 4 —) that a converter left inside a table is neither.
                    if (current is not null && !item.FromText && Follows(current.Label, item) && !ChromeFilter.IsChrome(item.Cell.Text))
                    {
                        current.Values.Add(item);
                    }

                    break;
            }
        }

        return (rows, headers, units);
    }

    /// <summary>Labels read by OCR that no keyword matched, matched to the template by resemblance (keyed by item index).</summary>
    private static Dictionary<int, string> Resemble(IReadOnlyList<TableItem> items, Classifier classify, IReadOnlyList<RowDefinition> template)
    {
        // The row each item's label names, with the context the main walk gives it.
        var context = new LabelContext();
        var exact = new string?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].IsValueLike)
            {
                continue;
            }

            switch (classify(items[i].Norm, context))
            {
                case { Role: LabelRole.Row } row:
                    exact[i] = row.Key;
                    context.LastRow = row.Key;
                    break;
                case { Role: LabelRole.Group } group:
                    context.Group = group.Key;
                    break;
            }
        }

        return LabelResemblance.Propose(items, exact, template);
    }

    /// <summary>The numbers at the end of a plain line, after its label and whitespace, as value items of that line.</summary>
    private static IEnumerable<TableItem> TrailingNumbers(TableItem line)
    {
        var match = TrailingNumbersPattern().Match(line.Cell.Text);
        if (!match.Success)
        {
            yield break;
        }

        foreach (Capture number in match.Groups["n"].Captures)
        {
            var cell = line.Cell with { Text = number.Value };
            yield return new TableItem(cell, line.Block, TableLayout.CellStream, number.Value, CellValueParser.Parse(number.Value), FromText: false);
        }
    }

    private static bool Follows(TableItem label, TableItem value)
    {
        if (label.FromText || value.Layout == TableLayout.CellStream || label.Layout == TableLayout.CellStream)
        {
            // A heading line or a stream: only the order is known. A heading only opens a row of its own table block.
            return !label.FromText || value.Layout == TableLayout.CellStream;
        }

        var top = label.Cell.Row;
        var bottom = label.Cell.Row + label.Cell.RowSpan - 1;
        return value.Block == label.Block && value.Cell.Row >= top && value.Cell.Row <= bottom && value.Cell.Column > label.Cell.Column;
    }

    /// <summary>A label of at least two non-digit characters, then one or more whitespace-separated numbers.</summary>
    [GeneratedRegex(@"^\s*\D*[^\d\s]{2}(?:\s+(?<n>[-+]?\d[\d,]*(?:\.\d+)?))+\s*$")]
    private static partial Regex TrailingNumbersPattern();

    [GeneratedRegex(@"单位[:：]?\(?(万元|元|亿元)")]
    private static partial Regex UnitPattern();
}
