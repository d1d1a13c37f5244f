using Extractor.Core.Pipeline;

namespace Extractor.Benchmarks.Fuzzing;

/// <summary>Settings of a fuzz run.</summary>
internal sealed record FuzzOptions
{
    /// <summary>Seed of the mutation sequence; the same seed and fixtures give the same mutants.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Mutants to run; the run also stops at <see cref="Duration"/>.</summary>
    public int Count { get; init; } = 1000;

    /// <summary>Wall time after which the run stops; null for no limit.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>A mutant still running after this long is saved as a hang (default 30 s).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Stop after this many hangs: each leaves a thread spinning.</summary>
    public int MaxHangs { get; init; } = 3;

    /// <summary>Write every mutant batch through the dataset writers (CSV and Parquet) every this many mutants.</summary>
    public int DatasetBatch { get; init; } = 25;

    /// <summary>
    /// Resident memory a document may take, the 1 GiB by default; null to not look. A mutant that allocated, or
    /// grew the process, by more than half of it is re-run alone through <see cref="ConfirmMemory"/>, and is a memory
    /// finding only when that lone run's peak passes the line, so the residue of an earlier mutant is never blamed.
    /// </summary>
    public long? MemoryLine { get; init; } = 1024L * 1024 * 1024;

    /// <summary>
    /// Re-runs one mutant alone (input name, bytes) and returns the peak resident bytes of that run, or null when it
    /// could not be measured. Null to judge by this process's own figures for the mutant (allocations on its thread,
    /// growth of the peak) against the whole line.
    /// </summary>
    public Func<string, byte[], long?>? ConfirmMemory { get; init; }

    /// <summary>The pipeline the mutants go through; null for the one <c>parse</c> uses.</summary>
    public ExtractionPipeline? Parser { get; init; }

    /// <summary>The seed inputs: files of every format.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>Where crashers and hangs are saved; null to keep them in memory only.</summary>
    public string? FindingsFolder { get; init; }

    /// <summary>Progress lines; null for none.</summary>
    public TextWriter? Log { get; init; }
}
