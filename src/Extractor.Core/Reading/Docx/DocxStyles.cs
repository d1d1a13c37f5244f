using System.Text.RegularExpressions;
using System.Xml;

namespace Extractor.Core.Reading.Docx;

/// <summary>
/// The paragraph styles of word/styles.xml, as far as reading needs them: which are headings, and which carry list
/// numbering (headings numbered 一、二、 by the style rather than typed).
/// </summary>
internal sealed partial class DocxStyles
{
    private const int MaxChain = 16;

    private readonly Dictionary<string, Style> _styles;

    private DocxStyles(Dictionary<string, Style> styles) => _styles = styles;

    /// <summary>No styles (a package without styles.xml).</summary>
    public static DocxStyles Empty { get; } = new([]);

    /// <summary>Reads the paragraph styles of a styles part.</summary>
    public static DocxStyles Parse(byte[]? part)
    {
        if (part is null)
        {
            return Empty;
        }

        var styles = new Dictionary<string, Style>(StringComparer.Ordinal);
        using var reader = DocxXml.Open(part);
        reader.Read();
        while (!reader.EOF)
        {
            if (DocxXml.IsWord(reader, "style") && DocxXml.Attribute(reader, "type") is null or "paragraph"
                && DocxXml.Attribute(reader, "styleId") is { } id)
            {
                // Reading a style leaves the reader on the node after it, which may be the next style.
                styles[id] = ReadStyle(reader, id);
            }
            else
            {
                reader.Read();
            }
        }

        return new DocxStyles(styles);
    }

    /// <summary>
    /// True when the style (or a style it is based on) is a heading: its name or id is Heading 1–6, 标题 1–6 or Title,
    /// or it sets an outline level 1–6. Chinese Word names its styles by number ids (1, 2, a3) but keeps English names.
    /// </summary>
    public bool IsHeading(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (style.OutlineLevel is int level)
            {
                return level is >= 0 and <= 5;
            }

            if (HeadingName().IsMatch(style.Name ?? string.Empty) || HeadingName().IsMatch(style.Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The list numbering a style applies to its paragraphs (numId, ilvl), or null.</summary>
    public (int NumId, int Level)? Numbering(string? styleId)
    {
        var level = (int?)null;
        foreach (var style in Chain(styleId))
        {
            level ??= style.NumberingLevel;
            if (style.NumberingId is int numId)
            {
                return (numId, level ?? 0);
            }
        }

        return null;
    }

    private IEnumerable<Style> Chain(string? styleId)
    {
        for (var i = 0; styleId is not null && i < MaxChain && _styles.TryGetValue(styleId, out var style); i++)
        {
            yield return style;
            styleId = style.BasedOn;
        }
    }

    private static Style ReadStyle(XmlReader reader, string id)
    {
        var style = new Style(id);
        DocxXml.ForEachChild(reader, child =>
        {
            if (DocxXml.IsWord(child, "name"))
            {
                style.Name = DocxXml.Attribute(child);
                child.Skip();
            }
            else if (DocxXml.IsWord(child, "basedOn"))
            {
                style.BasedOn = DocxXml.Attribute(child);
                child.Skip();
            }
            else if (DocxXml.IsWord(child, "pPr"))
            {
                DocxXml.ForEachChild(child, property =>
                {
                    if (DocxXml.IsWord(property, "outlineLvl"))
                    {
                        style.OutlineLevel = DocxXml.IntAttribute(property);
                        property.Skip();
                    }
                    else if (DocxXml.IsWord(property, "numPr"))
                    {
                        var (numId, level) = DocxBodyReader.ReadNumberingProperties(property);
                        style.NumberingId = numId;
                        style.NumberingLevel = level;
                    }
                    else
                    {
                        property.Skip();
                    }
                });
            }
            else
            {
                child.Skip();
            }
        });
        return style;
    }

    [GeneratedRegex(@"^\s*(?:heading\s*[1-6]|标题\s*[1-6]|title|标题)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();

    private sealed class Style(string id)
    {
        public string Id { get; } = id;

        public string? Name { get; set; }

        public string? BasedOn { get; set; }

        public int? OutlineLevel { get; set; }

        public int? NumberingId { get; set; }

        public int? NumberingLevel { get; set; }
    }
}
