namespace Extractor.Core.Legacy;

/// <summary>A row of the old statistics table as found, before its values are split.</summary>
/// <param name="Label">The label as written, numbering removed.</param>
/// <param name="Unit">The 计量单位 as written, else empty.</param>
/// <param name="Values">The value cells: two when the source separates them, one glued run otherwise, none when the row has no value.</param>
/// <param name="Raw">The value text as found.</param>
/// <param name="At">Where the row is.</param>
internal sealed record LegacyRow(string Label, string Unit, IReadOnlyList<string> Values, string Raw, string At);
