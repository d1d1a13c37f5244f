using System.Globalization;
using System.Text;
using Extractor.Core.Documents;

namespace Extractor.Pdf.Tests;

/// <summary>Writes a PDF document model as plain text for golden-file comparison, with pages and diagnostics: blocks in order, tables as `r,c,rowspan,colspan: text`.</summary>
internal static class PdfDocumentDump
{
    public static string ToText(ReportDocument document)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"title: {document.TitleHint ?? "-"}\n");
        text.Append(CultureInfo.InvariantCulture, $"unreadable: {document.UnreadableReason ?? "-"}\n");
        foreach (var diagnostic in document.Diagnostics)
        {
            text.Append(CultureInfo.InvariantCulture, $"diagnostic: {diagnostic.Code} [{diagnostic.At}]\n");
        }

        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case TextBlock paragraph:
                    text.Append(CultureInfo.InvariantCulture, $"text p{paragraph.At.Page}: {paragraph.Text}\n");
                    break;
                case TableBlock table:
                    text.Append(CultureInfo.InvariantCulture, $"table {table.At.Table} p{table.At.Page} {table.Layout}\n");
                    foreach (var cell in table.Cells)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"  {cell.Row},{cell.Column},{cell.RowSpan},{cell.ColumnSpan}: {cell.Text}\n");
                    }

                    break;
                default:
                    break;
            }
        }

        return text.ToString();
    }
}
