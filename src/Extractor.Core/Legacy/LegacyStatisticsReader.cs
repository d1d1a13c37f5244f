using System.Globalization;
using Extractor.Core.Mapping;
using Extractor.Core.Reading.Text.Flat;
using Extractor.Core.Records;

namespace Extractor.Core.Legacy;

/// <summary>
/// Turns the rows of a pre-2019 statistics table into <see cref="LegacyIndicator"/>s. Separated values are read as
/// cells. A glued pair (条206912106) is cut every valid way by the flat reader's <see cref="RunSplitter"/>, then narrowed
/// by what the table itself says — 历年累计 ≥ 本年度, a sub-item ≤ its total in both columns — and, for a row still
/// ambiguous, by a number the narrative states for that quantity (resolved_by `narrative`). What stays ambiguous is
/// `missing` with its candidates and a diagnostic; no split is ever guessed.
/// </summary>
internal static class LegacyStatisticsReader
{
    /// <summary>Which narrative quantity states each indicator's 本年度 value.</summary>
    private static readonly Dictionary<string, string> s_statementOf = new(StringComparer.Ordinal)
    {
        ["active_published"] = "active_published",
        ["applications_received"] = "applications_received",
        ["replies_total"] = "applications_processed",
        ["reviews"] = "reviews",
        ["lawsuits"] = "lawsuits",
    };

    public static IReadOnlyList<LegacyIndicator> Read(IReadOnlyList<LegacyRow> rows, IReadOnlyList<NarrativeStatementRecord> statements, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var keys = rows.Select(r => LegacyIndicatorKeys.KeyOf(r.Label)).ToList();
        var candidates = rows.Select(Candidates).ToList();
        var fixedPairs = rows.Select(FixedPair).ToList();
        var resolvedBy = new string?[rows.Count];

        Narrow(keys, candidates, fixedPairs);
        for (var i = 0; i < rows.Count; i++)
        {
            if (candidates[i] is { Count: > 1 } several && s_statementOf.TryGetValue(keys[i], out var quantity))
            {
                var stated = statements.Where(s => s.Quantity == quantity).Select(s => s.Value).ToHashSet();
                var agreeing = several.Where(p => stated.Contains(p.ThisYear)).ToList();
                if (agreeing.Count == 1)
                {
                    candidates[i] = agreeing;
                    resolvedBy[i] = "narrative";
                }
            }
        }

        Narrow(keys, candidates, fixedPairs);
        var result = new List<LegacyIndicator>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var all = Candidates(row);
            var listed = all is { Count: > 1 } ? all.Select(static p => p.ToString()).ToList() : [];
            if (candidates[i] is { } pairs)
            {
                if (pairs.Count == 1)
                {
                    result.Add(new LegacyIndicator(keys[i], row.Label, row.Unit, CellKind.Number, pairs[0].ThisYear, CellKind.Number, pairs[0].Cumulative, row.Raw, resolvedBy[i], listed, row.At));
                    continue;
                }

                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.AmbiguousCells,
                    pairs.Count == 0
                        ? $"legacy_indicators/{keys[i]}: 「{row.Label}」 run {row.Raw} has no split where 历年累计 ≥ 本年度 and sub-items ≤ their total; both values missing"
                        : $"legacy_indicators/{keys[i]}: 「{row.Label}」 run {row.Raw} splits {pairs.Count} valid ways ({string.Join(", ", pairs)}); both values missing",
                    row.At));
                result.Add(new LegacyIndicator(keys[i], row.Label, row.Unit, CellKind.Missing, null, CellKind.Missing, null, row.Raw, null, listed, row.At));
                continue;
            }

            // Values the source separates (or leaves out): each is a cell of its own.
            var thisYear = row.Values.Count is 1 or 2 ? CellValueParser.Parse(row.Values[0]) : new ParsedCell(CellKind.Blank, null, null);
            var cumulative = row.Values.Count == 2 ? CellValueParser.Parse(row.Values[1]) : new ParsedCell(CellKind.Blank, null, null);
            if (row.Values.Count > 2)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.RowShape, $"legacy_indicators/{keys[i]}: 「{row.Label}」 has {row.Values.Count} values ({row.Raw}) for two columns; both missing", row.At));
                thisYear = cumulative = new ParsedCell(CellKind.Missing, null, null);
            }

            result.Add(new LegacyIndicator(keys[i], row.Label, row.Unit, thisYear.Kind, thisYear.Value, cumulative.Kind, cumulative.Value, row.Raw, null, [], row.At));
        }

        return result;
    }

    /// <summary>The valid splits of a glued pair, or null when the values are not one glued run.</summary>
    private static List<LegacyPair>? Candidates(LegacyRow row)
    {
        if (row.Values.Count != 1 || !row.Values[0].All(static c => char.IsAsciiDigit(c) || c == '.'))
        {
            return null;
        }

        var kind = row.Unit.Contains('元', StringComparison.Ordinal) ? ColumnKind.Amount : ColumnKind.Count;
        var split = RunSplitter.Split(row.Values[0], [kind, kind]);
        if (split.Capped)
        {
            return [];
        }

        return split.Splits
            .Select(static s => new LegacyPair(decimal.Parse(s[0], CultureInfo.InvariantCulture), decimal.Parse(s[1], CultureInfo.InvariantCulture)))
            .Where(static p => p.Cumulative >= p.ThisYear)
            .ToList();
    }

    /// <summary>Keeps the splits that agree with their total and sub-items (a sub-item ≤ its total in both columns) until nothing changes.</summary>
    /// <remarks>A filter that would leave no split is not applied: the source may contradict itself, which LEG-SUB reports.</remarks>
    private static void Narrow(List<string> keys, List<List<LegacyPair>?> candidates, List<List<LegacyPair>?> fixedPairs)
    {
        bool changed;
        do
        {
            changed = false;
            for (var c = 0; c < keys.Count; c++)
            {
                if (!LegacyIndicatorKeys.ParentOf.TryGetValue(keys[c], out var parentKey))
                {
                    continue;
                }

                // The total is the nearest row above with that key.
                var p = keys.FindLastIndex(c, k => k == parentKey);
                if (p < 0)
                {
                    continue;
                }

                var parent = candidates[p] ?? fixedPairs[p];
                var child = candidates[c] ?? fixedPairs[c];
                if (parent is null || child is null)
                {
                    continue;
                }

                if (candidates[c] is { } childList)
                {
                    var kept = childList.Where(x => parent.Any(y => x.ThisYear <= y.ThisYear && x.Cumulative <= y.Cumulative)).ToList();
                    if (kept.Count > 0 && kept.Count != childList.Count)
                    {
                        candidates[c] = kept;
                        changed = true;
                    }
                }

                if (candidates[p] is { } parentList)
                {
                    var kept = parentList.Where(y => child.Any(x => x.ThisYear <= y.ThisYear && x.Cumulative <= y.Cumulative)).ToList();
                    if (kept.Count > 0 && kept.Count != parentList.Count)
                    {
                        candidates[p] = kept;
                        changed = true;
                    }
                }
            }
        }
        while (changed);
    }

    /// <summary>The one reading of a row whose two values the source separates, or null.</summary>
    private static List<LegacyPair>? FixedPair(LegacyRow row) =>
        row.Values.Count == 2 && CellValueParser.Parse(row.Values[0]) is { Kind: CellKind.Number, Value: { } a } && CellValueParser.Parse(row.Values[1]) is { Kind: CellKind.Number, Value: { } b }
            ? [new LegacyPair(a, b)]
            : null;
}
