using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Testing;
using Extractor.Worker.Cli;

namespace Extractor.Corpus.Tests;

/// <summary>The report this project started from: a traditional-character pipe-text dump of a 2021-format report.</summary>
public sealed class SeedReportTests
{
    [Fact]
    public void Parse_Seed_ReadsAsTraditional2021ReportWithAllCellsZero()
    {
        if (TestPaths.Shared is not { } shared || !File.Exists(Path.Combine(shared, "seeds", "000_cf5be25a97365a4f.txt")))
        {
            return;
        }

        var path = Path.Combine(shared, "seeds", "000_cf5be25a97365a4f.txt");
        var result = Readers.CreateParser().Parse(new SourceDocument(path, File.ReadAllBytes(path)));

        Assert.Equal(ReportStatus.Parsed, result.Status);
        Assert.Equal("2021", result.Template);
        Assert.Equal(2021, result.Year);
        Assert.Equal("新榮區政務服務中心", result.Agency);
        Assert.Equal("新荣区政务服务中心", result.AgencySimplified);
        Assert.Equal("traditional", result.Script);
        Assert.Equal(200, result.Cells.Count);
        Assert.All(result.Cells, static c =>
        {
            Assert.Equal(CellKind.Number, c.Kind);
            Assert.Equal(0m, c.Value);
            Assert.NotEmpty(c.At);
        });
        Assert.StartsWith("(一)聚焦中心工作加大公開力度", result.Sections.Overall, StringComparison.Ordinal);
        Assert.StartsWith("一是對于政務公開信息上傳系統", result.Sections.Problems, StringComparison.Ordinal);
        Assert.Equal("無其他需要報告的事項。", result.Sections.Other);
    }
}
