using System.Text.RegularExpressions;
using Extractor.Core.Documents;
using Extractor.Core.Records;
using Extractor.Core.Text;

namespace Extractor.Core.Reading.Text.Flat;

/// <summary>
/// Reads the body of a "flat" crawler dump (the Pingtan archive's page.txt): the whole report on one line, section
/// headings inline, and every table cell glued to the next with no separator (一、本年新收政府信息公开申请数量640020470 is
/// 64,0,0,2,0,4,70). Stages: find the inline headings, cut table regions into label text and digit runs, locate the
/// template rows by their labels, guess the format, split each run every valid way, narrow by the row arithmetic and
/// (for rows still ambiguous) the column identities, then build grid tables and sentence paragraphs.
/// </summary>
internal static partial class FlatTextReader
{
    private static readonly string[] s_tableSections = ["active", "applications", "appeals"];

    /// <summary>True when <paramref name="line"/> holds a table glued into running text rather than laid out in rows.</summary>
    public static bool IsFlatBody(string line)
    {
        ArgumentNullException.ThrowIfNull(line);

        // Mirrors publish traditional-character renderings of the same dumps.
        var simplified = ChineseText.ToSimplified(line);
        return GluedApplicationsRow().IsMatch(simplified) || (ActiveItemOne().IsMatch(simplified) && ActiveItemFive().IsMatch(simplified));
    }

    /// <summary>Reads one flat body line into paragraphs and tables.</summary>
    /// <param name="line">The body line.</param>
    /// <param name="lineNumber">Its 1-based line number, for locations.</param>
    /// <param name="tablesBefore">How many tables the document had before this line, so table numbers run on.</param>
    /// <param name="diagnostics">Receives what was repaired and which cells stay uncertain.</param>
    public static List<Block> Read(string line, int lineNumber, int tablesBefore, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var headings = InlineHeadingFinder.BodyToHeadings(line);
        var regions = HeadingsToRegions(line, headings);

        var located = new Dictionary<string, (List<FlatRow> Rows, string Leading, FlatToken? Trailing)>(StringComparer.Ordinal);
        foreach (var key in new[] { "active", "applications" })
        {
            if (regions.TryGetValue(key, out var region))
            {
                located[key] = FlatRowLocator.TokensToRows(FlatTokenizer.RegionToTokens(line, region.Start, region.End), key);
            }
        }

        var template = FlatTemplateGuess.Guess(RowsOf(located, "active"), RowsOf(located, "applications"));
        FlatRowSplitter.SplitRows(RowsOf(located, "active"), template, "active");
        FlatRowSplitter.SplitRows(RowsOf(located, "applications"), template, "applications");
        ColumnIdentityResolver.Resolve(RowsOf(located, "applications"), template);

        diagnostics.Add(new Diagnostic(
            DiagnosticCodes.LayoutRepaired,
            $"flat text body: {headings.Count} inline section headings; table cells glued without separators were split by the {template.Id} template's row labels and widths",
            new SourceLocation(Line: lineNumber).ToString(),
            Severity.Info));

        var blocks = new List<Block>();
        var tableIndex = tablesBefore;
        var preface = headings.Count > 0 ? headings[0].Start : line.Length;
        AddSentences(blocks, line[..preface], lineNumber);
        foreach (var heading in headings)
        {
            blocks.Add(new TextBlock(heading.TextIn(line), false, new SourceLocation(Line: lineNumber)));
            var region = regions[heading.Key];
            if (located.TryGetValue(heading.Key, out var table) && table.Rows.Count > 0)
            {
                AddSentences(blocks, table.Leading, lineNumber);
                blocks.Add(FlatTableBuilder.RowsToTable(table.Rows, heading.Key, lineNumber, ++tableIndex, diagnostics));
                AddSentences(blocks, table.Trailing?.Text ?? string.Empty, lineNumber);
            }
            else if (heading.Key == "appeals" && ReadAppeals(line, region, lineNumber, tableIndex + 1, diagnostics) is { } appeals)
            {
                blocks.AddRange(appeals);
                tableIndex++;
            }
            else
            {
                AddSentences(blocks, line[region.Start..region.End], lineNumber);
            }
        }

        return blocks;
    }

    /// <summary>Each heading's content runs to the next heading; a table section without its heading is not read as a table.</summary>
    private static Dictionary<string, (int Start, int End)> HeadingsToRegions(string line, List<InlineHeading> headings)
    {
        var regions = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var h = 0; h < headings.Count; h++)
        {
            var end = h + 1 < headings.Count ? headings[h + 1].Start : line.Length;
            regions[headings[h].Key] = (headings[h].End, end);
        }

        return regions;
    }

    private static IReadOnlyList<FlatRow> RowsOf(Dictionary<string, (List<FlatRow> Rows, string Leading, FlatToken? Trailing)> located, string key) =>
        located.TryGetValue(key, out var table) ? table.Rows : [];

    /// <summary>Table 四 prints its three-level header and then all fifteen values, which are read as one run.</summary>
    private static List<Block>? ReadAppeals(string line, (int Start, int End) region, int lineNumber, int tableIndex, List<Diagnostic> diagnostics)
    {
        var tokens = FlatTokenizer.RegionToTokens(line, region.Start, region.End);
        var runs = tokens.Where(static t => t.IsRun).ToList();
        if (runs.Count == 0)
        {
            return null;
        }

        var firstRun = tokens.IndexOf(runs[0]);
        var lastRun = tokens.IndexOf(runs[^1]);
        var header = string.Concat(tokens.Take(firstRun).Select(static t => t.Text)).Trim();
        var row = new FlatRow { Key = null, Header = header, Label = string.Empty, Run = runs[0] with { Text = string.Join(" ", runs.Select(static r => r.Text)) } };
        FlatRowSplitter.SplitAppeals(row);

        var blocks = new List<Block> { FlatTableBuilder.RowsToTable([row], "appeals", lineNumber, tableIndex, diagnostics) };
        AddSentences(blocks, string.Concat(tokens.Skip(lastRun + 1).Select(static t => t.Text)), lineNumber);
        return blocks;
    }

    private static void AddSentences(List<Block> blocks, string text, int lineNumber)
    {
        foreach (var (sentence, _) in SentenceSplitter.TextToSentences(text))
        {
            blocks.Add(new TextBlock(sentence, false, new SourceLocation(Line: lineNumber)));
        }
    }

    /// <summary>Table 三's first row label with its digits glued on (a few spaces only before a long run).</summary>
    [GeneratedRegex(@"本年新收政府信息公开申请数量(?:\d|\s*\d{5,})")]
    private static partial Regex GluedApplicationsRow();

    [GeneratedRegex(@"第二十条第[（(]一[)）]项")]
    private static partial Regex ActiveItemOne();

    [GeneratedRegex(@"第二十条第[（(]五[)）]项")]
    private static partial Regex ActiveItemFive();
}
