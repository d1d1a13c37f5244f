using System.Diagnostics;

namespace Extractor.Worker.Tests.Mocks;

/// <summary>Starts the built worker (<c>dotnet extractor.dll run …</c>) as a separate process, as an operator would.</summary>
internal static class WorkerProcess
{
    public static Process Start(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "extractor.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>Runs to the end (at most two minutes) and returns the exit code and standard error.</summary>
    public static async Task<(int ExitCode, string Errors)> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var errors = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await errors);
    }
}
