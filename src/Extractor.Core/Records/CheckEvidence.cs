namespace Extractor.Core.Records;

/// <summary>One cell or sentence a check looked at, with what the source says and where.</summary>
/// <param name="Ref">A cell key `table/row/col` (with the report's source for cross-report rules) or `sections/key` for narrative.</param>
/// <param name="Raw">The text as found.</param>
/// <param name="At">Where it is in the source.</param>
/// <param name="Source">The source URI when the evidence comes from another report than the one checked, else null.</param>
public sealed record CheckEvidence(string Ref, string Raw, string At, string? Source = null);
