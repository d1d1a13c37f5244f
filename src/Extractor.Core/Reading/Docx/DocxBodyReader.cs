using System.Xml;
using Extractor.Core.Text;

namespace Extractor.Core.Reading.Docx;

/// <summary>
/// Reads the body of word/document.xml in order into paragraphs and tables. Wrappers that only group content (content
/// controls, custom XML, hyperlinks, tracked insertions) are read through; deleted text, field codes, hidden runs and
/// drawings (text boxes included) are left out.
/// </summary>
internal sealed class DocxBodyReader
{
    private readonly DocxStyles _styles;
    private readonly DocxNumbering _numbering;

    private DocxBodyReader(DocxStyles styles, DocxNumbering numbering)
    {
        _styles = styles;
        _numbering = numbering;
    }

    /// <summary>Reads the body of a main document part; null when the part has no w:document/w:body.</summary>
    /// <exception cref="XmlException">The part is not well-formed XML.</exception>
    /// <param name="part">The main document part's bytes.</param>
    /// <param name="styles">The paragraph styles, for headings.</param>
    /// <param name="numbering">The list numbering, for 一、 before headings.</param>
    /// <param name="cancellation">The document's budget or the run's stop, checked per block of the body.</param>
    public static IReadOnlyList<DocxNode>? Read(byte[] part, DocxStyles styles, DocxNumbering numbering, CancellationToken cancellation = default)
    {
        using var reader = DocxXml.Open(part);
        reader.MoveToContent();
        if (!DocxXml.IsWord(reader, "document"))
        {
            return null;
        }

        while (reader.Read())
        {
            if (DocxXml.IsWord(reader, "body"))
            {
                var body = new List<DocxNode>();
                var bodyReader = new DocxBodyReader(styles, numbering);
                DocxXml.ForEachChild(reader, child =>
                {
                    cancellation.ThrowIfCancellationRequested();
                    bodyReader.ReadBlock(child, body);
                });
                return body;
            }
        }

        return null;
    }

    /// <summary>Reads the w:numPr the reader is on into (numId, ilvl); either may be missing.</summary>
    public static (int? NumId, int? Level) ReadNumberingProperties(XmlReader reader)
    {
        int? numId = null;
        int? level = null;
        DocxXml.ForEachChild(reader, child =>
        {
            if (DocxXml.IsWord(child, "numId"))
            {
                numId = DocxXml.IntAttribute(child);
            }
            else if (DocxXml.IsWord(child, "ilvl"))
            {
                level = DocxXml.IntAttribute(child);
            }

            child.Skip();
        });
        return (numId, level);
    }

    private void ReadBlock(XmlReader reader, List<DocxNode> into)
    {
        if (DocxXml.IsWord(reader, "p"))
        {
            into.Add(ReadParagraph(reader));
        }
        else if (DocxXml.IsWord(reader, "tbl"))
        {
            into.Add(ReadTable(reader));
        }
        else if (IsWrapper(reader))
        {
            DocxXml.ForEachChild(reader, child => ReadBlock(child, into));
        }
        else
        {
            reader.Skip();
        }
    }

    private static bool IsWrapper(XmlReader reader) =>
        DocxXml.IsWord(reader, "sdt") || DocxXml.IsWord(reader, "sdtContent") || DocxXml.IsWord(reader, "customXml")
        || DocxXml.IsWord(reader, "ins") || DocxXml.IsWord(reader, "moveTo");

    private DocxParagraph ReadParagraph(XmlReader reader)
    {
        string? styleId = null;
        int? outlineLevel = null;
        (int? NumId, int? Level) numbering = default;
        var text = new InlineTextBuilder();
        DocxXml.ForEachChild(reader, child =>
        {
            if (DocxXml.IsWord(child, "pPr"))
            {
                DocxXml.ForEachChild(child, property =>
                {
                    if (DocxXml.IsWord(property, "pStyle"))
                    {
                        styleId = DocxXml.Attribute(property);
                        property.Skip();
                    }
                    else if (DocxXml.IsWord(property, "outlineLvl"))
                    {
                        outlineLevel = DocxXml.IntAttribute(property);
                        property.Skip();
                    }
                    else if (DocxXml.IsWord(property, "numPr"))
                    {
                        numbering = ReadNumberingProperties(property);
                    }
                    else
                    {
                        property.Skip();
                    }
                });
            }
            else
            {
                ReadInline(child, text);
            }
        });

        var isHeading = outlineLevel is int level ? level is >= 0 and <= 5 : _styles.IsHeading(styleId);
        var body = text.Flush();
        var label = Label(styleId, numbering);
        if (label is null)
        {
            return new DocxParagraph(body, isHeading);
        }

        text.Append(label);
        text.Break();
        text.Append(body);
        return new DocxParagraph(text.Flush(), isHeading);
    }

    private string? Label(string? styleId, (int? NumId, int? Level) own)
    {
        var fromStyle = _styles.Numbering(styleId);
        var numId = own.NumId ?? fromStyle?.NumId;
        var level = own.Level ?? fromStyle?.Level ?? 0;
        return numId is int id ? _numbering.Next(id, level) : null;
    }

    private static void ReadInline(XmlReader reader, InlineTextBuilder text)
    {
        if (DocxXml.IsWord(reader, "r"))
        {
            ReadRun(reader, text);
        }
        else if (DocxXml.IsWord(reader, "hyperlink") || DocxXml.IsWord(reader, "smartTag") || DocxXml.IsWord(reader, "fldSimple")
            || DocxXml.IsWord(reader, "bdo") || DocxXml.IsWord(reader, "dir") || IsWrapper(reader))
        {
            DocxXml.ForEachChild(reader, child => ReadInline(child, text));
        }
        else
        {
            // w:del, w:moveFrom, bookmarks, comments, proofing marks, math, mc:AlternateContent (drawings).
            reader.Skip();
        }
    }

    private static void ReadRun(XmlReader reader, InlineTextBuilder text)
    {
        var hidden = false;
        DocxXml.ForEachChild(reader, child =>
        {
            if (DocxXml.IsWord(child, "rPr"))
            {
                DocxXml.ForEachChild(child, property =>
                {
                    if (DocxXml.IsWord(property, "vanish"))
                    {
                        hidden = DocxXml.Toggle(property);
                    }

                    property.Skip();
                });
            }
            else if (DocxXml.IsWord(child, "t"))
            {
                var value = child.ReadElementContentAsString();
                if (!hidden)
                {
                    text.Append(value);
                }
            }
            else if (DocxXml.IsWord(child, "tab") || DocxXml.IsWord(child, "ptab") || DocxXml.IsWord(child, "br") || DocxXml.IsWord(child, "cr"))
            {
                if (!hidden)
                {
                    text.Break();
                }

                child.Skip();
            }
            else if (DocxXml.IsWord(child, "noBreakHyphen"))
            {
                if (!hidden)
                {
                    text.Append("-");
                }

                child.Skip();
            }
            else
            {
                // w:instrText (field codes), w:delText, w:drawing, w:pict, w:object, w:sym, footnote references.
                child.Skip();
            }
        });
    }

    private DocxTable ReadTable(XmlReader reader)
    {
        var rows = new List<DocxRow>();
        DocxXml.ForEachChild(reader, child => ReadTableContent(child, rows));
        return new DocxTable(rows);
    }

    private void ReadTableContent(XmlReader reader, List<DocxRow> rows)
    {
        if (DocxXml.IsWord(reader, "tr"))
        {
            rows.Add(ReadRow(reader));
        }
        else if (IsWrapper(reader))
        {
            DocxXml.ForEachChild(reader, child => ReadTableContent(child, rows));
        }
        else
        {
            reader.Skip();
        }
    }

    private DocxRow ReadRow(XmlReader reader)
    {
        var gridBefore = 0;
        var cells = new List<DocxCell>();
        DocxXml.ForEachChild(reader, child => ReadRowContent(child, cells, ref gridBefore));
        return new DocxRow(gridBefore, cells);
    }

    private void ReadRowContent(XmlReader reader, List<DocxCell> cells, ref int gridBefore)
    {
        if (DocxXml.IsWord(reader, "trPr"))
        {
            var before = 0;
            DocxXml.ForEachChild(reader, property =>
            {
                if (DocxXml.IsWord(property, "gridBefore"))
                {
                    before = Math.Max(0, DocxXml.IntAttribute(property) ?? 0);
                }

                property.Skip();
            });
            gridBefore = before;
        }
        else if (DocxXml.IsWord(reader, "tc"))
        {
            cells.Add(ReadCell(reader));
        }
        else if (IsWrapper(reader))
        {
            var before = gridBefore;
            DocxXml.ForEachChild(reader, child => ReadRowContent(child, cells, ref before));
            gridBefore = before;
        }
        else
        {
            reader.Skip();
        }
    }

    private DocxCell ReadCell(XmlReader reader)
    {
        var span = 1;
        var vertical = DocxMerge.None;
        var horizontal = DocxMerge.None;
        var content = new List<DocxNode>();
        DocxXml.ForEachChild(reader, child =>
        {
            if (DocxXml.IsWord(child, "tcPr"))
            {
                DocxXml.ForEachChild(child, property =>
                {
                    if (DocxXml.IsWord(property, "gridSpan"))
                    {
                        span = DocxXml.IntAttribute(property) ?? 1;
                    }
                    else if (DocxXml.IsWord(property, "vMerge"))
                    {
                        vertical = Merge(property);
                    }
                    else if (DocxXml.IsWord(property, "hMerge"))
                    {
                        horizontal = Merge(property);
                    }

                    property.Skip();
                });
            }
            else
            {
                ReadBlock(child, content);
            }
        });
        return new DocxCell(content, span, vertical, horizontal);
    }

    // A merge mark without w:val continues the merge (ECMA-376 17.4.85).
    private static DocxMerge Merge(XmlReader property) =>
        DocxXml.Attribute(property) == "restart" ? DocxMerge.Restart : DocxMerge.Continue;
}
