namespace Extractor.Worker.Hosting;

/// <summary>What the command line said: which pipeline.json, and whether to do one pass or keep to the schedule.</summary>
internal sealed class RunSettings
{
    public required string ConfigPath { get; init; }

    public bool Once { get; init; }

    /// <summary><c>run --reparse</c>: read the archive again with the current readers and republish, then stop.</summary>
    public bool Reparse { get; init; }

    public string ConfigDirectory => Path.GetDirectoryName(ConfigPath)!;

    /// <summary>Set by the worker when it stops: the process exit code.</summary>
    public int ExitCode { get; set; }
}
