namespace Extractor.Core.Reading.Docx;

/// <summary>A paragraph's joined text (list number included) and whether its style makes it a heading.</summary>
internal sealed record DocxParagraph(string Text, bool IsHeading) : DocxNode;
