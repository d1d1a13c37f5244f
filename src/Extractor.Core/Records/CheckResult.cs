namespace Extractor.Core.Records;

/// <summary>The result of applying one rule to one scope of a report.</summary>
/// <param name="Rule">The rule id, e.g. `T3-ID`.</param>
/// <param name="Scope">What the rule was applied to, e.g. a column key.</param>
/// <param name="Outcome">Pass, fail or not assessable.</param>
/// <param name="Severity">The rule's severity.</param>
/// <param name="Expected">The value the rule expects (e.g. the sum of the parts), or null when not assessable.</param>
/// <param name="Actual">The value the document states, or null when not assessable.</param>
/// <param name="Message">The finding in Chinese and English, naming the cells and numbers.</param>
/// <param name="Cells">The keys of the cells involved.</param>
/// <param name="Evidence">The cells and sentences involved with their raw text and locations.</param>
public sealed record CheckResult(
    string Rule,
    string Scope,
    CheckOutcome Outcome,
    Severity Severity,
    decimal? Expected,
    decimal? Actual,
    string Message,
    IReadOnlyList<string> Cells,
    IReadOnlyList<CheckEvidence> Evidence);
