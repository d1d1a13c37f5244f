namespace Extractor.Core.Checks.Narrative;

/// <summary>
/// The two names of a table quantity the narrative states: its key in the `statements` dataset (never rename one) and
/// its part of a NARR-NUM scope; one table so that the two lists cannot drift apart.
/// </summary>
internal static class NarrativeQuantityNames
{
    /// <summary>The dataset key (applications_received_natural_persons) and the scope name (received.natural_persons).</summary>
    public static (string Statement, string Scope) Of(NarrativeStatement statement) => statement.Quantity switch
    {
        NarrativeQuantity.Received => ("applications_received", "received"),
        NarrativeQuantity.Applicant => ($"applications_received_{statement.Applicant}", $"received.{statement.Applicant}"),
        NarrativeQuantity.Processed => ("applications_processed", "processed"),
        NarrativeQuantity.CarriedForward => ("applications_carried_forward", "carried_forward"),
        NarrativeQuantity.CarriedOver => ("applications_carried_over", "carried_over"),
        NarrativeQuantity.Review => ("reviews", "review"),
        _ => ("lawsuits", "litigation"),
    };
}
