using System.Diagnostics;
using System.Globalization;

namespace Extractor.Benchmarks.Fuzzing;

/// <summary>
/// The process's resident memory, read from /proc on Linux. The peak (VmHWM) can be reset there, so the peak of one
/// mutant is measured rather than the highest the process ever reached; elsewhere the process's own figures are used.
/// </summary>
internal static class MemoryMeter
{
    /// <summary>Resident bytes now.</summary>
    public static long Resident() => Status("VmRSS:") ?? WorkingSet(static p => p.WorkingSet64);

    /// <summary>Highest resident bytes since the process started or since the last successful <see cref="ResetPeak"/>.</summary>
    public static long Peak() => Status("VmHWM:") ?? WorkingSet(static p => p.PeakWorkingSet64);

    /// <summary>Resets the peak to the resident bytes now (Linux ≥ 4.0); false where it cannot be reset.</summary>
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>
    /// Hands the heap a mutant left behind back to the system, so that its residue is not the next mutant's memory.
    /// </summary>
    public static void Release()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    private static long? Status(string key)
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith(key, StringComparison.Ordinal))
                {
                    // "VmHWM:	  320628 kB"
                    var kilobytes = line[key.Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
        }

        return null;
    }

    private static long WorkingSet(Func<Process, long> figure)
    {
        using var process = Process.GetCurrentProcess();
        return figure(process);
    }
}
