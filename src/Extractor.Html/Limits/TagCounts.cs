namespace Extractor.Html.Limits;

/// <summary>What <see cref="TagScanner"/> found: the deepest estimated nesting and the number of start tags.</summary>
internal readonly record struct TagCounts(int MaxDepth, int Elements);
