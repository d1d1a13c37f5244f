using System.Text;
using Extractor.Core.Documents;
using Extractor.Core.Reading;

namespace Extractor.Html.Tests;

/// <summary>Reads small inline pages through the public reader.</summary>
internal static class HtmlTestDocuments
{
    public static ReportDocument Read(string html, string? charset = null) =>
        new HtmlReportReader().Read(new SourceDocument("test.html", Encoding.UTF8.GetBytes(html), charset));

    public static ReportDocument ReadBytes(byte[] bytes, string? charset = null) =>
        new HtmlReportReader().Read(new SourceDocument("test.html", bytes, charset));

    public static TableBlock SingleTable(ReportDocument document) => Assert.Single(document.Blocks.OfType<TableBlock>());

    public static string[] Texts(ReportDocument document) => document.Blocks.OfType<TextBlock>().Select(static t => t.Text).ToArray();

    /// <summary>The cell texts as "row,col,rowspan,colspan:text" for compact assertions.</summary>
    public static string[] Shape(TableBlock table) =>
        table.Cells.Select(static c => $"{c.Row},{c.Column},{c.RowSpan},{c.ColumnSpan}:{c.Text}").ToArray();
}
