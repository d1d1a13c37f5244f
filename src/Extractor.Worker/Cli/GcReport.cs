using System.Globalization;
using System.Runtime;

namespace Extractor.Worker.Cli;

/// <summary>
/// With EXTRACTOR_GC_REPORT=1, one line on stderr at the end of a command: collections per generation, total pause,
/// bytes allocated, the largest gen0 budget the runtime allows and the latency mode (Interactive = concurrent GC).
/// The GC settings in Extractor.Worker.csproj were chosen with these counts; the `figures` benchmark prints them.
/// </summary>
internal static class GcReport
{
    public const string Variable = "EXTRACTOR_GC_REPORT";

    public static Task WriteIfAskedAsync(TextWriter stderr) => WriteIfAskedAsync(stderr, Environment.GetEnvironmentVariable(Variable));

    public static async Task WriteIfAskedAsync(TextWriter stderr, string? setting)
    {
        if (setting != "1")
        {
            return;
        }

        var budget = GC.GetConfigurationVariables().TryGetValue("GCGen0MaxBudget", out var value) ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;
        await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"extractor: gc gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)}, " +
            $"pause {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms, allocated {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MiB, gen0 budget up to {budget / (1024 * 1024)} MiB, {(GCSettings.IsServerGC ? "server" : "workstation")} {GCSettings.LatencyMode}"));
    }
}
