using System.Globalization;
using System.Text;
using Extractor.Core.Json;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Reading.Text;
using Extractor.Core.Records;
using Extractor.Testing;

namespace Extractor.Core.Tests.Reading.Text;

/// <summary>
/// Golden tests over fixtures/text: each fixture is read and mapped, and every template cell and report field is
/// compared with the <c>.expected.tsv</c> beside it (written by tools/make-text-fixtures.py from the figures it
/// rendered, not from this reader). A mismatch writes <c>.received.tsv</c> next to it.
/// </summary>
public sealed class TextFixtureTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestPaths.Fixture("text"), "*.expected.tsv").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^".expected.tsv".Length]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_TextFixture_MatchesGoldenFile(string stem)
    {
        var path = TestPaths.Fixture("text", stem + ".txt");
        var result = new ExtractionPipeline([new TextReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));

        var received = Render(result);
        var expectedPath = TestPaths.Fixture("text", stem + ".expected.tsv");
        var expected = File.ReadAllText(expectedPath, Encoding.UTF8).ReplaceLineEndings("\n");
        var receivedPath = TestPaths.Fixture("text", stem + ".received.tsv");
        if (expected != received)
        {
            File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        Assert.Equal(expected, received);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_TextFixture_BlankCellsAreNeverZero(string stem)
    {
        var path = TestPaths.Fixture("text", stem + ".txt");
        var result = new ExtractionPipeline([new TextReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));

        Assert.All(result.Cells.Where(static c => c.Kind != CellKind.Number), static c => Assert.Null(c.Value));
        Assert.All(result.Cells.Where(static c => c.Kind == CellKind.Blank && c.Raw.Length == 0 && c.At.Length == 0), c =>
            Assert.Contains(result.Diagnostics, d => d.Message.Contains(c.Row, StringComparison.Ordinal) || d.Message.Contains(c.Table, StringComparison.Ordinal)));
    }

    /// <summary>The golden format: report fields, then every cell as key, kind, value, raw.</summary>
    private static string Render(ReportResult result)
    {
        var sb = new StringBuilder();
        sb.Append("status\t").Append(ReportJsonWriter.Name(result.Status)).Append('\n');
        sb.Append("template\t").Append(result.Template).Append('\n');
        sb.Append("year\t").Append(result.Year?.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("agency\t").Append(result.Agency).Append('\n');
        sb.Append("agency_simplified\t").Append(result.AgencySimplified).Append('\n');
        sb.Append("script\t").Append(result.Script).Append('\n');
        sb.Append("published_at\t").Append(result.PublishedAt).Append('\n');
        foreach (var c in result.Cells)
        {
            sb.Append(c.Key).Append('\t').Append(ReportJsonWriter.Name(c.Kind)).Append('\t')
                .Append(c.Value?.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(c.Raw).Append('\n');
        }

        return sb.ToString();
    }
}
