using System.Text.RegularExpressions;
using Extractor.Core.Documents;
using Extractor.Core.Reading.Text;
using Extractor.Core.Text;

namespace Extractor.Core.Mapping;

/// <summary>
/// Splits a document along its section headings and routes each table to the template table it holds. Headings are
/// recognised by what they say (<see cref="SectionHeadings"/>), then chosen in context: of several lines naming the
/// same table section, the one nearest above that section's table wins (a 总体情况 numbered 二、主动公开 … keeps its
/// prose); a content heading (（一）主要问题) opens its section only after the tables, moving forward; a line that is a
/// row label of the table being read is never a heading. A table goes where its labels say; only a table whose labels
/// say nothing follows the heading above it.
/// </summary>
internal static partial class DocumentSectioner
{
    /// <summary>Short lines inside a table section may name a group (markdown headings such as ### 行政复议).</summary>
    private const int MaximumLabelLineLength = 40;

    private static readonly string[] s_tableKeys = ["active", "applications", "appeals"];

    public static SectionedDocument Split(ReportDocument document)
    {
        var cuts = new List<TextBlock>();
        var (blocks, captions) = BlocksWithStatisticsCut(TablesCutAtHeadingRows(document.Blocks, cuts));
        var tableKinds = new Dictionary<int, string?>();
        // Each cell is normalised and parsed once: the items serve both the classification and the section's table.
        var tableItems = new Dictionary<int, List<TableItem>>();
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b] is TableBlock table)
            {
                var items = tableItems[b] = ToItems(table, b);
                tableKinds[b] = IsLegacyStatistics(items) ? SectionHeadings.Statistics : Classify(items);
            }
        }

        // Chrome is judged once per line (it normalises the whole line); headings and sections both ask.
        var chrome = new bool[blocks.Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            chrome[b] = blocks[b] is TextBlock line && ChromeFilter.IsChrome(line.Text);
        }

        var (accepted, repeated) = ChooseHeadings(blocks, tableKinds, captions, chrome);
        var result = new SectionedDocument();
        result.HeadingRowsCut.AddRange(cuts);
        var overallUnheaded = accepted.Count > 0 && !accepted.ContainsValue("overall");
        string? section = null;
        for (var b = 0; b < blocks.Count; b++)
        {
            switch (blocks[b])
            {
                case TextBlock text:
                    // A piece of a sentence is never a page number, even a bare one (办结<br>２<br>０３件).
                    if ((chrome[b] && !text.InSentence) || repeated.Contains(b))
                    {
                        continue;
                    }

                    result.Text.Add(text);
                    if (accepted.TryGetValue(b, out var key))
                    {
                        section = key;
                        result.HeadingsFound.Add(key);
                        result.Extend(key, text.At);
                        continue;
                    }

                    // No 一、总体情况 heading, and prose before the first heading (a report opening straight with its overview):
                    // that prose is the overview, leaving out the intro that says how the report was made.
                    var owner = section ?? (overallUnheaded && IsOverviewProse(text.Text) ? "overall" : null);
                    if (owner is not null)
                    {
                        if (!result.Narrative.TryGetValue(owner, out var lines))
                        {
                            result.Narrative[owner] = lines = [];
                        }

                        lines.Add(text.Text);
                        result.Extend(owner, text.At);
                    }

                    if (section is "active" or "applications" or "appeals" && text.Text.Length <= MaximumLabelLineLength && !text.Text.Contains('。', StringComparison.Ordinal)
                        && !IsSentencePiece(blocks, b))
                    {
                        var cell = new TableCell(text.Text, -1, -1, 1, 1, text.At);
                        result.Tables[section].Add(new TableItem(cell, b, TableLayout.Grid, ChineseText.NormalizeLabel(text.Text), default, FromText: true));
                    }

                    break;

                case TableBlock table:
                    var kind = tableKinds[b];
                    if (kind == SectionHeadings.Statistics)
                    {
                        result.StatisticsTables.Add(table);
                        break;
                    }

                    var target = kind ?? (section is "active" or "applications" or "appeals" ? section : null);
                    if (target is not null)
                    {
                        result.Tables[target].AddRange(tableItems[b]);
                        result.Extend(target, table.At);
                    }

                    break;
            }
        }

        return result;
    }

    /// <summary>Which heading candidates open a section, by block index; and the table titles repeated after their table (page headers), which are chrome.</summary>
    private static (Dictionary<int, string> Accepted, HashSet<int> Repeated) ChooseHeadings(List<Block> blocks, Dictionary<int, string?> tableKinds, HashSet<int> captions, bool[] chrome)
    {
        var candidates = new List<(int Block, SectionHeading Heading)>();
        for (var b = 0; b < blocks.Count; b++)
        {
            if (captions.Contains(b))
            {
                candidates.Add((b, new SectionHeading(SectionHeadings.Statistics, true, 0)));
            }
            else if (blocks[b] is TextBlock text && !chrome[b] && SectionHeadings.Find(text.Text) is { } heading)
            {
                candidates.Add((b, heading));
            }
        }

        // Where each table section's table starts: its heading is the last candidate naming it above that table.
        var firstTable = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (b, kind) in tableKinds.OrderBy(static k => k.Key))
        {
            if (kind is not null && kind != SectionHeadings.Statistics)
            {
                firstTable.TryAdd(kind, b);
            }
        }

        var accepted = new Dictionary<int, string>();
        var repeated = new HashSet<int>();
        var found = new HashSet<string>(StringComparer.Ordinal);
        string? current = null;
        for (var c = 0; c < candidates.Count; c++)
        {
            var (b, heading) = candidates[c];
            var key = heading.Key;
            var isTableKey = s_tableKeys.Contains(key);
            if (heading.Numbered)
            {
                if (isTableKey && firstTable.TryGetValue(key, out var tableAt))
                {
                    var nearerBelow = candidates.Skip(c + 1).Any(o => o.Heading.Numbered && o.Heading.Key == key && o.Block < tableAt);
                    if (b < tableAt && nearerBelow)
                    {
                        continue;
                    }

                    if (b > tableAt && found.Contains(key))
                    {
                        repeated.Add(b);
                        continue;
                    }
                }
                else if (isTableKey && found.Contains(key))
                {
                    // A table title repeated on the next page does not open its section again.
                    repeated.Add(b);
                    continue;
                }

                if (current is "active" or "applications" && IsRowLabel(((TextBlock)blocks[b]).Text, current))
                {
                    continue;
                }
            }
            else if (current is not ("active" or "applications" or "appeals" or "problems") || Index(key) <= Index(current))
            {
                // A content heading stands in for a missing numbered one only after the tables, and only moving forward.
                continue;
            }

            accepted[b] = key;
            found.Add(key);
            current = key;
        }

        return (accepted, repeated);
    }

    /// <summary>A line cut out of a paragraph's sentence (其中网上&lt;br&gt;６件、当面３件…) is prose, not a table line.</summary>
    private static bool IsSentencePiece(List<Block> blocks, int b) =>
        ((TextBlock)blocks[b]).InSentence
        || SentencePieces.IsPiece(((TextBlock)blocks[b]).Text)
        || SentencePieces.RunsOnInto(((TextBlock)blocks[b]).Text, b + 1 < blocks.Count && blocks[b + 1] is TextBlock next ? next.Text : null);

    private static bool IsOverviewProse(string text) =>
        text.Length >= 40 && text.IndexOfAny(['。', '，', ',']) >= 0 && !IntroSentence().IsMatch(ChineseText.ToSimplified(text));

    private static int Index(string key) => key == SectionHeadings.Statistics ? SectionHeadings.Keys.Count : SectionHeadings.Keys.ToList().IndexOf(key);

    private static bool IsRowLabel(string text, string table)
    {
        var norm = ChineseText.NormalizeLabel(text);
        var context = new LabelContext();
        var match = table == "active" ? ActiveLabels.Classify(norm, context) : ApplicationsLabels.Classify(norm, context);
        return match is { Role: LabelRole.Row };
    }

    /// <summary>
    /// A scanned grid that runs on over a section heading (the grid finder bridged the gap between two tables, so
    /// 四、…行政复议、行政诉讼情况 became a row of the table 三 above it): cut there, the heading a line of its own and the rows
    /// after it a table of their own, so each table goes where its labels say. Only for cells read by OCR: a table the
    /// document itself made is kept as it came.
    /// </summary>
    private static IReadOnlyList<Block> TablesCutAtHeadingRows(IReadOnlyList<Block> source, List<TextBlock> cuts)
    {
        List<Block>? cut = null;
        for (var b = 0; b < source.Count; b++)
        {
            var pieces = source[b] is TableBlock { Layout: TableLayout.Grid } table && table.Cells.All(static c => c.At.OcrConfidence is not null) ? CutAtHeadingRows(table) : null;
            if (pieces is null)
            {
                cut?.Add(source[b]);
                continue;
            }

            cut ??= [.. source.Take(b)];
            cut.AddRange(pieces);
            cuts.AddRange(pieces.OfType<TextBlock>());
        }

        return cut ?? source;
    }

    /// <summary>The table cut at each row (not its first) whose one cell with text is a numbered section heading; null when none is.</summary>
    private static List<Block>? CutAtHeadingRows(TableBlock table)
    {
        List<Block>? pieces = null;
        var start = 0;
        for (var r = 1; r < table.Rows.Count; r++)
        {
            var texts = table.Rows[r].Where(static c => c.Text.Trim().Length > 0).ToList();
            if (texts.Count != 1 || SectionHeadings.Match(texts[0].Text) is null)
            {
                continue;
            }

            pieces ??= [];
            if (r > start)
            {
                pieces.Add(table with { Rows = table.Rows.Skip(start).Take(r - start).ToList() });
            }

            pieces.Add(new TextBlock(texts[0].Text.Trim(), true, texts[0].At));
            start = r + 1;
        }

        if (pieces is not null && start < table.Rows.Count)
        {
            pieces.Add(table with { Rows = table.Rows.Skip(start).ToList() });
        }

        return pieces;
    }

    /// <summary>
    /// Pre-2019 statistics captions often share a paragraph with the text before them (…日常化。 平潭县人民政府 附件1：…统计表
    /// 指标名称…): the paragraph is cut at the caption, which becomes a heading line of its own.
    /// </summary>
    private static (List<Block> Blocks, HashSet<int> Captions) BlocksWithStatisticsCut(IReadOnlyList<Block> source)
    {
        var blocks = new List<Block>(source.Count + 2);
        var captions = new HashSet<int>();
        foreach (var block in source)
        {
            // Matched on simplified text (character for character, so offsets hold) to read traditional mirrors too.
            // The caption needs 统计表 or 统计情况表 and the 指标名称 after it: most paragraphs are ruled out without running
            // the regex (which scans every position for its 40-character title).
            if (block is TextBlock text && ChineseText.ToSimplified(text.Text) is var simplified
                && simplified.Contains('称', StringComparison.Ordinal)
                && (simplified.Contains("统计表", StringComparison.Ordinal) || simplified.Contains("统计情况表", StringComparison.Ordinal))
                && StatisticsCaption().Match(simplified) is { Success: true } m && simplified.Length == text.Text.Length)
            {
                if (m.Index > 0)
                {
                    blocks.Add(text with { Text = text.Text[..m.Index].TrimEnd() });
                }

                captions.Add(blocks.Count);
                blocks.Add(text with { Text = text.Text[m.Index..(m.Index + m.Groups["caption"].Length)].Trim() });
                if (text.Text[(m.Index + m.Groups["caption"].Length)..].Trim() is { Length: > 0 } rest)
                {
                    blocks.Add(text with { Text = rest });
                }

                continue;
            }

            blocks.Add(block);
        }

        return (blocks, captions);
    }

    private static bool IsLegacyStatistics(List<TableItem> items) =>
        items.Take(12).Any(static i => i.Norm is "指标名称" or "统计指标" or "指标") &&
        items.Any(static i => i.Norm.Contains("累计", StringComparison.Ordinal));

    private static List<TableItem> ToItems(TableBlock table, int b) => table.Cells
        .Select(c => new TableItem(c, b, table.Layout, ChineseText.NormalizeLabel(c.Text), c.IsUncertain ? new ParsedCell(Records.CellKind.Text, null, null) : CellValueParser.Parse(c.Text), FromText: false))
        .ToList();

    /// <summary>Which template table the labels of a table belong to, or null when they name none.</summary>
    private static string? Classify(List<TableItem> items)
    {
        int active = 0, applications = 0, appeals = 0;
        var context = new LabelContext();
        foreach (var item in items)
        {
            if (item.IsValueLike)
            {
                continue;
            }

            if (ActiveLabels.Classify(item.Norm, context) is { } a && (a.Role == LabelRole.Row || a.Key.Length > 0))
            {
                active++;
            }

            if (ApplicationsLabels.Classify(item.Norm, context) is { Role: LabelRole.Row })
            {
                applications++;
            }

            if (AppealsLabels.Classify(item.Norm) is { } p && (p.Role == LabelRole.Group || item.Norm.Contains("审结", StringComparison.Ordinal) || item.Norm.Contains("维持", StringComparison.Ordinal)))
            {
                appeals++;
            }
        }

        var best = Math.Max(active, Math.Max(applications, appeals));
        if (best == 0)
        {
            return null;
        }

        return best == applications ? "applications" : best == active ? "active" : "appeals";
    }

    [GeneratedRegex(@"^\s*(?:本报告|根据|依据|按照《)|编制|统计期限|年度报告|联系")]
    private static partial Regex IntroSentence();

    /// <summary>附件1：…统计表 or 七、…统计表, right before the 指标名称 header of the old statistics table.</summary>
    [GeneratedRegex(@"(?<caption>(?:附件\s*\d*\s*[：:]?\s*|[一二三四五六七八九十]\s*、\s*)?[^。；;：:\s]{0,40}?统计(?:情况)?表)\s*(?=指\s*标\s*名\s*称)")]
    private static partial Regex StatisticsCaption();
}
