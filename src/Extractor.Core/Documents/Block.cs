namespace Extractor.Core.Documents;

/// <summary>One block of a report in reading order: a run of text or a table.</summary>
/// <param name="At">Where the block starts in the source.</param>
public abstract record Block(SourceLocation At);
