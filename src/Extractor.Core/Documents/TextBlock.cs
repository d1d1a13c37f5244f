namespace Extractor.Core.Documents;

/// <summary>A paragraph or heading of narrative text.</summary>
/// <param name="Text">The text as written, with line breaks inside the paragraph joined.</param>
/// <param name="IsHeading">True when the source marks it as a heading (HTML h1–h6, markdown #); readers of plain text leave it false and the mapper decides.</param>
/// <param name="At">Where the text starts.</param>
public sealed record TextBlock(string Text, bool IsHeading, SourceLocation At) : Block(At)
{
    /// <summary>
    /// True when a reader knows the line is a piece of a sentence that a line break cut (a paragraph whose text runs on
    /// across a &lt;br&gt;): it is prose, never a table row printed as a line.
    /// </summary>
    public bool InSentence { get; init; }
}
