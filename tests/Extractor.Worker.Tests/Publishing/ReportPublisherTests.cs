using System.Text;
using Extractor.Core.Checks;
using Extractor.Core.Json;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Testing;
using Extractor.Worker.Cli;
using Extractor.Worker.Publishing;

namespace Extractor.Worker.Tests.Publishing;

/// <summary>The one publish path gives the same bytes as checking the whole set in memory, in spool order.</summary>
public sealed class ReportPublisherTests
{
    [Fact]
    public async Task PublishAsync_JsonFromSpoolAndIndex_EqualsInMemoryCheckAcross()
    {
        var pipeline = Readers.CreateParser();
        var reports = new[] { "101_pipe-cells-2021.txt", "105_pipe-cells-2019.txt", "106_arithmetic-error-2021.txt", "107_legacy-other-row-2021.txt" }
            .Select(static f => TestPaths.Fixture("text", f))
            .Select(f => pipeline.Parse(new SourceDocument(f, File.ReadAllBytes(f))))
            .ToList();

        // A copy one year later of the same agency, so that the cross-report rules have something to say.
        var later = reports[0] with { Source = reports[0].Source with { Uri = "later.txt" }, Year = reports[0].Year + 1 };
        reports.Add(later);
        using var spool = JsonlSpool.Create();
        using var index = new CrossReportIndex();
        foreach (var report in reports)
        {
            spool.Add(report);
            index.Add(report);
        }

        using var output = new MemoryStream();
        var count = await ReportPublisher.PublishAsync(spool, index, output, writer: null, outputFolder: null, onReport: null, CancellationToken.None);

        var expected = string.Concat(ReportChecker.CheckAcross(reports).Select(static r => ReportJsonWriter.ToJson(r) + "\n"));
        Assert.Equal(reports.Count, count);
        Assert.Contains(ReportChecker.CheckAcross(reports), static r => r.Checks.Any(static c => c.Rule.StartsWith("X-", StringComparison.Ordinal)));
        Assert.Equal(expected, Encoding.UTF8.GetString(output.ToArray()));
    }
}
