namespace Extractor.Core.Records;

/// <summary>The outcome of one check (SCHEMA.md §4).</summary>
public enum CheckOutcome
{
    /// <summary>The rule holds.</summary>
    Pass,

    /// <summary>The rule does not hold on the numbers the document states.</summary>
    Fail,

    /// <summary>The rule cannot be judged: one side was not filled in, or a cell holds text.</summary>
    NotAssessable,
}
