using Extractor.Pdf.Geometry;

namespace Extractor.Pdf.Text;

/// <summary>Glyphs that share a baseline, left to right.</summary>
internal sealed class TextLine
{
    public TextLine(List<Glyph> glyphs)
    {
        Glyphs = glyphs;
        var box = glyphs[0].Box;
        for (var i = 1; i < glyphs.Count; i++)
        {
            box = box.Union(glyphs[i].Box);
        }

        Box = box;
        Size = glyphs.Select(static g => g.Size).Max();
    }

    public List<Glyph> Glyphs { get; }

    public Box Box { get; }

    public double Size { get; }

    public int Page { get; init; }
}
