namespace Extractor.Core.Reading.Text.Flat;

/// <summary>A section heading found inside a flat body line.</summary>
/// <param name="Key">The section key (SectionHeadings.Keys).</param>
/// <param name="Start">Offset of the heading's first character in the line.</param>
/// <param name="End">Offset just after the heading.</param>
internal sealed record InlineHeading(string Key, int Start, int End)
{
    /// <summary>The heading text.</summary>
    public string TextIn(string body) => body[Start..End];
}
