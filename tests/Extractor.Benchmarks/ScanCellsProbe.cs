using System.Globalization;
using Extractor.Pdf.Ocr;

namespace Extractor.Benchmarks;

/// <summary>`scancells PAGE.png WIDTH_PT HEIGHT_PT [ROW…]`: one page image read as the OCR reader reads it, every table cell with its text, confidence and the numbers each pass read.</summary>
internal static class ScanCellsProbe
{
    public static int Run(string[] args)
    {
        var bytes = File.ReadAllBytes(args[0]);
        var page = new ScannedPage(1, double.Parse(args[1], CultureInfo.InvariantCulture), double.Parse(args[2], CultureInfo.InvariantCulture), bytes);
        var result = OcrPageReader.Read(page, ReadOnlyMemory<byte>.Empty, new OcrOptions());
        var rows = args[3..].Select(static a => int.Parse(a, CultureInfo.InvariantCulture)).ToHashSet();
        foreach (var (table, t) in (result.Content?.Tables ?? []).Select(static (t, i) => (t, i + 1)))
        {
            foreach (var cell in table.Cells.Where(c => rows.Count == 0 || rows.Contains(c.Row)))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"t{t} r{cell.Row} c{cell.Column} [{cell.Box.Left:0},{cell.Box.Top:0}-{cell.Box.Right:0},{cell.Box.Bottom:0}] \"{cell.Text}\" {cell.Confidence:0} [{string.Join(",", cell.OcrNumbers)}]"));
            }
        }

        return 0;
    }
}
