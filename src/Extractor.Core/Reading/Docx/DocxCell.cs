namespace Extractor.Core.Reading.Docx;

/// <summary>A w:tc: its paragraphs and nested tables, the grid columns it spans (w:gridSpan) and its merge marks.</summary>
internal sealed record DocxCell(IReadOnlyList<DocxNode> Content, int GridSpan, DocxMerge VerticalMerge, DocxMerge HorizontalMerge);
