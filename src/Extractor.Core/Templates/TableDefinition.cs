namespace Extractor.Core.Templates;

/// <summary>A table of a template.</summary>
/// <param name="Key">`active`, `applications` or `appeals`.</param>
/// <param name="Heading">The section heading the table sits under.</param>
/// <param name="Rows">The rows in printed order.</param>
public sealed record TableDefinition(string Key, string Heading, IReadOnlyList<RowDefinition> Rows)
{
    /// <summary>Finds a row by key, or null.</summary>
    /// <remarks>A loop, not LINQ: mapping and checks ask for rows per cell, and each lambda call allocated its closure.</remarks>
    public RowDefinition? FindRow(string key)
    {
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].Key == key)
            {
                return Rows[i];
            }
        }

        return null;
    }
}
