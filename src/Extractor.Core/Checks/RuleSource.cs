namespace Extractor.Core.Checks;

/// <summary>Where a rule's expectation comes from, so a reader knows how much weight a failure carries.</summary>
internal enum RuleSource
{
    /// <summary>The national format states it (e.g. the header of table 三, the year a format applies from).</summary>
    Stated,

    /// <summary>It follows from what the cells mean (a 总计 is the sum of its parts).</summary>
    Derived,

    /// <summary>A best-effort reading of free text; it may miss statements but should not raise false alarms.</summary>
    Heuristic,
}
