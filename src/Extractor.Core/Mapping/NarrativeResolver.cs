using System.Globalization;
using Extractor.Core.Reading.Text.Flat;
using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Core.Mapping;

/// <summary>
/// Settles table 二 cells the table's text leaves ambiguous with what the narrative states (SCHEMA.md §2,
/// resolved_by `narrative`). Two ambiguities are handled: a glued run with several valid splits (8855698 for three
/// columns), and a row that kept fewer values than columns while values were stranded outside any row (a converter
/// that lifted multi-line cells out of the table). Every way to complete the row is a candidate; a cell is placed only
/// when the narrative rejects some candidates and every remaining one gives that cell the same value. Anything else
/// stays `missing`, with the candidates that remain in the diagnostic.
/// </summary>
internal static class NarrativeResolver
{
    /// <summary>Enumerating more than this many candidates means the row is too open to settle.</summary>
    private const int MaximumCandidates = 5_000;

    /// <summary>Candidates shown in a diagnostic.</summary>
    private const int ListedCandidates = 6;

    /// <param name="table">Table 二's definition.</param>
    /// <param name="cells">All cells mapped so far; the table's cells start at <paramref name="first"/> and are replaced in place.</param>
    /// <param name="first">Index of the table's first cell in <paramref name="cells"/>.</param>
    /// <param name="byKey">The rows found by their labels.</param>
    /// <param name="stranded">Values of the table that sit outside any recognised row.</param>
    /// <param name="statements">What the narrative states for table 二.</param>
    /// <param name="diagnostics">Receives what was settled and what was not.</param>
    public static void Resolve(
        TableDefinition table,
        List<CellRecord> cells,
        int first,
        IReadOnlyDictionary<string, RowSegment> byKey,
        IReadOnlyList<TableItem> stranded,
        IReadOnlyList<ActiveStatement> statements,
        List<Diagnostic> diagnostics)
    {
        // A converter that lifted cells out of their rows leaves exactly one stranded number per cell the rows lack; any
        // other count means some stranded number is something else (a page number) or a lost cell is not among them.
        var strandedNumbers = stranded.Where(static s => s.Parsed is { Kind: CellKind.Number, Value: not null }).ToList();
        var shortRows = table.Rows.Count(r => ShortValues(r, byKey) is not null && cells.Skip(first).Where(c => c.Row == r.Key).All(static c => c.Kind == CellKind.Missing));
        List<TableItem> pool = strandedNumbers.Count == shortRows ? strandedNumbers : [];

        foreach (var row in table.Rows)
        {
            var stated = statements.Where(s => s.Row == row.Key && row.Columns.Any(c => c.Key == s.Column)).ToList();
            if (stated.Count == 0)
            {
                continue;
            }

            var indices = Enumerable.Range(first, cells.Count - first).Where(i => cells[i].Row == row.Key).ToList();
            if (indices.Count != row.Columns.Count || indices.All(i => cells[i].Kind != CellKind.Missing))
            {
                continue;
            }

            var rowCells = indices.Select(i => cells[i]).ToList();
            var (candidates, how, at) = Glued(row, rowCells) ?? Short(row, rowCells, byKey, pool) ?? (null!, string.Empty, string.Empty);
            if (candidates is null || candidates.Count == 0)
            {
                continue;
            }

            var agreeing = candidates.Where(c => stated.All(s => c[ColumnIndex(row, s.Column)] == s.Value)).ToList();
            var phrases = string.Join("; ", stated.Select(static s => $"「{s.Phrase}」 ({s.Column} {s.Value.ToString(CultureInfo.InvariantCulture)})"));
            var name = $"{table.Key}/{row.Key}";
            if (agreeing.Count == 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.AmbiguousCells, $"{name}: the narrative states {phrases}, but none of the {candidates.Count} ways to read {how} agrees with it; cells left missing", at));
                continue;
            }

            if (agreeing.Count == candidates.Count)
            {
                // The statement rejects nothing: it cannot be what settles a cell.
                continue;
            }

            var settled = new List<string>();
            for (var c = 0; c < row.Columns.Count; c++)
            {
                var values = agreeing.Select(a => a[c]).Distinct().ToList();
                var index = indices[c];
                if (values.Count != 1 || cells[index].Kind != CellKind.Missing)
                {
                    continue;
                }

                var text = values[0].ToString(CultureInfo.InvariantCulture);
                cells[index] = cells[index] with
                {
                    Kind = CellKind.Number,
                    Value = values[0],
                    Raw = text,
                    At = cells[index].At.Length > 0 ? cells[index].At : at,
                    ResolvedBy = CellResolution.Narrative,
                };
                settled.Add($"{row.Columns[c].Key} = {text}");
            }

            var open = row.Columns.Where((_, c) => cells[indices[c]].Kind == CellKind.Missing).Select(static c => c.Key).ToList();
            var listed = string.Join(", ", agreeing.Take(ListedCandidates).Select(static a => "[" + string.Join("|", a.Select(static v => v.ToString(CultureInfo.InvariantCulture))) + "]"));
            var more = agreeing.Count > ListedCandidates ? $", … ({agreeing.Count - ListedCandidates} more)" : string.Empty;
            var rest = open.Count == 0 ? string.Empty : $"; {string.Join(", ", open)} still missing: {agreeing.Count} readings agree ({listed}{more})";
            var message = settled.Count == 0
                ? $"{name}: the narrative states {phrases}; {agreeing.Count} of the {candidates.Count} ways to read {how} agree with it and they differ in every open cell ({listed}{more}); cells left missing"
                : $"{name}: {how} read in {candidates.Count} ways; the narrative states {phrases} and only readings with {string.Join(", ", settled)} agree (resolved_by narrative){rest}";
            diagnostics.Add(new Diagnostic(settled.Count == 0 ? DiagnosticCodes.AmbiguousCells : DiagnosticCodes.LayoutRepaired, message, at, settled.Count == 0 ? Severity.Warning : Severity.Info));
        }
    }

    /// <summary>A glued run the reader could not split: every split the run allows that keeps the row's certain cells.</summary>
    private static (List<decimal[]>, string, string)? Glued(RowDefinition row, List<CellRecord> rowCells)
    {
        var runs = rowCells.Where(static c => c.Kind == CellKind.Missing && c.Raw.Length > 0).Select(static c => c.Raw).Distinct(StringComparer.Ordinal).ToList();
        if (runs.Count != 1 || rowCells.Any(static c => c.Kind != CellKind.Missing && c.Value is null))
        {
            return null;
        }

        var digits = new string(runs[0].Where(static ch => char.IsAsciiDigit(ch) || ch is '.' or '-' || char.IsWhiteSpace(ch)).ToArray()).Trim();
        var kinds = row.Columns.Select(static c => c.Key switch { "change" => ColumnKind.Change, "amount" => ColumnKind.Amount, _ => ColumnKind.Count }).ToList();
        var split = RunSplitter.Split(digits, kinds, MaximumCandidates);
        if (split.Capped)
        {
            return null;
        }

        var candidates = new List<decimal[]>();
        foreach (var cut in split.Splits)
        {
            var values = new decimal[cut.Length];
            var fits = true;
            for (var c = 0; c < cut.Length && fits; c++)
            {
                fits = decimal.TryParse(cut[c], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out values[c])
                    && (rowCells[c].Kind == CellKind.Missing || rowCells[c].Value == values[c]);
            }

            if (fits)
            {
                candidates.Add(values);
            }
        }

        var at = rowCells.Select(static c => c.At).FirstOrDefault(static a => a.Length > 0) ?? string.Empty;
        return (candidates, $"run 「{runs[0]}」", at);
    }

    /// <summary>
    /// A row that kept one value fewer than its columns, while numbers of the table sit outside any row: each stranded
    /// number in each position of the row, the row's own values keeping their order.
    /// </summary>
    private static (List<decimal[]>, string, string)? Short(RowDefinition row, List<CellRecord> rowCells, IReadOnlyDictionary<string, RowSegment> byKey, IReadOnlyList<TableItem> stranded)
    {
        if (ShortValues(row, byKey) is not { } values || rowCells.Any(static c => c.Kind != CellKind.Missing))
        {
            return null;
        }

        var segment = byKey[row.Key];
        var pool = stranded.Select(static s => s.Parsed.Value!.Value).Distinct().ToList();
        if (pool.Count == 0)
        {
            return null;
        }

        var own = values.Select(static v => v.Parsed.Value!.Value).ToList();
        var candidates = new List<decimal[]>();
        foreach (var value in pool)
        {
            for (var position = 0; position < row.Columns.Count; position++)
            {
                var candidate = new List<decimal>(own);
                candidate.Insert(position, value);
                if (!candidates.Any(c => c.SequenceEqual(candidate)))
                {
                    candidates.Add([.. candidate]);
                }
            }
        }

        var shown = string.Join(" | ", own.Select(static v => v.ToString(CultureInfo.InvariantCulture)));
        var strandedText = string.Join(", ", pool.Select(static v => v.ToString(CultureInfo.InvariantCulture)));
        return (candidates, $"row 「{segment.Label.Cell.Text}」 ({shown}) with a value stranded outside the rows ({strandedText})", segment.Label.Cell.At.ToString());
    }

    /// <summary>The row's numbers when it holds exactly one number fewer than its columns (and nothing else), else null.</summary>
    private static List<TableItem>? ShortValues(RowDefinition row, IReadOnlyDictionary<string, RowSegment> byKey)
    {
        if (!byKey.TryGetValue(row.Key, out var segment))
        {
            return null;
        }

        // Padding and merged cells leave empty cells after a row's last value.
        var values = new List<TableItem>(segment.Values);
        while (values.Count > 0 && values[^1].Parsed.Kind is CellKind.Blank or CellKind.Na)
        {
            values.RemoveAt(values.Count - 1);
        }

        return values.Count == row.Columns.Count - 1 && values.All(static v => v.Parsed is { Kind: CellKind.Number, Value: not null }) ? values : null;
    }

    private static int ColumnIndex(RowDefinition row, string column) => row.Columns.ToList().FindIndex(c => c.Key == column);
}
