using System.Globalization;
using System.Text;
using Extractor.Core.Documents;

namespace Extractor.Testing;

/// <summary>Renders a read document as the text of the golden files: hints, then blocks in order, tables as "r,c,rowspan,colspan: text" lines.</summary>
internal static class DocumentDump
{
    public static string Render(ReportDocument document)
    {
        var text = new StringBuilder();
        text.Append("title: ").Append(document.TitleHint).Append('\n');
        text.Append("published: ").Append(document.PublishedAtHint).Append('\n');
        text.Append("agency: ").Append(document.AgencyHint).Append('\n');
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case TextBlock t:
                    text.Append(t.IsHeading ? "heading: " : t.InSentence ? "text (in sentence): " : "text: ").Append(t.Text).Append('\n');
                    break;
                case TableBlock table:
                    text.Append(CultureInfo.InvariantCulture, $"table {table.At.Table}:\n");
                    foreach (var cell in table.Cells)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"  {cell.Row},{cell.Column},{cell.RowSpan},{cell.ColumnSpan}: {cell.Text}\n");
                    }

                    break;
                default:
                    throw new InvalidOperationException($"unexpected block {block.GetType().Name}");
            }
        }

        foreach (var diagnostic in document.Diagnostics)
        {
            text.Append(CultureInfo.InvariantCulture, $"diagnostic: {diagnostic.Code} {diagnostic.Severity}: {diagnostic.Message}\n");
        }

        return text.ToString();
    }
}
