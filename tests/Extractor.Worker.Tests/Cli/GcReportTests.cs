using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Worker.Cli;

namespace Extractor.Worker.Tests.Cli;

public sealed partial class GcReportTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    public async Task WriteIfAskedAsync_NotAsked_WritesNothing(string? setting)
    {
        using var stderr = new StringWriter();

        await GcReport.WriteIfAskedAsync(stderr, setting);

        Assert.Equal("", stderr.ToString());
    }

    [Fact]
    public async Task WriteIfAskedAsync_Asked_OneLineWhoseCountsNestLikeTheGenerations()
    {
        GC.Collect();
        using var stderr = new StringWriter();

        await GcReport.WriteIfAskedAsync(stderr, "1");

        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var match = Line().Match(line);
        Assert.True(match.Success, line);
        var counts = new[] { "g0", "g1", "g2" }.Select(g => int.Parse(match.Groups[g].Value, CultureInfo.InvariantCulture)).ToArray();
        // A collection of a generation collects the younger ones too, so each count includes the next one's.
        Assert.True(counts[0] >= counts[1] && counts[1] >= counts[2] && counts[2] >= 1, line);
        Assert.True(int.Parse(match.Groups["budget"].Value, CultureInfo.InvariantCulture) > 0, line);
    }

    [GeneratedRegex(@"^extractor: gc gen0 (?<g0>\d+) gen1 (?<g1>\d+) gen2 (?<g2>\d+), pause \d+ ms, allocated \d+ MiB, gen0 budget up to (?<budget>\d+) MiB, (workstation|server) \w+\r?$")]
    private static partial Regex Line();
}
