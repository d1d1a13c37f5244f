namespace Extractor.Core.Checks.Narrative;

/// <summary>A number the narrative states for a table quantity.</summary>
/// <param name="Section">The section key the sentence is in.</param>
/// <param name="Sentence">The sentence as written.</param>
/// <param name="Quantity">Which table quantity it speaks of.</param>
/// <param name="Applicant">For <see cref="NarrativeQuantity.Applicant"/>: the column key, or `legal_persons` for 法人或其他组织 (the five non-natural columns).</param>
/// <param name="Number">The number stated.</param>
/// <param name="Phrase">The matched phrase (folded to simplified), for the message.</param>
internal sealed record NarrativeStatement(string Section, string Sentence, NarrativeQuantity Quantity, string? Applicant, decimal Number, string Phrase);
