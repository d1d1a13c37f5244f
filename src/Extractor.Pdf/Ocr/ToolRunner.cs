using System.ComponentModel;
using System.Diagnostics;

namespace Extractor.Pdf.Ocr;

/// <summary>Runs a command-line tool (tesseract, convert, pdftoppm) with a time limit and captures its output.</summary>
internal static class ToolRunner
{
    /// <summary>
    /// Runs <paramref name="file"/>; null when it is not installed (cannot be started). A <paramref name="stop"/> kills
    /// the tool and throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static ToolResult? Run(string file, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null, CancellationToken stop = default)
    {
        stop.ThrowIfCancellationRequested();
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new Win32Exception();
        }
        catch (Win32Exception)
        {
            return null;
        }

        using (process)
        using (stop.Register(() => Kill(process)))
        {
            var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                Kill(process);
                process.WaitForExit();
                stop.ThrowIfCancellationRequested();
                return new ToolResult(-1, [], $"{file} did not finish within {timeout.TotalSeconds:0} s", TimedOut: true);
            }

            stop.ThrowIfCancellationRequested();
            copy.Wait();
            return new ToolResult(process.ExitCode, output.ToArray(), error.Result, TimedOut: false);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
