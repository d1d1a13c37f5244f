namespace Extractor.Worker.Progress;

/// <summary>How a <see cref="ProgressReporter"/> draws.</summary>
internal sealed record ProgressOptions
{
    /// <summary>What the units are called in the line: "sites", "files".</summary>
    public string UnitName { get; init; } = "items";

    /// <summary>Units to do.</summary>
    public int Total { get; init; }

    /// <summary>Redraw one line in place (a terminal) rather than print log lines.</summary>
    public bool Interactive { get; init; }

    /// <summary>How often the line is redrawn on a terminal. Default 500 ms.</summary>
    public TimeSpan TerminalInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often a plain progress line is printed when not on a terminal. Default 30 s.</summary>
    public TimeSpan LogInterval { get; init; } = TimeSpan.FromSeconds(30);
}
