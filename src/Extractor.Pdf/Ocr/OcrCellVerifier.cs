using System.Globalization;
using Extractor.Core.Checks;
using Extractor.Core.Documents;
using Extractor.Core.Mapping;
using Extractor.Core.Records;
using Extractor.Pdf.Pages;

namespace Extractor.Pdf.Ocr;

/// <summary>
/// Lets the table's own arithmetic guard the numbers OCR read. Where an identity (T3-COL, T3-SUM, T3-ID, T4-SUM)
/// fails and a cell read with less than high confidence would make it hold with some other value, that cell becomes
/// `missing` with the candidates in a diagnostic instead of a guessed number. A failure that still stands on a cell of
/// less than high confidence is not published as `fail` but as not assessable: it may be our misreading.
/// </summary>
internal sealed class OcrCellVerifier(OcrOptions options, IReadOnlyDictionary<string, IReadOnlyList<decimal>>? readings = null, OcrGrid? grid = null) : IReportVerifier
{
    private static readonly string[] s_identities = ["T3-COL", "T3-SUM", "T3-ID", "T4-SUM"];

    /// <summary>
    /// The numbers each OCR pass read in each cell, by the cell's place "page N (x X, y Y)" as its `at` text gives it
    /// (page and top-left corner identify a cell; the table number is only given when the blocks are built).
    /// </summary>
    public static Dictionary<string, IReadOnlyList<decimal>> Readings(IEnumerable<PageContent> pages) =>
        pages.Where(static p => p.ReadByOcr)
            .SelectMany(static p => p.Tables)
            .SelectMany(static t => t.Cells)
            .Where(static c => c.OcrNumbers.Count > 0)
            .GroupBy(static c => Place(c.Page, Math.Round(c.Box.Left, 1), Math.Round(c.Box.Top, 1)), StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => (IReadOnlyList<decimal>)g.First().OcrNumbers, StringComparer.Ordinal);

    private static string Place(int page, double x, double y) => string.Create(CultureInfo.InvariantCulture, $"page {page} (x {x:0.0}, y {y:0.0})");

    /// <summary>The key of <see cref="Readings"/> for the cell at <paramref name="at"/>; null when the text gives no page and corner.</summary>
    internal static string? PlaceOf(string at) =>
        SourceLocation.TryParse(at, out var place) && place is { Page: int page, X: double x, Y: double y } ? Place(page, x, y) : null;

    /// <summary>The numbers the OCR passes read at <paramref name="at"/>.</summary>
    private IReadOnlyList<decimal> ReadingsAt(string at) =>
        readings is { Count: > 0 } && PlaceOf(at) is { } place && readings.TryGetValue(place, out var list) ? list : [];

    /// <summary>
    /// Two independent OCR passes read this very number in the cell, and no pass read another number there. Two passes
    /// can agree on a misreading of the same pixels (the county seal scan's 56.4, read 50.4 at 88 by the digits pass
    /// and the closer look); the pass that read 56.4 is the witness against it.
    /// </summary>
    private bool ReadAlike(CellRecord cell) =>
        cell.Value is { } value && ReadingsAt(cell.At).Count(v => v == value) >= 2 && Confidence(cell.At) >= options.AlikeConfidence
        && ReadingsAt(cell.At).All(v => v == value);

    /// <summary>
    /// What the second, independent reading (<see cref="OcrSecondReading"/>) read in the cell, one text per model (empty
    /// where a model read no number); empty when the cell was not read again.
    /// </summary>
    private IReadOnlyList<string> SecondAt(string at) =>
        SourceLocation.TryParse(at, out var place) && place is { Page: int page, X: double x, Y: double y }
        && grid?.CellAt(page, x, y) is { } found ? found.SecondReading : [];

    /// <summary>
    /// The second reading's models both read <paramref name="value"/>, each as a well-formed number for the cell's kind
    /// (no leading zero; a decimal point only in money). To publish an unsure reading on this alone, the engine must not
    /// have been less sure of it than <see cref="OcrOptions.SecondReadingFloor"/>.
    /// </summary>
    private bool SecondReads(CellRecord cell, decimal value)
    {
        var second = SecondAt(cell.At);
        return second.Count >= 2 && second.All(t => OcrSecondReading.WellFormed(t, cell.Unit) && CellValueParser.Parse(t).Value == value);
    }

    /// <summary>
    /// The one other number both models of the second reading read instead of <paramref name="value"/>, with no fewer
    /// characters than it; else null. A reading that drops a character is no dispute: a faint thin 1 can fall below the
    /// crop's black-and-white threshold (a sure 41 of county seal 150 read 4 by both models, and lost).
    /// </summary>
    private decimal? SecondDisputes(CellRecord cell, decimal value)
    {
        var second = SecondAt(cell.At);
        if (second.Count < 2 || !second.All(t => OcrSecondReading.WellFormed(t, cell.Unit) && t.Length >= Number(value).Length))
        {
            return null;
        }

        var values = second.Select(static t => CellValueParser.Parse(t).Value).Distinct().ToList();
        return values is [{ } other] && other != value ? other : null;
    }

    /// <summary>What the second reading read, for a diagnostic: "; second reading (the cell cut out alone): 56.4, 50.4".</summary>
    private string SecondNote(CellRecord cell)
    {
        var second = SecondAt(cell.At);
        return second.Count == 0 ? string.Empty : $"; second reading (the cell cut out alone, by each model): {string.Join(", ", second.Select(static t => t.Length == 0 ? "no number" : t))}";
    }

    public ReportResult Verify(ReportResult report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var confidence = new Dictionary<string, double>(StringComparer.Ordinal);
        // A sure reading that both models of the second reading read as one other number is not sure: it is a suspect
        // like an unsure one, and a check failing on it is not published (county fax 300: a 6 read as 0 at 94).
        var disputed = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var cell in report.Cells)
        {
            if (Confidence(cell.At) is { } c)
            {
                if (options.SecondReadingDisputes && c >= options.HighConfidence && cell.Value is { } value && SecondDisputes(cell, value) is { } other)
                {
                    disputed[cell.Key] = other;
                    c = options.HighConfidence - 1;
                }

                confidence[cell.Key] = c;
            }
        }

        var diagnostics = report.Diagnostics.ToList();
        var cells = report.Cells.ToList();
        void MarkMissing(int index, string why)
        {
            var cell = cells[index];
            diagnostics.Add(new Diagnostic(DiagnosticCodes.AmbiguousCells, $"{cell.Key}: {why}; left missing rather than guessed", cell.At, Severity.Warning));
            cells[index] = cell with { Kind = CellKind.Missing, Value = null };
        }

        // 1. What the reading itself says it did not get, and rows that took another grid row's figures (however sure
        // the engine was of the digits, they are the wrong row's).
        var misplaced = OcrRowPlacement.Misplaced(cells);
        var straddling = Straddling(cells);
        var unread = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var known = confidence.TryGetValue(cell.Key, out var sure);
            if (misplaced.TryGetValue(cell.Key, out var placement))
            {
                MarkMissing(i, string.Create(CultureInfo.InvariantCulture, $"OCR read \"{cell.Raw}\" but {placement}; candidate: {cell.Raw} (as read, from the other row)"));
            }
            else if (straddling.TryGetValue(cell.Key, out var rows))
            {
                MarkMissing(i, $"OCR read \"{cell.Raw}\" in {GridRow(cell.At)}, but the figures of one row of the template were taken from {rows} of the scanned table, so they may be shifted by a cell; candidate: {cell.Raw} (as read)");
            }
            else if (known && cell.Kind == CellKind.Missing && cell.Raw.Length > 0)
            {
                // A figure's place read as a character or two (OcrUnreadFigures), or seal ink read as figures: the mapper
                // kept its place, not its value.
                MarkMissing(i, SealInk(cell.At)
                    ? $"OCR read \"{cell.Raw}\" in a cell whose ink is mostly the red seal's, so it is the seal's strokes read as figures, not the table's figure"
                    : string.Create(CultureInfo.InvariantCulture, $"OCR read \"{cell.Raw}\" with confidence {sure:0} where a number was expected"));
            }
            else if (cell.Kind == CellKind.Blank && cell.At.Length == 0)
            {
                MarkMissing(i, "no cell of the scanned tables could be placed here (its table, row or column label was not recognised)");
            }
            else if (known && cell.Kind == CellKind.Blank && sure == 0)
            {
                MarkMissing(i, "the scanned cell has ink but OCR read nothing in it");
            }
            else if (known && cell.Kind == CellKind.Text && cell.Raw.Trim().Length <= 3)
            {
                // A mark or a character or two where the table's figures stand: a misread number, however sure the engine was.
                MarkMissing(i, string.Create(CultureInfo.InvariantCulture, $"OCR read \"{cell.Raw}\" with confidence {sure:0} where a number was expected"));
            }
            else if (known && cell.Kind == CellKind.Text && sure < options.HighConfidence)
            {
                MarkMissing(i, string.Create(CultureInfo.InvariantCulture, $"OCR read \"{cell.Raw}\" with confidence {sure:0}, which is neither a number nor a sure reading"));
            }
        }

        // Cells of rows placed by order: the identities held with every one of them when the row was placed (the mapper's
        // OrderAligner on a table read in full, or OcrRowPosition below). The mapper's stand only where the rules above
        // left every cell of the table as read.
        var spoiled = cells.Where((c, i) => c.Kind == CellKind.Missing && report.Cells[i].Kind != CellKind.Missing).Select(static c => c.Table).ToHashSet(StringComparer.Ordinal);
        var placedByOrder = cells.Where(c => c.ResolvedBy == CellResolution.Order && !spoiled.Contains(c.Table)).Select(static c => c.Key).ToHashSet(StringComparer.Ordinal);
        if (grid is not null)
        {
            var before = cells.Where(static c => c.ResolvedBy == CellResolution.Order).Select(static c => c.Key).ToHashSet(StringComparer.Ordinal);
            // Rows whose label was not read (a seal over the label column), placed by position where the identities hold.
            var placed = OcrRowPosition.Place(report with { Cells = cells.ToList(), Diagnostics = diagnostics.ToList() }, grid);
            cells.Clear();
            cells.AddRange(placed.Cells);
            diagnostics.Clear();
            diagnostics.AddRange(placed.Diagnostics);
            foreach (var cell in cells.Where(c => c.ResolvedBy == CellResolution.Order && !before.Contains(c.Key)))
            {
                placedByOrder.Add(cell.Key);
                if (Confidence(cell.At) is { } c)
                {
                    confidence[cell.Key] = c;
                }
            }
        }

        unread.UnionWith(cells.Where(static c => c.Kind == CellKind.Missing).Select(static c => c.Key));
        var updated = report with { Cells = cells, Diagnostics = diagnostics, Source = report.Source with { ReadBy = ReportSource.ReadByOcr } };
        var checks = ReportChecker.Check(updated);

        // 2. Failed identities that a low-confidence cell explains.
        var byKey = cells.ToDictionary(static c => c.Key, StringComparer.Ordinal);
        var suspects = new Dictionary<string, List<(string Rule, string Scope, decimal Candidate)>>(StringComparer.Ordinal);
        var explained = new List<(CheckResult Check, List<string> Explaining)>();
        var unexplained = new HashSet<string>(StringComparer.Ordinal);
        foreach (var check in checks.Where(c => c.Outcome == CheckOutcome.Fail && s_identities.Contains(c.Rule)))
        {
            var explaining = new List<string>();
            foreach (var (key, candidate) in Candidates(check, byKey))
            {
                // A blank is "no ink in the box", sure only if the scanned grid was cut right: on a skewed scan a row
                // split in two leaves a blank where the figure was, so a blank that explains a failure is a suspect too.
                // An unsure figure both models of the second reading read as it was read is no suspect: the failure is more
                // likely another cell's (fax 300: a sure 6 read as 0 failed the total column, and four unsure 1s and 5s
                // that each could have explained it went with it). It still needs a passing identity to stand. One model
                // alone (the other reading no number) is not enough: a 5 read 9 was read 9 again by one, nothing by the
                // other, and was no longer taken as its identities needed (county fax-straight 300).
                if (confidence.TryGetValue(key, out var c) && (c < options.HighConfidence || byKey[key].Kind == CellKind.Blank)
                    && !(byKey[key].Value is { } asRead && SecondReads(byKey[key], asRead)))
                {
                    explaining.Add(key);
                    if (!suspects.TryGetValue(key, out var list))
                    {
                        list = [];
                        suspects[key] = list;
                    }

                    list.Add((check.Rule, check.Scope, candidate));
                }
            }

            explained.Add((check, explaining));
            if (explaining.Count == 0 && check.Cells.Any(k => confidence.TryGetValue(k, out var c) && c < options.HighConfidence))
            {
                // No unsure cell can make it hold (each would have to be negative), yet it is not published as a fail
                // (an unsure cell takes part): a sure cell was misread (a 6 read as 0 at 93 by two passes, county skew
                // 300 turned 0.4°). Its numbers stand only where another identity confirms them.
                unexplained.UnionWith(check.Cells);
            }
        }

        // A cell that alone explains two failures (its row and its column), or the only unsure cell of a failure, is the
        // one; otherwise every cell that could explain one goes. The one is taken with the value the identities need when
        // an OCR pass read that very value in it (two independent witnesses); else it goes too.
        var missing = new HashSet<string>(StringComparer.Ordinal);
        var taken = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (check, explaining) in explained)
        {
            var crossing = explaining.Where(k => suspects[k].Select(static s => s.Candidate).Distinct().Count() == 1 && (suspects[k].Count > 1 || explaining.Count == 1)).ToList();
            if (crossing.Count == 0 && explaining.Count > 1)
            {
                // Several unsure cells could each explain it and nothing says which: a sure cell misread is as likely
                // (a 6 read as 0 at 95 beside a 2 at 61 and a 1 at 81, county skew 300 turned 0.4°). The sure cells of
                // this identity stand only where another identity confirms them.
                ambiguous.UnionWith(check.Cells);
            }

            foreach (var key in crossing.Count > 0 ? crossing : explaining)
            {
                var candidate = suspects[key][0].Candidate;
                if (crossing.Count == 1 && (ReadingsAt(byKey[key].At).Contains(candidate) || SecondReads(byKey[key], candidate)))
                {
                    taken[key] = candidate;
                }
                else
                {
                    missing.Add(key);
                }
            }
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (taken.TryGetValue(cell.Key, out var value) && !missing.Contains(cell.Key))
            {
                var raw = Number(value);
                var rules = string.Join(", ", suspects[cell.Key].Select(static s => $"{s.Rule} {s.Scope}"));
                diagnostics.Add(new Diagnostic(DiagnosticCodes.AmbiguousCells, string.Create(CultureInfo.InvariantCulture,
                    $"{cell.Key}: OCR read \"{cell.Raw}\" with confidence {Confidence(cell.At) ?? confidence[cell.Key]:0} and {rules} fail with it; another OCR pass read {raw}, which they need: taken"), cell.At, Severity.Info));
                cells[i] = cell with { Kind = CellKind.Number, Value = value, Raw = raw };
            }
            else if (missing.Contains(cell.Key))
            {
                var candidates = string.Join(", ", suspects[cell.Key].Select(static s => s.Candidate).Distinct().Select(Number));
                var rules = string.Join(", ", suspects[cell.Key].Select(static s => $"{s.Rule} {s.Scope}"));
                MarkMissing(i, string.Create(CultureInfo.InvariantCulture,
                    $"OCR read \"{cell.Raw}\" with confidence {Confidence(cell.At) ?? confidence[cell.Key]:0} ({(disputed.ContainsKey(cell.Key) ? "the second reading read another number" : $"below {options.HighConfidence:0}")}) and {rules} fail with it; candidates: {candidates} (what the identities need), {cell.Raw} (as read){SecondNote(cell)}"));
            }
        }

        updated = updated with { Cells = cells, Diagnostics = diagnostics };
        checks = ReportChecker.Check(updated);

        // 3. A number read with less than high confidence that neither an identity (table 二 has none) nor a second OCR
        // pass confirms is not published.
        var confirmed = checks
            .Where(c => c.Outcome == CheckOutcome.Pass && s_identities.Contains(c.Rule))
            .SelectMany(static c => c.Cells)
            .ToHashSet(StringComparer.Ordinal);
        // A cell placed by order is confirmed by the identities that placed it (they held with it, none failed): a figure
        // read unsurely there was 7 at 89 on county seal-not-turned 300, and its row sum, column and T3-ID held with it.
        // Being `resolved_by: order`, those identities are not assessed again afterwards.
        confirmed.UnionWith(placedByOrder);
        var covered = checks.Where(c => s_identities.Contains(c.Rule)).SelectMany(static c => c.Cells).ToHashSet(StringComparer.Ordinal);
        var unconfirmed = 0;
        var besideGap = BesideAGap(report.Cells, unread);
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];

            // A blank is no ink in the box, which is only right if the scanned grid was cut right (a skewed scan can split
            // a row and leave its figures beside the box): where identities cover the cell, one of them must hold with it.
            if (cell.Kind == CellKind.Blank && confidence.ContainsKey(cell.Key) && covered.Contains(cell.Key) && !confirmed.Contains(cell.Key))
            {
                unconfirmed++;
                MarkMissing(i, "OCR saw no ink in the scanned cell, but no identity it takes part in could be assessed to confirm a blank");
                continue;
            }

            var unsure = cell.Kind == CellKind.Number && confidence.TryGetValue(cell.Key, out var sure) && sure < options.HighConfidence && !confirmed.Contains(cell.Key)
                && (!ReadAlike(cell) || disputed.ContainsKey(cell.Key));
            sure = confidence.GetValueOrDefault(cell.Key);
            var secondAlike = unsure && sure >= options.SecondReadingFloor && SecondReads(cell, cell.Value!.Value);
            if (unsure && disputed.TryGetValue(cell.Key, out var instead))
            {
                unconfirmed++;
                MarkMissing(i, string.Create(CultureInfo.InvariantCulture,
                    $"OCR read \"{cell.Raw}\" with confidence {Confidence(cell.At):0}, but the second reading read {Number(instead)} by both models, and no passing identity confirms either; candidates: {cell.Raw} (as read), {Number(instead)} (second reading)"));
            }
            else if (unsure && !secondAlike)
            {
                unconfirmed++;
                var others = ReadingsAt(cell.At).Where(v => v != cell.Value).Distinct().Select(Number).ToList();
                MarkMissing(i, others.Count == 0
                    ? string.Create(CultureInfo.InvariantCulture,
                        $"OCR read \"{cell.Raw}\" with confidence {sure:0} (below {options.HighConfidence:0}), no passing identity confirms it and no second OCR pass read it alike; candidate: {cell.Raw} (as read){SecondNote(cell)}")
                    : string.Create(CultureInfo.InvariantCulture,
                        $"OCR read \"{cell.Raw}\" with confidence {sure:0} (below {options.HighConfidence:0}), no passing identity confirms it and the OCR passes disagree; candidates: {cell.Raw} (as read), {string.Join(", ", others)} (other passes){SecondNote(cell)}"));
            }
            else if (cell.Kind == CellKind.Number && unexplained.Contains(cell.Key) && !confirmed.Contains(cell.Key))
            {
                unconfirmed++;
                MarkMissing(i, string.Create(CultureInfo.InvariantCulture,
                    $"OCR read \"{cell.Raw}\" in an identity that fails as read and that no unsure cell of it can explain, so one of its sure readings is wrong, and no passing identity confirms this one; candidate: {cell.Raw} (as read){SecondNote(cell)}"));
            }
            else if (cell.Kind == CellKind.Number && ambiguous.Contains(cell.Key) && !confirmed.Contains(cell.Key))
            {
                unconfirmed++;
                MarkMissing(i, string.Create(CultureInfo.InvariantCulture,
                    $"OCR read \"{cell.Raw}\" in an identity that fails as read, where several unsure cells could each explain the failure and none is pinned, so a sure reading may be the wrong one, and no passing identity confirms this one; candidate: {cell.Raw} (as read){SecondNote(cell)}"));
            }
            else if (cell.Kind == CellKind.Number && besideGap.Contains(cell.Key) && !confirmed.Contains(cell.Key))
            {
                // Its neighbour found no scanned cell or could not be read: the rule between them may be lost (this box
                // holds both figures, "1" and "0" read as 10) or the boxes cut askew, alike in every pass and at any confidence.
                unconfirmed++;
                MarkMissing(i, string.Create(CultureInfo.InvariantCulture,
                    $"OCR read \"{cell.Raw}\" in a cell beside one where no scanned cell was found or nothing could be read, so its box may span both columns or be cut askew, and no passing identity confirms it; candidate: {cell.Raw} (as read){SecondNote(cell)}"));
            }
            else if (secondAlike)
            {
                // Read unsurely, confirmed by nothing else, but read alike by the second reading: published, still below high
                // confidence in its `at`, so a check it takes part in is never published as a fail.
                var others = ReadingsAt(cell.At).Where(v => v != cell.Value).Distinct().Select(Number).ToList();
                diagnostics.Add(new Diagnostic(DiagnosticCodes.AmbiguousCells, string.Create(CultureInfo.InvariantCulture,
                    $"{cell.Key}: OCR read \"{cell.Raw}\" with confidence {sure:0} (below {options.HighConfidence:0}) and no passing identity confirms it; {SecondConfirmed}{(others.Count == 0 ? string.Empty : $" (other passes read {string.Join(", ", others)})")}: published"), cell.At, Severity.Info));
            }
        }

        if (unconfirmed > 0)
        {
            updated = updated with { Cells = cells, Diagnostics = diagnostics };
            checks = ReportChecker.Check(updated);
        }

        // A cell left missing makes the report partial, as any ambiguous cell does in the mapper.
        var status = report.Status == ReportStatus.Parsed && cells.Any(static c => c.Kind == CellKind.Missing) ? ReportStatus.Partial : report.Status;
        // Rows whose place the mapper inferred (EX104 at one of their cells: a label read damaged and matched by
        // resemblance, figures placed by the template's order, a grid cut at a heading): however sure the engine was of
        // the digits, they may stand in the wrong row, so a check failing on them is not published either.
        var inferred = report.Diagnostics
            .Where(static d => d.Code == DiagnosticCodes.LayoutRepaired)
            .Select(static d => GridRow(d.At))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var inferredCells = cells.Where(c => GridRow(c.At) is { } row && inferred.Contains(row)).Select(static c => c.Key).ToHashSet(StringComparer.Ordinal);
        return updated with { Status = status, Cells = cells, Diagnostics = diagnostics, Checks = checks.Select(check => Soften(check, confidence, inferredCells)).ToList() };
    }

    /// <summary>The words of the diagnostic of a figure the second reading confirmed (the benchmark counts them by it).</summary>
    public const string SecondConfirmed = "the second reading (the cell cut out alone, enlarged, black and white) read it alike by both models";

    /// <summary>
    /// A failure on a cell OCR was not sure of, or on a cell of a row whose place the mapper inferred
    /// (<paramref name="inferred"/>), is not published: it may be our misreading.
    /// </summary>
    private CheckResult Soften(CheckResult check, Dictionary<string, double> confidence, HashSet<string> inferred)
    {
        if (check.Outcome != CheckOutcome.Fail)
        {
            return check;
        }

        var unsure = check.Cells.Where(k => confidence.TryGetValue(k, out var c) && c < options.HighConfidence).ToList();
        var placed = check.Cells.Where(k => inferred.Contains(k) && !unsure.Contains(k)).ToList();
        if (unsure.Count == 0 && placed.Count == 0)
        {
            return check;
        }

        var list = string.Join(", ", unsure.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k} {confidence[k]:0}")));
        var rows = string.Join(", ", placed);
        var why = (unsure.Count, placed.Count) switch
        {
            ( > 0, 0) => $"识别（OCR）置信度不足：{list} / not assessable, OCR confidence below {options.HighConfidence.ToString("0", CultureInfo.InvariantCulture)}: {list}",
            (0, > 0) => $"所在行由版式推断：{rows} / not assessable, the row of these cells was inferred from the layout (EX104): {rows}",
            _ => $"识别（OCR）置信度不足：{list}；所在行由版式推断：{rows} / not assessable, OCR confidence below {options.HighConfidence.ToString("0", CultureInfo.InvariantCulture)}: {list}; the row of these cells was inferred from the layout (EX104): {rows}",
        };
        return check with
        {
            Outcome = CheckOutcome.NotAssessable,
            Expected = null,
            Actual = null,
            Message = $"{check.Rule} {check.Scope}: 无法判断，{why}. ({check.Message})",
        };
    }

    /// <summary>
    /// Cells read by OCR whose left or right neighbour in the row (in the template's column order) has no scanned cell or
    /// could not be read (<paramref name="unread"/>): a rule lost or a box cut askew there spoils its neighbours too (a
    /// 6 cut to a 0 read at 94 beside a cell read as 光 on the county skew 300 scan).
    /// </summary>
    private static HashSet<string> BesideAGap(IReadOnlyList<CellRecord> cells, HashSet<string> unread)
    {
        var beside = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in cells.GroupBy(static c => (c.Table, c.Row)))
        {
            var ordered = row.ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                if (ordered[i].At.Length > 0 && !unread.Contains(ordered[i].Key))
                {
                    continue;
                }

                foreach (var j in new[] { i - 1, i + 1 })
                {
                    if (j >= 0 && j < ordered.Count && ordered[j].At.Length > 0 && Confidence(ordered[j].At) is not null)
                    {
                        beside.Add(ordered[j].Key);
                    }
                }
            }
        }

        return beside;
    }

    /// <summary>
    /// Cells from a grid row whose figures went to a template row that also took figures from another grid row. One
    /// row of the template is one row of the table, so such a row was put together from two (on the county skew 150
    /// scan a header cell read as "4" and the 14 figures of the appeals row became 15, each a cell off); every cell
    /// those grid rows gave goes, as the rows that share them were filled in the same shifted order.
    /// </summary>
    private static Dictionary<string, string> Straddling(IReadOnlyList<CellRecord> cells)
    {
        var gridRow = cells
            .Where(static c => Confidence(c.At) is not null)
            .Select(static c => (c.Key, Row: GridRow(c.At)))
            .Where(static c => c.Row is not null)
            .ToDictionary(static c => c.Key, static c => c.Row!, StringComparer.Ordinal);
        var suspect = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in cells.Where(c => gridRow.ContainsKey(c.Key)).GroupBy(static c => (c.Table, c.Row)))
        {
            var rows = row.Select(c => gridRow[c.Key]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (rows.Count > 1)
            {
                foreach (var grid in rows)
                {
                    suspect[grid] = string.Join(" and ", rows);
                }
            }
        }

        return gridRow.Where(kv => suspect.ContainsKey(kv.Value)).ToDictionary(static kv => kv.Key, kv => suspect[kv.Value], StringComparer.Ordinal);
    }

    /// <summary>Whether the scanned cell at <paramref name="at"/> holds seal ink read as figures (<see cref="Extractor.Pdf.Tables.GridCell.SealInk"/>).</summary>
    private bool SealInk(string at) =>
        SourceLocation.TryParse(at, out var place) && place is { Page: int page, X: double x, Y: double y }
        && grid?.CellAt(page, x, y) is { SealInk: true };

    /// <summary>For each number cell of a failed equation, the value that would make it hold.</summary>
    private static IEnumerable<(string Key, decimal Candidate)> Candidates(CheckResult check, Dictionary<string, CellRecord> cells)
    {
        if (check.Expected is not { } expected || check.Actual is not { } actual)
        {
            yield break;
        }

        // Actual is the left side (the total as stated); expected the right side (the sum of the parts).
        var difference = expected - actual;
        for (var i = 0; i < check.Cells.Count; i++)
        {
            if (!cells.TryGetValue(check.Cells[i], out var cell) || cell.Kind is not (CellKind.Number or CellKind.Blank))
            {
                continue;
            }

            var value = cell.Value ?? 0;

            // Which side the cell is on: the total cells of the identity are the left side.
            var onLeft = IsLeft(check.Rule, cell);
            var candidate = onLeft ? value + difference : value - difference;
            if (candidate >= 0 && candidate == decimal.Truncate(candidate))
            {
                yield return (cell.Key, candidate);
            }
        }
    }

    private static bool IsLeft(string rule, CellRecord cell) => rule switch
    {
        "T3-COL" or "T4-SUM" => cell.Col == "total",
        "T3-SUM" => cell.Row == "total_processed",
        "T3-ID" => cell.Row is "new_received" or "carried_over",
        _ => false,
    };

    private static string Number(decimal value) => value.ToString("0.########", CultureInfo.InvariantCulture);

    private static double? Confidence(string at) => SourceLocation.TryParse(at, out var place) ? place.OcrConfidence : null;

    /// <summary>"page P, table T, row R": the scanned grid row a cell was read from, or null when it has none.</summary>
    private static string? GridRow(string at) =>
        SourceLocation.TryParse(at, out var place) && place is { Page: int page, Line: null, Table: int table, Row: int row }
            ? string.Create(CultureInfo.InvariantCulture, $"page {page}, table {table}, row {row}")
            : null;
}
