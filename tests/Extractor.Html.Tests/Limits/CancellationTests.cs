using AngleSharp.Html.Parser;
using Extractor.Core.Reading;
using Extractor.Html.Blocks;
using Extractor.Html.Limits;
using Extractor.Html.Tables;
using Extractor.Testing;

namespace Extractor.Html.Tests.Limits;

/// <summary>
/// The HTML reader and its loops (limit scan, block walk, grid builder) stop on the document's token, so a budget or
/// Ctrl-C ends a document promptly. The token is cancelled before the call: no timing is involved.
/// </summary>
public class CancellationTests
{
    [Fact]
    public void Read_CancelledDocument_Stops()
    {
        var path = TestPaths.Fixture("html", "2021-word-utf8.html");
        var source = new SourceDocument(path, File.ReadAllBytes(path)) { Cancellation = Cancelled() };

        Assert.ThrowsAny<OperationCanceledException>(() => new HtmlReportReader().Read(source));
    }

    [Fact]
    public void Scan_Cancelled_Stops() =>
        Assert.ThrowsAny<OperationCanceledException>(() => TagScanner.Scan("<div>" + string.Concat(Enumerable.Repeat("<p>x</p>", 10_000)) + "</div>", 10_000, 100_000, Cancelled()));

    [Fact]
    public void Walk_Cancelled_StopsInsideTheTree()
    {
        var html = "<body>" + string.Concat(Enumerable.Repeat("<p>政府信息公开</p>", 10_000)) + "</body>";
        var body = new HtmlParser().ParseDocument(html).Body!;

        Assert.ThrowsAny<OperationCanceledException>(() => BlockWalker.Walk(body, [], Cancelled()));
    }

    [Fact]
    public void RowsToGrid_Cancelled_StopsAtTheFirstRow()
    {
        IReadOnlyList<IReadOnlyList<RawCell>> rows = [.. Enumerable.Range(0, 100).Select(static _ => (IReadOnlyList<RawCell>)[new RawCell("1", 1, 1, null)])];

        Assert.ThrowsAny<OperationCanceledException>(() => TableGridBuilder.RowsToGrid(rows, 1, [], null, Cancelled()));
    }

    private static CancellationToken Cancelled() => new(canceled: true);
}
