using System.Diagnostics;
using System.Globalization;

namespace Extractor.Worker.Publishing;

/// <summary>
/// The temporary JSON Lines file `parse` spools its results to. Its name carries the process id, so that a later run
/// can recognise the spools of runs that were killed (their process is gone) and delete them; a run never deletes the
/// spool of a process still alive.
/// </summary>
internal static class SpoolFile
{
    private const string Prefix = "extractor-parse-";

    /// <summary>A new spool path in <paramref name="folder"/> (the temporary folder by default), after removing stale spools there.</summary>
    public static string Create(string? folder = null)
    {
        folder ??= Path.GetTempPath();
        RemoveStale(folder);
        return Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}.jsonl"));
    }

    /// <summary>Deletes spools whose process no longer runs; spools of the old naming (no process id) are left alone.</summary>
    public static void RemoveStale(string folder)
    {
        IEnumerable<string> spools;
        try
        {
            spools = Directory.EnumerateFiles(folder, Prefix + "*-*.jsonl").ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var spool in spools)
        {
            var rest = Path.GetFileName(spool)[Prefix.Length..];
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0 || !int.TryParse(rest.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || IsRunning(pid))
            {
                continue;
            }

            try
            {
                File.Delete(spool);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another user's spool in a shared /tmp: not ours to delete.
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
