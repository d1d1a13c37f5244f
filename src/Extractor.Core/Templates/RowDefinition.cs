namespace Extractor.Core.Templates;

/// <summary>A row of a template table with the columns it has.</summary>
/// <param name="Key">The stable key, e.g. `withheld_state_secret`.</param>
/// <param name="Label">The Chinese label as the national format prints it, with its group where the sub-item number needs one.</param>
/// <param name="Columns">The columns this row has, in printed order.</param>
/// <param name="IsOutcome">True for the rows of 三、本年度办理结果 that T3-SUM adds up.</param>
public sealed record RowDefinition(string Key, string Label, IReadOnlyList<ColumnDefinition> Columns, bool IsOutcome = false);
