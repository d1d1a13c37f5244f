using System.Globalization;
using Extractor.Core.Checks;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Pdf.Ocr;
using Extractor.Testing;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>The county fixture's true figures as if OCR had read them: every cell surely, one cell as given.</summary>
internal static class CountyAsRead
{
    /// <summary>
    /// Reads the born-digital county fixture, sets <paramref name="key"/> to <paramref name="value"/> read at
    /// <paramref name="confidence"/> (every other cell at 97), records what each OCR pass read there
    /// (<paramref name="passes"/>) and runs the verifier on the checks of that report.
    /// </summary>
    public static ReportResult Verify(string key, decimal value, double confidence, params decimal[] passes)
    {
        var path = TestPaths.Fixture("pdf", "county-2021.pdf");
        var report = new ExtractionPipeline([new PdfReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        var cells = report.Cells.Select(c => c.Key == key
            ? c with { Value = value, Raw = value.ToString(CultureInfo.InvariantCulture), At = string.Create(CultureInfo.InvariantCulture, $"{c.At}, OCR confidence {confidence}") }
            : c with { At = $"{c.At}, OCR confidence 97" }).ToList();
        var read = report with { Cells = cells };

        // What each OCR pass read in the cell, by its place as the reader records it.
        var place = OcrCellVerifier.PlaceOf(cells.Single(c => c.Key == key).At);
        Assert.NotNull(place);
        var readings = new Dictionary<string, IReadOnlyList<decimal>> { [place] = passes };
        return new OcrCellVerifier(new OcrOptions(), readings).Verify(read with { Checks = ReportChecker.Check(read) });
    }
}
