namespace Extractor.Core.Reading.Text.Flat;

/// <summary>What a template column may hold, which limits where a glued run can be cut.</summary>
internal enum ColumnKind
{
    /// <summary>A non-negative whole number: 0 or digits without a leading zero.</summary>
    Count,

    /// <summary>The 2019 本年增/减 column: a count that may carry a leading minus sign.</summary>
    Change,

    /// <summary>An amount (收费金额, 采购总金额): a count that may carry decimals.</summary>
    Amount,
}
