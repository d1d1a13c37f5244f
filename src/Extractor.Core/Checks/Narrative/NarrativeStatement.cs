namespace Extractor.Core.Checks.Narrative;

/// <summary>A number the narrative states for a table quantity.</summary>
/// <param name="Section">The section key the sentence is in.</param>
/// <param name="Sentence">The sentence as written.</param>
/// <param name="Quantity">Which table quantity it speaks of.</param>
/// <param name="Applicant">For <see cref="NarrativeQuantity.Applicant"/>: the column key, or `legal_persons` for 法人或其他组织 (the five non-natural columns).</param>
/// <param name="Number">The number stated.</param>
/// <param name="Phrase">The matched phrase (folded to simplified), for the message.</param>
/// <param name="Including">
/// The words by which the statement says its number also counts the carried applications (含上年结转, 加上上年结转, 其中…结转下年度…),
/// null when it says nothing of them; only such words widen a count beyond the table row its verb names.
/// </param>
/// <param name="Indicator">Pre-2019 scan only: the key of the old statistics table's row the words name (`applications_online`, `replies_granted` …).</param>
/// <param name="Unit">The unit written after the number (件, 条, 元, 万元 …).</param>
internal sealed record NarrativeStatement(
    string Section,
    string Sentence,
    NarrativeQuantity Quantity,
    string? Applicant,
    decimal Number,
    string Phrase,
    string? Including = null,
    string? Indicator = null,
    string? Unit = null);
