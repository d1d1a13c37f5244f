namespace Extractor.Core.Checks.Narrative;

/// <summary>A completion rate the narrative states together with the two counts it is a ratio of.</summary>
/// <param name="Section">The section key the sentence is in.</param>
/// <param name="Sentence">The sentence as written.</param>
/// <param name="Kind">The scope key: `completion_rate` (办结率), `reply_rate` (答复率/回复率) or `on_time_rate` (按时办结率 …).</param>
/// <param name="RatePhrase">The rate as written, folded (办结率100%).</param>
/// <param name="Rate">The stated percentage.</param>
/// <param name="Decimals">How many decimals it is printed with (its rounding).</param>
/// <param name="ReceivedPhrase">The phrase stating the count received (受理审批事项117件).</param>
/// <param name="Received">The count received.</param>
/// <param name="DonePhrase">The phrase stating the count completed or answered (办结171件).</param>
/// <param name="Done">The count completed or answered.</param>
internal sealed record RateStatement(
    string Section,
    string Sentence,
    string Kind,
    string RatePhrase,
    decimal Rate,
    int Decimals,
    string ReceivedPhrase,
    decimal Received,
    string DonePhrase,
    decimal Done);
