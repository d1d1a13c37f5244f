namespace Extractor.Worker.Cli;

/// <summary>The `run` verb: the crawl worker (being built).</summary>
internal static class RunCommand
{
    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        _ = args;
        _ = cancellationToken;
        return CommandLine.UsageErrorAsync("run is not available in this build");
    }
}
