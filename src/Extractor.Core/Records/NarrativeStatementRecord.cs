namespace Extractor.Core.Records;

/// <summary>A number the narrative states (SCHEMA.md §7; keys in docs/legacy-and-statements.md).</summary>
/// <param name="Quantity">The quantity key, e.g. `applications_received` or `new_media_accounts`; `other` for a number whose quantity is not recognised.</param>
/// <param name="Value">The number stated.</param>
/// <param name="Unit">The unit written after it (件, 条, 个, 人次, 万元 …).</param>
/// <param name="Section">The section key the sentence is in.</param>
/// <param name="Phrase">The words the number was read from, as written.</param>
/// <param name="Sentence">The whole sentence as written.</param>
/// <param name="At">Where: the section's source range and the sentence's number in it.</param>
public sealed record NarrativeStatementRecord(string Quantity, decimal Value, string Unit, string Section, string Phrase, string Sentence, string At);
