namespace Extractor.Core.Reading.Docx;

/// <summary>One item of a document body or a table cell as read from the XML: a paragraph or a table.</summary>
internal abstract record DocxNode;
