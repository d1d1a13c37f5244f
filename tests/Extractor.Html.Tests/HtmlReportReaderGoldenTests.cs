using System.Text;
using Extractor.Core.Reading;
using Extractor.Testing;

namespace Extractor.Html.Tests;

/// <summary>Reads every fixture page under fixtures/html and compares the dump with its &lt;stem&gt;.expected.txt.</summary>
public class HtmlReportReaderGoldenTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(TestPaths.Fixture("html"), "*.html").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Read_Fixture_MatchesGoldenDump(string fileName)
    {
        var path = TestPaths.Fixture("html", fileName);
        var expectedPath = Path.ChangeExtension(path, ".expected.txt");
        var receivedPath = Path.ChangeExtension(path, ".received.txt");

        var document = new HtmlReportReader().Read(new SourceDocument(path, File.ReadAllBytes(path)));
        var received = DocumentDump.Render(document);

        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath, Encoding.UTF8) : string.Empty;
        if (!string.Equals(expected, received, StringComparison.Ordinal))
        {
            File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
            Assert.Fail($"{fileName}: the dump differs from {Path.GetFileName(expectedPath)}; see {receivedPath}");
        }

        File.Delete(receivedPath);
    }

    [Fact]
    public void Fixtures_GbkPage_IsStoredAsRawGbkBytes()
    {
        var bytes = File.ReadAllBytes(TestPaths.Fixture("html", "2021-word-gbk.html"));

        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes));
    }
}
