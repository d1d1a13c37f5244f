using System.Globalization;
using System.Text;

namespace Extractor.Core.Documents;

/// <summary>Where a block or cell was found in its source, precise enough for a person to find it by eye.</summary>
/// <param name="Page">1-based page number (PDF) or null.</param>
/// <param name="Line">1-based line number (text formats) or null.</param>
/// <param name="Table">1-based index of the table in the document, or null.</param>
/// <param name="Row">1-based row of the table grid, or null.</param>
/// <param name="Column">1-based column of the table grid, or null.</param>
/// <param name="X">Left edge in PDF points from the page's left, or null.</param>
/// <param name="Y">Top edge in PDF points from the page's top, or null.</param>
/// <param name="OcrConfidence">For text read from an image by OCR, the engine's confidence (0–100) in it, or null.</param>
public sealed record SourceLocation(
    int? Page = null,
    int? Line = null,
    int? Table = null,
    int? Row = null,
    int? Column = null,
    double? X = null,
    double? Y = null,
    double? OcrConfidence = null)
{
    /// <summary>The empty location, for things that have no place in the source.</summary>
    public static SourceLocation None { get; } = new();

    /// <summary>Renders the location as the `at` text of the data contract, e.g. "page 3, table 2, row 4, col 2 (x 120.5, y 301.0)".</summary>
    public override string ToString()
    {
        var parts = new List<string>(6);
        if (Page is int page)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"page {page}"));
        }

        if (Line is int line)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"line {line}"));
        }

        if (Table is int table)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"table {table}"));
        }

        if (Row is int row)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"row {row}"));
        }

        if (Column is int column)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"col {column}"));
        }

        var text = new StringBuilder(string.Join(", ", parts));
        if (X is double x && Y is double y)
        {
            text.Append(CultureInfo.InvariantCulture, $" (x {x:0.0}, y {y:0.0})");
        }

        if (OcrConfidence is double confidence)
        {
            text.Append(CultureInfo.InvariantCulture, $", OCR confidence {confidence:0}");
        }

        return text.ToString();
    }
}
