using Extractor.Core.Templates;

namespace Extractor.Core.Reading.Text.Flat;

/// <summary>One table row found in a flat body: the text before its run (column headers and its label) and the run.</summary>
internal sealed class FlatRow
{
    /// <summary>The template row key the label names, or null when it names none.</summary>
    public required string? Key { get; init; }

    /// <summary>Column headers printed between the previous run and this row's label, else empty.</summary>
    public required string Header { get; init; }

    /// <summary>The label exactly as found (trimmed).</summary>
    public required string Label { get; init; }

    /// <summary>The glued run of cell values after the label.</summary>
    public required FlatToken Run { get; init; }

    /// <summary>The template row once the version is known.</summary>
    public RowDefinition? Definition { get; set; }

    /// <summary>The names of the cells the run is split into (column keys; row/column for table 四); empty until split.</summary>
    public IReadOnlyList<string> CellNames { get; set; } = [];

    /// <summary>Every split of the run that fits the row's columns.</summary>
    public RunSplitResult? Raw { get; set; }

    /// <summary>The splits still standing after the row's own arithmetic and, for an ambiguous row, the column identities.</summary>
    public IReadOnlyList<string[]> Candidates { get; set; } = [];

    /// <summary>How the candidates were narrowed, for the diagnostic.</summary>
    public string Narrowing { get; set; } = string.Empty;

    /// <summary>True when the row's own check (T3-COL, T4-SUM) passed for every candidate; false when no split satisfied it.</summary>
    public bool CheckHolds { get; set; } = true;

    /// <summary>The raw run as a person would look it up, with its unit.</summary>
    public string RunText => Run.Text + Run.Unit;
}
