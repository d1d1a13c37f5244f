using System.Text.RegularExpressions;
using Extractor.Core.Mapping;
using Extractor.Core.Templates;
using Extractor.Core.Text;

namespace Extractor.Core.Reading.Text.Flat;

/// <summary>
/// Finds the template rows of table 二 or 三 in a tokenised region: the text before each run ends with a row label,
/// recognised with the mapper's own classifiers (ActiveLabels, ApplicationsLabels) on the shortest suffix that names a
/// row; the label then starts at the earliest printed template label part before that keyword (so 「（三）不予公开
/// 1.属于国家秘密」 stays whole), and whatever precedes it in the same text is column headers.
/// </summary>
internal static partial class FlatRowLocator
{
    /// <summary>
    /// How far back from a run a row label may start: twice the longest printed label of either template plus room for
    /// numbering and spacing. Bounding the suffix search keeps the reader linear in the text (it was quadratic: every
    /// start position of a long page was normalised and classified).
    /// </summary>
    private static readonly int s_longestLabelSearch = 2 * new[] { TemplateCatalog.V2021, TemplateCatalog.V2019 }
        .SelectMany(static t => t.Tables)
        .SelectMany(static t => t.Rows)
        .Append(TemplateCatalog.OtherHandlingRow)
        .Max(static r => r.Label.Length) + 24;

    public static (List<FlatRow> Rows, string Leading, FlatToken? Trailing) TokensToRows(IReadOnlyList<FlatToken> tokens, string tableKey)
    {
        RowCollector.Classifier classify = tableKey == "active" ? ActiveLabels.Classify : ApplicationsLabels.Classify;
        var parts = LabelParts(tableKey);
        var context = new LabelContext();
        var rows = new List<FlatRow>();
        var leading = string.Empty;
        FlatToken? trailing = null;

        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (!token.IsRun)
            {
                if (t == tokens.Count - 1)
                {
                    trailing = token;
                }

                continue;
            }

            var text = t > 0 && !tokens[t - 1].IsRun ? tokens[t - 1].Text : string.Empty;
            if (rows.Count == 0)
            {
                // Narrative before the first table header ends with a full stop; it is not part of the table.
                var stop = text.LastIndexOf('。');
                if (stop >= 0)
                {
                    leading = text[..(stop + 1)];
                    text = text[(stop + 1)..];
                }
            }

            var (key, labelStart) = FindLabel(text, classify, context, parts, tableKey == "applications");
            if (key is not null)
            {
                context.LastRow = key;
            }

            rows.Add(new FlatRow
            {
                Key = key,
                Header = text[..labelStart].Trim(),
                Label = text[labelStart..].Trim(),
                Run = token,
            });
        }

        return (rows, leading, trailing);
    }

    private static (string? Key, int LabelStart) FindLabel(string text, RowCollector.Classifier classify, LabelContext context, string[] parts, bool applications)
    {
        string? key = null;
        var keywordStart = -1;
        var otherGroupStart = -1;
        var earliest = Math.Max(0, text.Length - s_longestLabelSearch);
        for (var start = text.Length - 1; start >= earliest; start--)
        {
            var match = classify(ChineseText.NormalizeLabel(text[start..]), context);
            if (match is { Role: LabelRole.Row } row)
            {
                key = row.Key;
                keywordStart = start;
                break;
            }

            if (applications && otherGroupStart < 0 && match is { Role: LabelRole.Group, Key: "other" })
            {
                otherGroupStart = start;
            }
        }

        // A run right after （六）其他处理 makes it the single 2019 row.
        if (key is null && otherGroupStart >= 0)
        {
            key = TemplateCatalog.OtherHandlingRow.Key;
            keywordStart = otherGroupStart;
        }

        if (key is null)
        {
            return (null, 0);
        }

        var labelStart = keywordStart;
        foreach (var part in parts)
        {
            var at = text.IndexOf(part, StringComparison.Ordinal);
            if (at >= 0 && at < labelStart)
            {
                labelStart = at;
            }
        }

        if (labelStart == keywordStart && applications)
        {
            // A wording the template does not print: start at the numbering in front of the keyword.
            var numbered = NumberingPattern().Matches(text[..keywordStart]).LastOrDefault();
            if (numbered is not null)
            {
                labelStart = numbered.Index;
            }
        }

        return (key, labelStart);
    }

    /// <summary>The printed parts of every row label of the table in both formats (「（三）不予公开」, 「2.其他法律行政法规禁止公开」).</summary>
    private static string[] LabelParts(string tableKey)
    {
        var rows = new[] { TemplateCatalog.V2021, TemplateCatalog.V2019 }
            .SelectMany(t => t.FindTable(tableKey)?.Rows ?? [])
            .Append(tableKey == "applications" ? TemplateCatalog.OtherHandlingRow : null)
            .OfType<RowDefinition>();
        return rows
            .SelectMany(static r => r.Label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(static p => p.Length >= 2)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    [GeneratedRegex(@"[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d[.、．]")]
    private static partial Regex NumberingPattern();
}
