namespace Extractor.Core.Records;

/// <summary>One cell of a report table under its stable keys (SCHEMA.md §2–3).</summary>
/// <param name="Table">`active`, `applications` or `appeals`.</param>
/// <param name="Row">The row key, e.g. `new_received`.</param>
/// <param name="Col">The column key, e.g. `natural_person`.</param>
/// <param name="Kind">What was written.</param>
/// <param name="Value">The number when <paramref name="Kind"/> is <see cref="CellKind.Number"/>, else null (never 0 for a blank).</param>
/// <param name="Raw">The cell text exactly as found; empty when the document lacks the cell.</param>
/// <param name="Unit">The unit written in or above the cell, else the template's default, else empty.</param>
/// <param name="At">Where the cell is in the source; empty when the document lacks it.</param>
public sealed record CellRecord(string Table, string Row, string Col, CellKind Kind, decimal? Value, string Raw, string Unit, string At)
{
    /// <summary>The `table/row/col` key used by checks and the expected files.</summary>
    /// <remarks>A concatenation of exactly the final length (interpolation rents and returns a pooled buffer on every call; rules ask for keys by the thousand).</remarks>
    public string Key => string.Concat(Table, "/", Row, "/", Col);

    /// <summary>
    /// Null when the table alone gives the value; <see cref="CellResolution.Order"/> when the template's row order placed it,
    /// <see cref="CellResolution.Narrative"/> when a narrative statement chose among a glued run's splits (SCHEMA.md §2).
    /// </summary>
    public string? ResolvedBy { get; init; }
}
