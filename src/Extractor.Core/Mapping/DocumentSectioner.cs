using Extractor.Core.Documents;
using Extractor.Core.Text;

namespace Extractor.Core.Mapping;

/// <summary>
/// Splits a document along the section headings and routes each table to the template table it holds. A table goes
/// where its labels say (a report may lack a heading, or place a table under the wrong one); only a table whose
/// labels say nothing follows the heading above it.
/// </summary>
internal static class DocumentSectioner
{
    /// <summary>Short lines inside a table section may name a group (markdown headings such as ### 行政复议).</summary>
    private const int MaximumLabelLineLength = 40;

    public static SectionedDocument Split(ReportDocument document)
    {
        var result = new SectionedDocument();
        string? section = null;
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            switch (document.Blocks[b])
            {
                case TextBlock text:
                    if (ChromeFilter.IsChrome(text.Text))
                    {
                        continue;
                    }

                    result.Text.Add(text);
                    if (SectionHeadings.Match(text.Text) is { } key)
                    {
                        section = key;
                        result.HeadingsFound.Add(key);
                        continue;
                    }

                    if (section is not null)
                    {
                        if (!result.Narrative.TryGetValue(section, out var lines))
                        {
                            result.Narrative[section] = lines = [];
                        }

                        lines.Add(text.Text);
                    }

                    if (section is "active" or "applications" or "appeals" && text.Text.Length <= MaximumLabelLineLength && !text.Text.Contains('。', StringComparison.Ordinal))
                    {
                        var cell = new TableCell(text.Text, -1, -1, 1, 1, text.At);
                        result.Tables[section].Add(new TableItem(cell, b, TableLayout.Grid, ChineseText.NormalizeLabel(text.Text), default, FromText: true));
                    }

                    break;

                case TableBlock table:
                    var items = table.Cells
                        .Select(c => new TableItem(c, b, table.Layout, ChineseText.NormalizeLabel(c.Text), c.IsUncertain ? new ParsedCell(Records.CellKind.Text, null, null) : CellValueParser.Parse(c.Text), FromText: false))
                        .ToList();
                    var target = Classify(items) ?? (section is "active" or "applications" or "appeals" ? section : null);
                    if (target is not null)
                    {
                        result.Tables[target].AddRange(items);
                    }

                    break;
            }
        }

        return result;
    }

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
}
