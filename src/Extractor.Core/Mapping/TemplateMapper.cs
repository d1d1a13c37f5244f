using Extractor.Core.Checks.Narrative;
using Extractor.Core.Documents;
using Extractor.Core.Legacy;
using Extractor.Core.Records;
using Extractor.Core.Templates;
using Extractor.Core.Text;

namespace Extractor.Core.Mapping;

/// <summary>Maps a read document onto the national template: metadata, sections and every table cell by its labels.</summary>
public static class TemplateMapper
{
    /// <summary>Maps <paramref name="document"/>; checks are not run here.</summary>
    /// <param name="document">The document as a reader produced it.</param>
    /// <param name="source">Where it came from; copied into the result.</param>
    public static ReportResult Map(ReportDocument document, ReportSource source)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(source);
        var diagnostics = new List<Diagnostic>(document.Diagnostics);

        if (document.UnreadableReason is { } reason)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.BadTextLayer, reason, string.Empty, Severity.Error));
            return new ReportResult { Source = source, Status = ReportStatus.Failed, Template = TemplateIds.Unknown, Diagnostics = diagnostics };
        }

        var sectioned = DocumentSectioner.Split(document);
        foreach (var cut in sectioned.HeadingRowsCut)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.LayoutRepaired, $"a scanned table ran on over the section heading 「{cut.Text}」 (the grid bridged two tables); cut there, the rows after it read as a table of their own", cut.At.ToString(), Severity.Info));
        }

        var meta = MetadataExtractor.Extract(document, sectioned, preferBodyDate: source.Format is "pdf" or "docx");
        var result = new ReportResult
        {
            Source = source,
            Status = ReportStatus.NotAReport,
            Title = meta.Title,
            Agency = meta.Agency,
            AgencySimplified = meta.Agency is null ? null : ChineseText.ToSimplified(meta.Agency),
            Year = meta.Year,
            Template = TemplateIds.Unknown,
            Script = meta.Script,
            PublishedAt = meta.PublishedAt,
            Sections = ToSections(sectioned),
        };

        if (!meta.LooksLikeReport)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.NotAReport, "no annual-report title, section headings or table 三 labels found", string.Empty, Severity.Info));
            return result with { Diagnostics = diagnostics };
        }

        if (meta.Year is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.YearMissing, "report year not found in the title or the statistics-period sentence", string.Empty));
        }

        if (meta.Agency is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.AgencyMissing, "agency not found in the title, page metadata or signature", string.Empty));
        }

        var statements = StatementCollector.Collect(result.Sections, meta.Year, meta.Agency, result.AgencySimplified);
        var legacy = LegacyStatistics.Read(sectioned, statements, diagnostics);
        var templateId = TemplateDetector.Detect(sectioned, meta.Year);
        var template = TemplateCatalog.Get(templateId);
        var activeStatements = ActiveStatementScanner.Scan(result.Sections, meta.Year, out var conflicts);
        foreach (var conflict in conflicts)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.AmbiguousCells, $"active/{conflict}: the narrative states different numbers for one table 二 cell; neither settles it", string.Empty, Severity.Info));
        }

        var cells = template is null ? [] : MapTables(template, sectioned, activeStatements, diagnostics);

        var missingSections = (templateId == TemplateIds.Legacy ? SectionHeadings.Keys.Take(5) : SectionHeadings.Keys)
            .Where(k => !sectioned.HeadingsFound.Contains(k))
            .ToList();
        foreach (var key in missingSections)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.SectionMissing, $"section heading for `{key}` not found", string.Empty));
        }

        var incomplete = templateId == TemplateIds.Unknown
            || missingSections.Count > 0
            || diagnostics.Any(static d => d.Code is DiagnosticCodes.RowMissing or DiagnosticCodes.RowShape or DiagnosticCodes.TableMissing or DiagnosticCodes.BadTextLayer or DiagnosticCodes.AmbiguousCells);
        if (templateId == TemplateIds.Legacy)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.TemplateDeviation, "pre-2019 report: no national table to map", string.Empty, Severity.Info));
        }

        return result with
        {
            Status = incomplete ? ReportStatus.Partial : ReportStatus.Parsed,
            Template = templateId,
            Cells = cells,
            LegacyIndicators = legacy,
            Statements = statements,
            Diagnostics = diagnostics,
        };
    }

    private static List<CellRecord> MapTables(TemplateDefinition template, SectionedDocument sectioned, IReadOnlyList<ActiveStatement> activeStatements, List<Diagnostic> diagnostics)
    {
        var cells = new List<CellRecord>(220);
        foreach (var table in template.Tables)
        {
            var items = sectioned.Tables[table.Key];
            if (table.Key == "appeals")
            {
                cells.AddRange(AppealsMapper.Map(items, diagnostics));
                continue;
            }

            if (items.Count == 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.TableMissing, $"{table.Key}: table 「{table.Heading}」 not found; its cells are missing", string.Empty));
            }

            RowCollector.Classifier classify = table.Key == "active" ? ActiveLabels.Classify : ApplicationsLabels.Classify;
            var unplaced = new List<TableItem>();
            var (segments, headers, units) = RowCollector.Collect(items, classify, unplaced, table, diagnostics);
            var byKey = PickSegments(table, segments, diagnostics);
            var ordered = AlignByOrder(table, items, byKey, unplaced, diagnostics);
            var first = cells.Count;

            foreach (var row in table.Rows)
            {
                byKey.TryGetValue(row.Key, out var segment);

                // A missing table is one diagnostic, not one per row.
                cells.AddRange(ColumnAssigner.Assign(table.Key, row, segment, headers, units, items.Count == 0 ? [] : diagnostics));

                // A 2021 table that keeps the 2019 single （六）其他处理 row: emit it after the three sub-rows it replaces.
                if (row.Key == "other_misc" && byKey.TryGetValue("other_handling", out var legacyRow))
                {
                    diagnostics.Add(new Diagnostic(
                        DiagnosticCodes.TemplateDeviation,
                        "applications: the table uses the 2019 single row （六）其他处理 instead of the 2021 sub-rows 1–3; emitted as other_handling",
                        legacyRow.Label.Cell.At.ToString()));
                    cells.AddRange(ColumnAssigner.Assign(table.Key, TemplateCatalog.OtherHandlingRow, legacyRow, headers, units, diagnostics));
                }
            }

            for (var i = first; i < cells.Count; i++)
            {
                if (ordered.Contains(cells[i].Row) && cells[i].Kind != CellKind.Missing)
                {
                    cells[i] = cells[i] with { ResolvedBy = CellResolution.Order };
                }
            }

            // Table 二 cells the text leaves ambiguous, settled by what the narrative states (resolved_by narrative).
            if (table.Key == "active" && activeStatements.Count > 0)
            {
                var stranded = unplaced.Where(i => !ordered.Contains(RowOf(byKey, i))).ToList();
                NarrativeResolver.Resolve(table, cells, first, byKey, stranded, activeStatements, diagnostics);
            }

            foreach (var extra in byKey.Values.Where(s => table.FindRow(s.Key) is null && s.Key != "other_handling"))
            {
                var raw = string.Join(" | ", extra.Values.Select(static v => v.Cell.Text));
                diagnostics.Add(new Diagnostic(DiagnosticCodes.Unrecognised, $"{table.Key}: row 「{extra.Label.Cell.Text}」 is not part of the {template.Id} template; values not mapped: {raw}", extra.Label.Cell.At.ToString()));
            }

            foreach (var item in unplaced.Where(i => i.Parsed.Kind is CellKind.Number or CellKind.Na && !ordered.Contains(RowOf(byKey, i))).Take(20))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.Unrecognised, $"{table.Key}: value 「{item.Cell.Text}」 is outside any recognised row", item.Cell.At.ToString(), Severity.Info));
            }
        }

        return cells;
    }

    /// <summary>
    /// Fills rows that labels left without values from bare value rows in template order (<see cref="OrderAligner"/>),
    /// and keeps the proposal only when the table's own identities hold with it. Returns the row keys so placed;
    /// <paramref name="byKey"/> receives their segments.
    /// </summary>
    private static HashSet<string> AlignByOrder(TableDefinition table, IReadOnlyList<TableItem> items, Dictionary<string, RowSegment> byKey, List<TableItem> unplaced, List<Diagnostic> diagnostics)
    {
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var proposal = OrderAligner.Propose(table, items, byKey, unplaced);
        if (proposal.Count == 0)
        {
            return placed;
        }

        var trial = new Dictionary<string, RowSegment>(byKey, StringComparer.Ordinal);
        foreach (var (key, segment) in proposal)
        {
            trial[key] = segment;
        }

        var scratch = new List<Diagnostic>();
        var empty = new Dictionary<string, string>(StringComparer.Ordinal);
        var cells = table.Rows.SelectMany(r => ColumnAssigner.Assign(table.Key, r, trial.GetValueOrDefault(r.Key), [], empty, scratch)).ToList();
        var rows = string.Join(", ", proposal.Keys);
        var at = proposal.Values.First().Label.Cell.At.ToString();
        if (!TableIdentities.Hold(table, cells, out var why))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.RowShape, $"{table.Key}: bare value rows would fill {rows} by the template's row order, but the table's identities do not hold with them ({why}); left missing", at));
            return placed;
        }

        foreach (var (key, segment) in proposal)
        {
            byKey[key] = segment;
            placed.Add(key);
        }

        diagnostics.Add(new Diagnostic(DiagnosticCodes.LayoutRepaired, $"{table.Key}: rows {rows} had no label beside their values; placed by the template's row order, and T3-COL/T3-SUM/T3-ID hold with them (resolved_by order)", at, Severity.Info));
        return placed;
    }

    private static string RowOf(Dictionary<string, RowSegment> byKey, TableItem item) =>
        byKey.FirstOrDefault(p => p.Value.Values.Contains(item)).Key ?? string.Empty;

    /// <summary>One segment per row key: the first that has values; a later one with values too is reported.</summary>
    private static Dictionary<string, RowSegment> PickSegments(TableDefinition table, List<RowSegment> segments, List<Diagnostic> diagnostics)
    {
        var picked = new Dictionary<string, RowSegment>(StringComparer.Ordinal);
        foreach (var segment in segments)
        {
            var hasValues = segment.Values.Any(static v => v.Parsed.Kind != CellKind.Blank);
            if (segment.MaybeGroup && segment.Values.Count == 0)
            {
                continue;
            }

            if (!picked.TryGetValue(segment.Key, out var earlier))
            {
                picked[segment.Key] = segment;
                continue;
            }

            var earlierHasValues = earlier.Values.Any(static v => v.Parsed.Kind != CellKind.Blank);
            if (!earlierHasValues && (hasValues || segment.Values.Count > earlier.Values.Count))
            {
                picked[segment.Key] = segment;
            }
            else if (hasValues)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.RowDuplicate,
                    $"{table.Key}/{segment.Key}: row 「{segment.Label.Cell.Text}」 appears again with values; the first at {earlier.Label.Cell.At} was kept",
                    segment.Label.Cell.At.ToString()));
            }
        }

        // The 2021 sub-rows exist only in the 2021 template; in a 2019 table （六）其他处理 is the row itself.
        if (table.FindRow("other_handling") is not null || !picked.ContainsKey("other_handling"))
        {
            return picked;
        }

        var handling = picked["other_handling"];
        if (handling.Values.All(static v => v.Parsed.Kind == CellKind.Blank) && (picked.ContainsKey("other_no_correction") || picked.ContainsKey("other_unpaid_fee")))
        {
            picked.Remove("other_handling");
        }

        return picked;
    }

    private static ReportSections ToSections(SectionedDocument sectioned)
    {
        string? Join(string key) => sectioned.Narrative.TryGetValue(key, out var lines) ? string.Join("\n", lines) : sectioned.HeadingsFound.Contains(key) ? string.Empty : null;
        var ranges = SectionHeadings.Keys.Where(sectioned.Ranges.ContainsKey).ToDictionary(static k => k, k => sectioned.RangeText(k)!, StringComparer.Ordinal);
        return new ReportSections(Join("overall"), Join("active"), Join("applications"), Join("appeals"), Join("problems"), Join("other")) { At = ranges };
    }
}
