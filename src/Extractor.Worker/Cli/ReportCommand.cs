using Extractor.Site;
using Microsoft.Extensions.Logging;

namespace Extractor.Worker.Cli;

/// <summary>The `report` verb: builds the watchdog site from a dataset folder (default SITE_DIR = DATASET_DIR/site).</summary>
internal static class ReportCommand
{
    private static readonly Action<ILogger, int, string, Exception?> s_siteWritten =
        LoggerMessage.Define<int, string>(LogLevel.Information, new EventId(60, "SiteWritten"), "Site for {Reports} reports written to {Index}");

    public static async Task<int> RunAsync(string[] args, TextWriter stderr, CancellationToken cancellationToken)
    {
        string? datasetDir = null;
        string? siteDir = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length:
                    siteDir = args[++i];
                    break;
                case "--out":
                    return await CommandLine.UsageErrorAsync("--out needs a folder");
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    return await CommandLine.UsageErrorAsync($"unknown option '{option}' for report");
                case var path when datasetDir is null:
                    datasetDir = path;
                    break;
                default:
                    return await CommandLine.UsageErrorAsync("report takes one dataset folder");
            }
        }

        if (datasetDir is null)
        {
            return await CommandLine.UsageErrorAsync("report needs a dataset folder (written by parse --out or run)");
        }

        siteDir ??= Path.Combine(datasetDir, "site");
        try
        {
            await BuildAsync(datasetDir, siteDir, stderr, cancellationToken);
            return CommandLine.ExitOk;
        }
        catch (FileNotFoundException ex)
        {
            await stderr.WriteLineAsync($"extractor: {ex.Message}");
            return CommandLine.ExitUsage;
        }
        catch (IOException ex)
        {
            await stderr.WriteLineAsync($"extractor: site not written: {ex.Message}");
            return CommandLine.ExitUsage;
        }
    }

    /// <summary>Builds the site and says where it is; for `parse --out` and the crawl after they write the datasets.</summary>
    public static async Task BuildAsync(string datasetDir, string siteDir, TextWriter stderr, CancellationToken cancellationToken, SiteOptions? options = null)
    {
        var reports = await SiteBuilder.BuildAsync(datasetDir, siteDir, cancellationToken, options);
        await stderr.WriteLineAsync($"extractor: site for {reports} reports written to {Path.Combine(siteDir, "index.html")}");
    }

    /// <summary>The crawl's call after it writes the datasets: the site goes to OUTPUT/site and links the raw archive.</summary>
    public static async Task PublishAsync(string outputFolder, string stateFolder, ILogger logger, CancellationToken cancellationToken)
    {
        var siteDir = Path.Combine(outputFolder, "site");
        var options = new SiteOptions { RawArchiveFolder = Path.Combine(stateFolder, "raw") };
        var reports = await SiteBuilder.BuildAsync(outputFolder, siteDir, cancellationToken, options).ConfigureAwait(false);
        s_siteWritten(logger, reports, Path.Combine(siteDir, "index.html"), null);
    }
}
