namespace Extractor.Benchmarks.Robustness;

/// <summary>One degraded report with the truth carried over from its pristine source.</summary>
/// <param name="Name">Source and degradations, e.g. `104_markdown-2021.txt+traditional+strand`.</param>
/// <param name="FileName">The name it is read under (its extension may differ from the source's).</param>
/// <param name="Content">The degraded bytes.</param>
/// <param name="Truth">The numbers of the pristine source by cell key (`table/row/col`).</param>
/// <param name="TruthFails">The `rule/scope` of checks that fail on the pristine source (documented inconsistencies).</param>
internal sealed record DegradedDocument(string Name, string FileName, byte[] Content, IReadOnlyDictionary<string, decimal> Truth, IReadOnlySet<string> TruthFails);
