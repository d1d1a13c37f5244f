using System.Text;
using System.Text.Json;
using Extractor.Testing;
using Extractor.Worker.Cli;

namespace Extractor.Worker.Tests.Cli;

/// <summary>The hostile inputs of issue #11 in one `parse` batch: each ends as its own result, the good report is read.</summary>
public sealed class HostileBatchTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("extractor-hostile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Parse_HostileInputsBesideAGoodReport_EachFailsWithItsReasonAndTheGoodOneIsParsed()
    {
        File.Copy(TestPaths.Fixture("text", "101_pipe-cells-2021.txt"), Path.Combine(_folder, "good.txt"));
        File.Copy(TestPaths.Fixture("hostile", "pdf-flate-bomb.pdf"), Path.Combine(_folder, "bomb.pdf"));
        File.Copy(TestPaths.Fixture("hostile", "docx-eocd-count.docx"), Path.Combine(_folder, "eocd.docx"));
        File.WriteAllText(Path.Combine(_folder, "deep.html"), "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x</body></html>");
        File.WriteAllText(Path.Combine(_folder, "rows.html"), "<table><tr><td rowspan=0 colspan=1000>x</td></tr>" + string.Concat(Enumerable.Repeat("<tr><td>1</tr>", 100_000)) + "</table>");
        var big = new StringBuilder("<table>");
        while (big.Length < 17 * 1024 * 1024)
        {
            big.Append("<tr><td>一、主动公开</td><td>12</td></tr>");
        }

        File.WriteAllText(Path.Combine(_folder, "big.html"), big.Append("</table>").ToString());
        Directory.CreateSymbolicLink(Path.Combine(_folder, "loop"), ".");
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        var exit = await ParseCommand.RunAsync(["--json", _folder], stdout, stderr, CancellationToken.None);

        Assert.Equal(CommandLine.ExitSomeInputFailed, exit);
        var results = Encoding.UTF8.GetString(stdout.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(static l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(static r => Path.GetFileName(r.GetProperty("source").GetProperty("uri").GetString()!), static r => r);
        Assert.Equal(["big.html", "bomb.pdf", "deep.html", "eocd.docx", "good.txt", "rows.html"], results.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("parsed", results["good.txt"].GetProperty("status").GetString());
        var reasons = new Dictionary<string, string>
        {
            ["big.html"] = "limit for HTML input",
            ["bomb.pdf"] = "limit for one PDF stream",
            ["deep.html"] = "nest more than",
            ["eocd.docx"] = "zip directory cannot be read",
            ["rows.html"] = "elements",
        };
        Assert.All(reasons, pair =>
        {
            Assert.Equal("failed", results[pair.Key].GetProperty("status").GetString());
            Assert.Contains(pair.Value, results[pair.Key].GetProperty("diagnostics")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        });
    }
}
