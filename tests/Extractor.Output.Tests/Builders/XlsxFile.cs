using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace Extractor.Output.Tests.Builders;

/// <summary>
/// A small independent reader of the workbook's XML (SpreadsheetML): sheet names in order, each sheet's frozen rows,
/// and its cells as typed text, so the tests check what Excel will read rather than what our writer meant.
/// </summary>
public sealed class XlsxFile
{
    private static readonly XNamespace s_main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace s_relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace s_package = "http://schemas.openxmlformats.org/package/2006/relationships";

    private XlsxFile(List<XlsxSheet> sheets)
    {
        Sheets = sheets;
    }

    public IReadOnlyList<XlsxSheet> Sheets { get; }

    public XlsxSheet this[string name] => Sheets.Single(s => s.Name == name);

    public static XlsxFile Open(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var workbook = Load(zip, "xl/workbook.xml");
        var targets = Load(zip, "xl/_rels/workbook.xml.rels").Root!.Elements(s_package + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => "xl/" + ((string)r.Attribute("Target")!).TrimStart('/').Replace("xl/", string.Empty, StringComparison.Ordinal));
        var formats = CellFormats(Load(zip, "xl/styles.xml"));
        var sheets = workbook.Root!.Element(s_main + "sheets")!.Elements(s_main + "sheet")
            .Select(s => ReadSheet(zip, (string)s.Attribute("name")!, targets[(string)s.Attribute(s_relationships + "id")!], formats))
            .ToList();
        return new XlsxFile(sheets);
    }

    private static XlsxSheet ReadSheet(ZipArchive zip, string name, string entry, IReadOnlyList<string> formats)
    {
        var xml = Load(zip, entry).Root!;
        var pane = xml.Descendants(s_main + "pane").SingleOrDefault();
        var frozen = pane is not null && (string?)pane.Attribute("state") == "frozen" ? (int?)pane.Attribute("ySplit") ?? 0 : 0;
        var rows = new List<XlsxCell[]>();
        foreach (var row in xml.Descendants(s_main + "row"))
        {
            rows.Add([.. row.Elements(s_main + "c").Select(c => ReadCell(c, formats))]);
        }

        return new XlsxSheet(name, frozen, rows, xml.Descendants(s_main + "f").Any());
    }

    private static XlsxCell ReadCell(XElement cell, IReadOnlyList<string> formats)
    {
        var type = (string?)cell.Attribute("t") ?? "n";
        var format = formats[(int?)cell.Attribute("s") ?? 0];
        var value = type switch
        {
            "inlineStr" => string.Concat(cell.Element(s_main + "is")!.Descendants(s_main + "t").Select(t => t.Value)),
            _ => cell.Element(s_main + "v")?.Value,
        };
        if (type == "n" && value is not null && format.Contains("yy", StringComparison.Ordinal))
        {
            var when = DateTime.FromOADate(double.Parse(value, CultureInfo.InvariantCulture));
            value = format.Contains("hh", StringComparison.Ordinal)
                ? when.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                : when.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            type = "date";
        }

        return new XlsxCell(type, format, value);
    }

    // The number format of each cell style (cellXfs), by index: built-in 49 is Text (@), 0 General.
    private static List<string> CellFormats(XDocument styles)
    {
        var custom = styles.Root!.Element(s_main + "numFmts")?.Elements(s_main + "numFmt")
            .ToDictionary(f => (int)f.Attribute("numFmtId")!, f => (string)f.Attribute("formatCode")!) ?? [];
        return
        [
            .. styles.Root!.Element(s_main + "cellXfs")!.Elements(s_main + "xf").Select(xf => (int?)xf.Attribute("numFmtId") ?? 0).Select(id => id switch
            {
                0 => "General",
                49 => "@",
                _ => custom.TryGetValue(id, out var code) ? code : $"builtin {id}",
            }),
        ];
    }

    private static XDocument Load(ZipArchive zip, string entry)
    {
        using var stream = (zip.GetEntry(entry) ?? throw new InvalidDataException($"no {entry} in the workbook")).Open();
        return XDocument.Load(stream);
    }
}

/// <summary>One worksheet: its name, how many top rows are frozen, its rows, and whether any cell holds a formula.</summary>
public sealed record XlsxSheet(string Name, int FrozenRows, IReadOnlyList<XlsxCell[]> Rows, bool HasFormulas);

/// <summary>A cell: its type (inlineStr, n, date), its number format, and its value as text (null when empty).</summary>
public sealed record XlsxCell(string Type, string Format, string? Value);
