namespace Extractor.Core.Mapping;

/// <summary>A number the narrative states for one cell of table 二 (主动公开), e.g. 制发行政规范性文件88件.</summary>
/// <param name="Row">The template row key (regulations, normative_documents, licensing, penalty, coercion).</param>
/// <param name="Column">The template column key (issued, repealed, in_force, decisions).</param>
/// <param name="Value">The number stated.</param>
/// <param name="Phrase">The words that state it, as folded for matching.</param>
/// <param name="Section">The narrative section the sentence is in.</param>
internal sealed record ActiveStatement(string Row, string Column, decimal Value, string Phrase, string Section);
