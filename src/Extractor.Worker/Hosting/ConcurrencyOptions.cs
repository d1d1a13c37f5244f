namespace Extractor.Worker.Hosting;

/// <summary>How much happens at once: hosts fetched side by side, connections overall, documents read in parallel.</summary>
internal sealed class ConcurrencyOptions
{
    /// <summary>Hosts fetched at the same time, each one request at a time with its own delay. Default 16.</summary>
    public int MaxHosts { get; set; } = 16;

    /// <summary>HTTP requests open at the same time, all hosts together. Default 32.</summary>
    public int MaxConnections { get; set; } = 32;

    /// <summary>Documents read and checked at the same time, apart from the fetching. Default 0: one per processor.</summary>
    public int ReadParallelism { get; set; }

    /// <summary>The read parallelism to use: the configured value, or the processor count.</summary>
    public int EffectiveReadParallelism => ReadParallelism > 0 ? ReadParallelism : Environment.ProcessorCount;
}
