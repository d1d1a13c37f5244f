using System.Text;
using Extractor.Core.Reading;
using Extractor.Core.Reading.Docx;
using Extractor.Testing;

namespace Extractor.Core.Tests.Reading.Docx;

/// <summary>Reads every report fixture under fixtures/docx and compares the dump with its &lt;stem&gt;.expected.txt.</summary>
public class DocxReportReaderGoldenTests
{
    public static TheoryData<string> Fixtures() => new(ReportFixtures());

    [Fact]
    public void Fixtures_BothTemplates_AreThere() => Assert.Equal(["ecology-2021.docx", "forestry-2019.docx"], ReportFixtures());

    // The report fixtures are the .docx files rendered from an HTML source; the broken ones have none.
    private static IEnumerable<string> ReportFixtures() =>
        Directory.EnumerateFiles(TestPaths.Fixture("docx"), "*.docx")
            .Where(static path => File.Exists(Path.ChangeExtension(path, ".html")))
            .Select(static path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Read_Fixture_MatchesGoldenDump(string fileName)
    {
        var path = TestPaths.Fixture("docx", fileName);
        var expectedPath = Path.ChangeExtension(path, ".expected.txt");
        var receivedPath = Path.ChangeExtension(path, ".received.txt");

        var document = new DocxReportReader().Read(new SourceDocument(path, File.ReadAllBytes(path)));
        var received = DocumentDump.Render(document);

        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath, Encoding.UTF8) : string.Empty;
        if (!string.Equals(expected, received, StringComparison.Ordinal))
        {
            File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
            Assert.Fail($"{fileName}: the dump differs from {Path.GetFileName(expectedPath)}; see {receivedPath}");
        }

        File.Delete(receivedPath);
    }
}
