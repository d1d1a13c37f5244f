namespace Extractor.Worker.Cli;

/// <summary>Dispatches the verbs of CLI.md: `parse`, `run` and `report`.</summary>
internal static class CommandLine
{
    public const int ExitOk = 0;
    public const int ExitSomeInputFailed = 1;
    public const int ExitUsage = 2;

    /// <summary>Stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it).</summary>
    public const int ExitInterrupted = 130;

    public const string Usage = """
        usage:
          extractor parse [--json] [--out DIR] PATH...   read report files or folders; --json prints JSON Lines, --out writes the datasets
                [--partition-by year] [--no-workbook]    with --out: Parquet in year=YYYY/ folders; no datasets.xlsx
          extractor run [--config FILE] [--once]         crawl the sources of pipeline.json (or FILE); --once does one pass and exits
          extractor run [--config FILE] --reparse        read every archived report again with the current readers, republish, exit
          extractor report DATASET_DIR [--out SITE_DIR]  build the watchdog site from a dataset folder (default DATASET_DIR/site)
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await Console.Error.WriteLineAsync(Usage);
            return args.Length == 0 ? ExitUsage : ExitOk;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // Finish the current document and leave cleanly instead of dying mid-write.
            e.Cancel = true;
            cancellation.Cancel();
        };

        // SIGTERM (a container stop, systemd) stops `parse` the same way; the host of `run` handles it itself.
        using var sigterm = args[0] == "parse"
            ? System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c =>
            {
                c.Cancel = true;
                cancellation.Cancel();
            })
            : null;

        var rest = args[1..];
        var exit = args[0] switch
        {
            "parse" => await ParseCommand.RunAsync(rest, Console.OpenStandardOutput(), Console.Error, cancellation.Token),
            "run" => await RunCommand.RunAsync(rest, cancellation.Token),
            "report" => await ReportCommand.RunAsync(rest, Console.Error, cancellation.Token),
            _ => await UsageErrorAsync($"unknown verb '{args[0]}'"),
        };
        await GcReport.WriteIfAskedAsync(Console.Error);
        return exit;
    }

    public static async Task<int> UsageErrorAsync(string message)
    {
        await Console.Error.WriteLineAsync($"extractor: {message}");
        await Console.Error.WriteLineAsync(Usage);
        return ExitUsage;
    }
}
