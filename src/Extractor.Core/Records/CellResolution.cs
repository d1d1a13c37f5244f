namespace Extractor.Core.Records;

/// <summary>The values of <see cref="CellRecord.ResolvedBy"/> (SCHEMA.md §2).</summary>
public static class CellResolution
{
    /// <summary>Placed by the template's row order; the table's own identities hold with it.</summary>
    public const string Order = "order";

    /// <summary>One split of an ambiguous glued run, the one a narrative statement names.</summary>
    public const string Narrative = "narrative";
}
