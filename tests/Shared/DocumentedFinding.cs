namespace Extractor.Testing;

/// <summary>One inconsistency the corpus documents, as the finding that must report it.</summary>
/// <param name="File">The corpus file name.</param>
/// <param name="Rule">The rule that must fail.</param>
/// <param name="Scope">Its scope.</param>
/// <param name="Cells">Cells the failing check must name (the report page highlights them); empty for a prose-only rule.</param>
/// <param name="Quote">For a narrative rule, words of the sentence it must quote; else null.</param>
internal sealed record DocumentedFinding(string File, string Rule, string Scope, string[] Cells, string? Quote = null);
