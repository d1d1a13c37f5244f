namespace Extractor.Core.Records;

/// <summary>One row of a pre-2019 statistics table (SCHEMA.md §7; keys in docs/legacy-and-statements.md).</summary>
/// <param name="Key">The indicator key, e.g. `active_published`; `other` for a row the key set does not name.</param>
/// <param name="Label">The row label as written, without its 其中/1. numbering.</param>
/// <param name="Unit">The 计量单位 as written (条, 件, 元), else empty.</param>
/// <param name="ThisYearKind">What the 本年度 cell holds; <see cref="CellKind.Missing"/> when a glued pair has several valid splits.</param>
/// <param name="ThisYear">The 本年度 number, or null.</param>
/// <param name="CumulativeKind">What the 历年累计 cell holds.</param>
/// <param name="Cumulative">The 历年累计 number, or null.</param>
/// <param name="Raw">The value text as found (the glued run for a crawler dump).</param>
/// <param name="ResolvedBy">Null when the table alone gives the values; `narrative` when a statement picked one split, `cross_year` when the year before did.</param>
/// <param name="Candidates">The valid splits `this|cumulative` when more than one exists (also after a resolution, for the record).</param>
/// <param name="At">Where the row is in the source.</param>
public sealed record LegacyIndicator(
    string Key,
    string Label,
    string Unit,
    CellKind ThisYearKind,
    decimal? ThisYear,
    CellKind CumulativeKind,
    decimal? Cumulative,
    string Raw,
    string? ResolvedBy,
    IReadOnlyList<string> Candidates,
    string At);
