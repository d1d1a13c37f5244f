namespace Extractor.Core.Reading.Text.Flat;

/// <summary>The ways a glued run can be cut into a row's cells.</summary>
/// <param name="Splits">Every valid split found, each one cell text per column.</param>
/// <param name="Capped">True when enumeration stopped at the cap: more splits may exist, so none can be trusted.</param>
internal sealed record RunSplitResult(IReadOnlyList<string[]> Splits, bool Capped);
