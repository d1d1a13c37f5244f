namespace Extractor.Core.Records;

/// <summary>What was written in a table cell (SCHEMA.md §2).</summary>
public enum CellKind
{
    /// <summary>A number was written.</summary>
    Number,

    /// <summary>The cell is empty or the document lacks it.</summary>
    Blank,

    /// <summary>A not-applicable mark such as /, —, 无.</summary>
    Na,

    /// <summary>Anything else (见附件, a garbled glyph).</summary>
    Text,

    /// <summary>The source has no such cell, or the reader could not place a value with certainty (a glued run with several valid splits); a diagnostic says why.</summary>
    Missing,
}
