using Extractor.Core.Records;

namespace Extractor.Core.Checks;

/// <summary>One cell on one side of a rule's equation.</summary>
/// <param name="Cell">The cell (`missing` when the report has none).</param>
/// <param name="Sign">+1 or −1.</param>
/// <param name="LabelZh">How the message names it in Chinese, e.g. 本年新收.</param>
/// <param name="LabelEn">How the message names it in English, usually its key.</param>
/// <param name="Source">The other report's source URI for a cross-report term, else null.</param>
internal sealed record Term(CellRecord Cell, int Sign, string LabelZh, string LabelEn, string? Source = null)
{
    /// <summary>True when the cell counts as not filled in (blank or a not-applicable mark).</summary>
    public bool IsEmpty => Cell.Kind is CellKind.Blank or CellKind.Na;

    /// <summary>The signed value, blank and not-applicable counting as 0 (SCHEMA.md §4).</summary>
    public decimal Signed => Sign * (Cell.Value ?? 0m);
}
