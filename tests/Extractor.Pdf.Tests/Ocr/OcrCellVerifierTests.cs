using Extractor.Core.Checks;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Pdf.Ocr;
using Extractor.Testing;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>
/// The verifier on the county fixture's true figures, as if OCR had read them: one figure misread at a given
/// confidence, every other cell read surely.
/// </summary>
public class OcrCellVerifierTests
{
    private const string Key = "applications/granted/commercial";

    private static ReportResult Misread(decimal value, double confidence, string key = Key, params decimal[] passes) =>
        CountyAsRead.Verify(key, value, confidence, passes);

    [Fact]
    public void Verify_UnsureCellThatBreaksItsRowAndColumn_BecomesMissingWithTheCandidate()
    {
        var report = Misread(7, confidence: 60); // the source says 4

        var cell = Assert.Single(report.Cells, static c => c.Key == Key);
        Assert.Equal(CellKind.Missing, cell.Kind);
        Assert.Null(cell.Value);
        var diagnostic = Assert.Single(report.Diagnostics, static d => d.Message.StartsWith(Key, StringComparison.Ordinal));
        Assert.Contains("candidates: 4", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Checks, static c => c.Outcome == CheckOutcome.Fail);
        Assert.Equal(ReportStatus.Partial, report.Status);
        Assert.Equal("ocr", report.Source.ReadBy);
    }

    [Fact]
    public void Verify_MisreadWithHighConfidence_FailIsPublished()
    {
        var report = Misread(7, confidence: 96);

        Assert.Equal(CellKind.Number, Assert.Single(report.Cells, static c => c.Key == Key).Kind);
        Assert.Contains(report.Checks, static c => c.Rule == "T3-COL" && c.Scope == "granted" && c.Outcome == CheckOutcome.Fail);
    }

    [Fact]
    public void Verify_SureMisreadInARowWhosePlaceTheMapperInferred_FailIsNotPublished()
    {
        // The same sure misread as above, in a row whose label the mapper matched by resemblance (its EX104 at the row's
        // label cell): the digits may be right and the row wrong, so the failure is not published as a fail.
        var path = TestPaths.Fixture("pdf", "county-2021.pdf");
        var report = new ExtractionPipeline([new PdfReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        var cells = report.Cells.Select(c => c.Key == Key
            ? c with { Value = 7, Raw = "7", At = $"{c.At}, OCR confidence 96" }
            : c with { At = $"{c.At}, OCR confidence 97" }).ToList();
        var at = cells.Single(static c => c.Key == Key).At;
        var labelAt = at[..at.IndexOf(", col ", StringComparison.Ordinal)] + ", col 1 (x 60.0, y 400.0), OCR confidence 71";
        var misread = report with
        {
            Cells = cells,
            Diagnostics = [.. report.Diagnostics, new Diagnostic(DiagnosticCodes.LayoutRepaired, "applications/granted: row label read by OCR matches no row label; taken by resemblance", labelAt, Severity.Info)],
        };

        var verified = new OcrCellVerifier(new OcrOptions()).Verify(misread with { Checks = ReportChecker.Check(misread) });

        Assert.Equal(7, Assert.Single(verified.Cells, static c => c.Key == Key).Value);
        var check = Assert.Single(verified.Checks, static c => c.Rule == "T3-COL" && c.Scope == "granted");
        Assert.Equal(CheckOutcome.NotAssessable, check.Outcome);
        Assert.Contains("the row of these cells was inferred from the layout (EX104): ", check.Message, StringComparison.Ordinal);
        Assert.Contains(Key, check.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(verified.Checks, static c => c.Outcome == CheckOutcome.Fail);
    }

    [Fact]
    public void Verify_FailOnACellOfMiddlingConfidenceThatDoesNotExplainIt_IsNotAssessable()
    {
        // The unsure cell reads right; a sure cell is off by a half that no count can explain. The failure may
        // still be ours (the unsure cell), so it is not published.
        var path = TestPaths.Fixture("pdf", "county-2021.pdf");
        var report = new ExtractionPipeline([new PdfReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        var cells = report.Cells.Select(c => c.Key switch
        {
            Key => c with { At = $"{c.At}, OCR confidence 80" },
            "applications/granted/total" => c with { Value = c.Value + 0.5m, At = $"{c.At}, OCR confidence 97" },
            _ => c with { At = $"{c.At}, OCR confidence 97" },
        }).ToList();
        var misread = report with { Cells = cells };

        var verified = new OcrCellVerifier(new OcrOptions()).Verify(misread with { Checks = ReportChecker.Check(misread) });

        var check = Assert.Single(verified.Checks, static c => c.Rule == "T3-COL" && c.Scope == "granted");
        Assert.Equal(CheckOutcome.NotAssessable, check.Outcome);

        // No unsure cell can explain it, so the sure total is the suspect: not published either.
        Assert.Equal(CellKind.Missing, Assert.Single(verified.Cells, static c => c.Key == "applications/granted/total").Kind);
    }

    [Fact]
    public void Verify_UnsureCellThatBreaksItsRowAndColumn_TakesWhatAnotherPassReadWhenTheIdentitiesNeedIt()
    {
        var report = Misread(7, confidence: 60, Key, 7, 4); // the page pass read 7, the digits pass 4; the source says 4

        var cell = Assert.Single(report.Cells, static c => c.Key == Key);
        Assert.Equal(CellKind.Number, cell.Kind);
        Assert.Equal(4, cell.Value);
        Assert.Contains(report.Diagnostics, static d => d.Message.StartsWith(Key, StringComparison.Ordinal) && d.Message.Contains("another OCR pass read 4", StringComparison.Ordinal));
        Assert.Contains(report.Checks, static c => c.Rule == "T3-COL" && c.Scope == "granted" && c.Outcome == CheckOutcome.Pass);
        Assert.DoesNotContain(report.Checks, static c => c.Outcome == CheckOutcome.Fail);
    }

    [Fact]
    public void Verify_UnsureCellThatBreaksItsRowAndColumn_NoPassReadTheNeededValue_StaysMissing()
    {
        var report = Misread(7, confidence: 60, Key, 7, 7, 1);

        Assert.Equal(CellKind.Missing, Assert.Single(report.Cells, static c => c.Key == Key).Kind);
    }

    [Theory]
    [InlineData(2, true)] // two passes read the figure alike: published, though below high confidence
    [InlineData(1, false)] // one pass only: no identity covers table 二, so it is left missing
    public void Verify_UnsureNumberNoIdentityCovers_PublishedOnlyWhenTwoPassesReadItAlike(int passes, bool published)
    {
        const string active = "active/normative_documents/issued";
        var path = TestPaths.Fixture("pdf", "county-2021.pdf");
        var truth = new ExtractionPipeline([new PdfReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path))).Cells.Single(static c => c.Key == active).Value!.Value;

        var report = Misread(truth, confidence: 85, active, Enumerable.Repeat(truth, passes).ToArray());

        var cell = Assert.Single(report.Cells, static c => c.Key == active);
        Assert.Equal(published ? CellKind.Number : CellKind.Missing, cell.Kind);
        Assert.Equal(published ? truth : null, cell.Value);
    }

    [Fact]
    public void Verify_NumberTwoPassesReadAlikeButBelowTheAlikeFloor_IsMissing()
    {
        const string active = "active/normative_documents/issued";

        var report = Misread(4, confidence: 75, active, 4, 4); // both passes can agree on the same misreading of the same pixels

        Assert.Equal(CellKind.Missing, Assert.Single(report.Cells, static c => c.Key == active).Kind);
    }

    [Fact]
    public void Verify_RowThatTookTheNeighbouringRowsFigures_IsMissingWithTheGridRowsInTheDiagnostic()
    {
        // The county skew 150 scan: the granted row's band was cut so that its figures went to withheld_three_safeties,
        // surely read and adding up (that row's total still holds), while granted itself found no cells.
        var path = TestPaths.Fixture("pdf", "county-2021.pdf");
        var report = new ExtractionPipeline([new PdfReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        var granted = report.Cells.Where(static c => c.Row == "granted").ToDictionary(static c => c.Col);
        var cells = report.Cells.Select(c => c.Row switch
        {
            "granted" => c with { Kind = CellKind.Blank, Value = null, Raw = string.Empty, At = string.Empty },
            "withheld_three_safeties" => granted[c.Col] with { Row = c.Row, At = $"{granted[c.Col].At}, OCR confidence 95" },
            _ => c with { At = $"{c.At}, OCR confidence 97" },
        }).ToList();
        var shifted = report with { Cells = cells };

        var verified = new OcrCellVerifier(new OcrOptions()).Verify(shifted with { Checks = ReportChecker.Check(shifted) });

        var row = verified.Cells.Where(static c => c.Row == "withheld_three_safeties").ToList();
        Assert.NotEmpty(row);
        Assert.All(row, static c => Assert.Equal(CellKind.Missing, c.Kind));
        var diagnostic = Assert.Single(verified.Diagnostics, static d => d.Message.StartsWith("applications/withheld_three_safeties/total", StringComparison.Ordinal));
        Assert.Contains("grid row", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("candidate: 29", diagnostic.Message, StringComparison.Ordinal);

        // The other rows of table 三 keep their figures: only the misplaced row goes.
        Assert.Equal(CellKind.Number, Assert.Single(verified.Cells, static c => c.Key == "applications/withheld_third_party/total").Kind);
        Assert.DoesNotContain(verified.Checks, static c => c.Outcome == CheckOutcome.Fail);
    }

    [Theory]
    [InlineData("county-2021.pdf")]
    [InlineData("bureau-2019.pdf")]
    public void Verify_EveryRowInItsPlace_NoRowIsTakenAsMisplaced(string fixture)
    {
        var path = TestPaths.Fixture("pdf", fixture);
        var report = new ExtractionPipeline([new PdfReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        var cells = report.Cells.Select(static c => c with { At = c.At.Length > 0 ? $"{c.At}, OCR confidence 97" : c.At }).ToList();

        Assert.NotEmpty(cells);
        Assert.Empty(OcrRowPlacement.Misplaced(cells));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Verify_SureNumberBesideAColumnWithNoScannedCellOrAnUnreadableOne_NeedsAnIdentityToStand(bool unreadable)
    {
        // The bureau skew 150 scan: a lost rule merged "1" and "0" into one box, read "10" alike by every pass, and the
        // next column found no cell. Here: granted's 21 and 4 merged as 214, surely read; the column sum that would
        // catch it has no total to compare with.
        var path = TestPaths.Fixture("pdf", "county-2021.pdf");
        var report = new ExtractionPipeline([new PdfReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        var cells = report.Cells.Select(c => c.Key switch
        {
            "applications/granted/natural_person" => c with { Value = 214, Raw = "214", At = $"{c.At}, OCR confidence 95" },
            "applications/granted/commercial" => unreadable
                ? c with { Kind = CellKind.Text, Value = null, Raw = "光", At = $"{c.At}, OCR confidence 0" } // the county skew 300 scan
                : c with { Kind = CellKind.Blank, Value = null, Raw = string.Empty, At = string.Empty },
            "applications/total_processed/natural_person" => c with { Kind = CellKind.Blank, Value = null, Raw = string.Empty, At = string.Empty },
            _ => c with { At = $"{c.At}, OCR confidence 97" },
        }).ToList();
        var merged = report with { Cells = cells };

        var verified = new OcrCellVerifier(new OcrOptions()).Verify(merged with { Checks = ReportChecker.Check(merged) });

        Assert.Equal(CellKind.Missing, Assert.Single(verified.Cells, static c => c.Key == "applications/granted/natural_person").Kind);
        Assert.Contains(verified.Diagnostics, static d => d.Message.StartsWith("applications/granted/natural_person", StringComparison.Ordinal) && d.Message.Contains("span both columns", StringComparison.Ordinal));

        // Its other neighbour's figures, confirmed by their column sums, stand.
        Assert.Equal(CellKind.Number, Assert.Single(verified.Cells, static c => c.Key == "applications/granted/research").Kind);
    }

    [Fact]
    public void Verify_SureMisreadInAFailingRowThatNoUnsureCellCanExplain_IsMissing()
    {
        // The county skew 300 scan turned 0.4°: a row's total 6 read as 0 at 93 by two passes, beside two figures read
        // right but unsure. Neither unsure figure can make the row add up (each would have to be negative), so the
        // failure is a sure cell's, and it is not published as a fail either (unsure cells take part).
        var path = TestPaths.Fixture("pdf", "county-2021.pdf");
        var report = new ExtractionPipeline([new PdfReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        var cells = report.Cells.Select(c => c.Key switch
        {
            "applications/granted/natural_person" or "applications/granted/commercial" => c with { At = $"{c.At}, OCR confidence 75" },
            "applications/granted/total" => c with { Value = 0, Raw = "0", At = $"{c.At}, OCR confidence 93" },
            _ => c with { At = $"{c.At}, OCR confidence 97" },
        }).ToList();
        var misread = report with { Cells = cells };

        var verified = new OcrCellVerifier(new OcrOptions()).Verify(misread with { Checks = ReportChecker.Check(misread) });

        Assert.Equal(CellKind.Missing, Assert.Single(verified.Cells, static c => c.Key == "applications/granted/total").Kind);
        Assert.Contains(verified.Diagnostics, static d => d.Message.StartsWith("applications/granted/total", StringComparison.Ordinal) && d.Message.Contains("no unsure cell of it can explain", StringComparison.Ordinal));
        Assert.DoesNotContain(verified.Checks, static c => c.Outcome == CheckOutcome.Fail);
        Assert.DoesNotContain(verified.Cells, static c => c.Key.StartsWith("applications/granted/", StringComparison.Ordinal) && c.Kind == CellKind.Number && c.Value == 0 && c.Key.EndsWith("/total", StringComparison.Ordinal));
    }

    [Fact]
    public void Verify_SureMisreadInAFailingRowThatSeveralUnsureCellsCouldEachExplain_IsMissing()
    {
        // The county skew 300 scan turned 0.4°: in the partially-granted row a 6 read as 0 at 95, beside a 2 at 61 and a
        // 1 at 81 (both right); the total row was lost, so no column identity can be assessed. Either unsure figure
        // could make the row add up (8 or 7), and nothing says which: the sure 0 must not stand unconfirmed.
        var path = TestPaths.Fixture("pdf", "county-2021.pdf");
        var report = new ExtractionPipeline([new PdfReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        Assert.Equal(6, report.Cells.Single(static c => c.Key == "applications/partially_granted/natural_person").Value);
        var cells = report.Cells.Select(c => c.Key switch
        {
            "applications/partially_granted/natural_person" => c with { Value = 0, Raw = "0", At = $"{c.At}, OCR confidence 95" },
            "applications/partially_granted/commercial" => c with { At = $"{c.At}, OCR confidence 61" },
            "applications/partially_granted/legal_service" => c with { At = $"{c.At}, OCR confidence 81" },
            _ when c.Key.StartsWith("applications/total_processed/", StringComparison.Ordinal) => c with { Kind = CellKind.Missing, Value = null, Raw = "" },
            _ => c with { At = $"{c.At}, OCR confidence 97" },
        }).ToList();
        var misread = report with { Cells = cells };

        var verified = new OcrCellVerifier(new OcrOptions()).Verify(misread with { Checks = ReportChecker.Check(misread) });

        var cell = Assert.Single(verified.Cells, static c => c.Key == "applications/partially_granted/natural_person");
        Assert.Equal(CellKind.Missing, cell.Kind);
        Assert.Contains(verified.Diagnostics, static d => d.Message.StartsWith("applications/partially_granted/natural_person", StringComparison.Ordinal) && d.Message.Contains("several unsure cells could each explain", StringComparison.Ordinal));
        Assert.DoesNotContain(verified.Checks, static c => c.Outcome == CheckOutcome.Fail);
        Assert.DoesNotContain(verified.Cells, static c => c.Key.StartsWith("applications/", StringComparison.Ordinal) && c.Kind == CellKind.Number && c.At.Contains("OCR confidence 95", StringComparison.Ordinal));
    }
}
