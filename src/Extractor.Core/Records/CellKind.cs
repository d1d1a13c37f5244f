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

    /// <summary>The reader could not place or read a value with certainty; a diagnostic says why (SCHEMA.md §2).</summary>
    Missing,
}
