namespace Extractor.Core.Legacy;

/// <summary>One reading of a row's two values: 本年度 and 历年累计.</summary>
internal readonly record struct LegacyPair(decimal ThisYear, decimal Cumulative)
{
    public override string ToString() => FormattableString.Invariant($"{ThisYear}|{Cumulative}");
}
