namespace Extractor.Core.Reading.Docx;

/// <summary>A w:tr: its cells, after <paramref name="GridBefore"/> grid columns the row leaves empty (w:gridBefore).</summary>
internal sealed record DocxRow(int GridBefore, IReadOnlyList<DocxCell> Cells);
