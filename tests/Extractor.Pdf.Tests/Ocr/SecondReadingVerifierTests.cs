using System.Globalization;
using Extractor.Core.Checks;
using Extractor.Core.Documents;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Pdf.Geometry;
using Extractor.Pdf.Ocr;
using Extractor.Pdf.Tables;
using Extractor.Testing;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>
/// The verifier and the second reading (<see cref="OcrSecondReading"/>), on the county fixture's true figures as if OCR
/// had read them: one figure read unsurely, every other cell surely, and the second reading's two models' texts at the
/// figure's place in the scanned grid.
/// </summary>
public class SecondReadingVerifierTests
{
    /// <summary>A figure of table 二 (主动公开), which no identity covers.</summary>
    private const string Active = "active/normative_documents/issued";

    /// <summary>A figure of table 三 in its row's sum and its column's.</summary>
    private const string Covered = "applications/granted/commercial";

    [Fact]
    public void UnsureFigureNoIdentityCovers_ReadAlikeByBothModelsOfTheSecondReading_IsPublishedBelowHighConfidence()
    {
        var truth = Truth(Active);

        var report = Verify(Active, truth, confidence: 75, [Text(truth), Text(truth)]);

        var cell = Assert.Single(report.Cells, static c => c.Key == Active);
        Assert.Equal((CellKind.Number, truth), (cell.Kind, cell.Value));
        Assert.Contains("OCR confidence 75", cell.At, StringComparison.Ordinal);
        Assert.Contains(report.Diagnostics, d => d.Message.StartsWith(Active, StringComparison.Ordinal) && d.Message.Contains(OcrCellVerifier.SecondConfirmed, StringComparison.Ordinal) && d.Severity == Severity.Info);
        Assert.DoesNotContain(report.Checks, static c => c.Outcome == CheckOutcome.Fail);
    }

    [Fact]
    public void FigureReadBelowTheFloor_ReadAlikeByTheSecondReading_StaysMissing()
    {
        // Two touching 1s read as 1 at 58, and by both models again: agreement below the floor is no evidence.
        var truth = Truth(Active);

        var report = Verify(Active, truth, confidence: new OcrOptions().SecondReadingFloor - 2, [Text(truth), Text(truth)]);

        Assert.Equal(CellKind.Missing, Assert.Single(report.Cells, static c => c.Key == Active).Kind);
    }

    [Theory]
    [InlineData("other")] // the two models disagree
    [InlineData("")] // one model read no number
    public void UnsureFigure_SecondReadingDisagrees_StaysMissingWithEveryCandidate(string second)
    {
        var truth = Truth(Active);
        var other = second == "other" ? Text(truth + 5) : second;

        var report = Verify(Active, truth, confidence: 75, [Text(truth), other]);

        Assert.Equal(CellKind.Missing, Assert.Single(report.Cells, static c => c.Key == Active).Kind);
        var why = Assert.Single(report.Diagnostics, static d => d.Message.StartsWith(Active, StringComparison.Ordinal)).Message;
        Assert.Contains($"candidate: {Text(truth)} (as read)", why, StringComparison.Ordinal);
        Assert.Contains($"second reading (the cell cut out alone, by each model): {Text(truth)}, {(other.Length == 0 ? "no number" : other)}", why, StringComparison.Ordinal);
    }

    [Fact]
    public void MisreadFigure_TheSecondReadingDoesNotRepeat_IsTakenAsTheIdentitiesNeed()
    {
        // 12 read as 2 (its 1 lost) at 70: the row and the column fail with it, and both models of the second reading read
        // the value they need.
        var truth = Truth(Covered);

        var report = Verify(Covered, truth + 10, confidence: 70, [Text(truth), Text(truth)]);

        var cell = Assert.Single(report.Cells, static c => c.Key == Covered);
        Assert.Equal((CellKind.Number, truth), (cell.Kind, cell.Value));
        Assert.DoesNotContain(report.Checks, static c => c.Outcome == CheckOutcome.Fail);
    }

    [Fact]
    public void MisreadFigure_TheSecondReadingRepeatsTheMisread_StaysMissing()
    {
        var truth = Truth(Covered);

        var report = Verify(Covered, truth + 10, confidence: 70, [Text(truth + 10), Text(truth + 10)]);

        Assert.Equal(CellKind.Missing, Assert.Single(report.Cells, static c => c.Key == Covered).Kind);
        Assert.DoesNotContain(report.Checks, static c => c.Outcome == CheckOutcome.Fail);
    }

    [Fact]
    public void SureMisread_BothModelsOfTheSecondReadingReadTheValueTheIdentitiesNeed_IsTaken_NoCheckFails()
    {
        // A 6 read as 0 at 94 (county fax 300): sure, so its row and column would be published as failing.
        var truth = Truth(Covered);

        var misread = truth + 1;
        Assert.Equal(Text(truth).Length, Text(misread).Length);

        var report = Verify(Covered, misread, confidence: 94, [Text(truth), Text(truth)], disputes: true);

        var cell = Assert.Single(report.Cells, static c => c.Key == Covered);
        Assert.Equal((CellKind.Number, truth), (cell.Kind, cell.Value));
        Assert.DoesNotContain(report.Checks, static c => c.Outcome == CheckOutcome.Fail);
    }

    [Theory]
    [InlineData(true, false)] // both models read another number: doubted, and no identity covers it
    [InlineData(false, true)] // one model only: the sure reading stands
    public void SureFigureNoIdentityCovers_TheSecondReadingReadsAnotherNumber(bool bothModels, bool published)
    {
        // With OcrOptions.SecondReadingDisputes on (off by default).
        var truth = Truth(Active);

        var report = Verify(Active, truth, confidence: 95, [Text(truth + 50), bothModels ? Text(truth + 50) : Text(truth)], disputes: true);


        var cell = Assert.Single(report.Cells, static c => c.Key == Active);
        Assert.Equal(published ? (CellKind.Number, truth) : (CellKind.Missing, null), (cell.Kind, cell.Value));
        if (!published)
        {
            var why = Assert.Single(report.Diagnostics, static d => d.Message.StartsWith(Active, StringComparison.Ordinal)).Message;
            Assert.Contains($"candidates: {Text(truth)} (as read), {Text(truth + 50)} (second reading)", why, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SureFigure_TheSecondReadingDropsACharacter_IsNoDispute()
    {
        // A sure 41 read 4 by both models: the faint 1 fell below the crop's threshold.
        const string inForce = "active/normative_documents/in_force";
        var truth = Truth(inForce);
        Assert.True(truth >= 10, "the fixture's figure has two digits");

        var report = Verify(inForce, truth, confidence: 92, [Text(decimal.Truncate(truth / 10)), Text(decimal.Truncate(truth / 10))], disputes: true);

        var cell = Assert.Single(report.Cells, static c => c.Key == inForce);
        Assert.Equal((CellKind.Number, truth), (cell.Kind, cell.Value));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // not read again: it is the column's only suspect and goes
    public void SureMisreadInAColumn_AnUnsureFigureTheSecondReadingConfirms_IsNoSuspect_AndStandsOnItsRow(bool readAgain)
    {
        // The fax 300 pattern: a figure misread surely (here the column's total, 6 too high) fails the column's sum, and an
        // unsure right figure of that column, which the second reading read as read, was taken for the culprit. It is no
        // suspect now: its row holds with it, so it stands; the sure misread's row fails with it, so that one goes.
        const string misread = "applications/total_processed/commercial";
        var truth = Truth(Covered);

        var report = Verify(Covered, truth, confidence: 80, readAgain ? [Text(truth), Text(truth)] : [], (misread, Truth(misread) + 6, 94));

        var cell = Assert.Single(report.Cells, static c => c.Key == Covered);
        Assert.Equal(readAgain ? (CellKind.Number, truth) : (CellKind.Missing, null), (cell.Kind, cell.Value));
        if (readAgain)
        {
            Assert.Equal(CellKind.Missing, Assert.Single(report.Cells, static c => c.Key == misread).Kind);
        }

        Assert.DoesNotContain(report.Checks, static c => c.Outcome == CheckOutcome.Fail && c.Cells.Contains(Covered));
    }

    [Theory]
    [InlineData("56.4", "万元", true)]
    [InlineData("56.4", "件", false)] // a count has no decimal point
    [InlineData("12", "", true)]
    [InlineData("0", "", true)]
    [InlineData("012", "", false)] // no leading zero
    [InlineData("5.", "万元", false)]
    [InlineData("", "", false)]
    public void WellFormed_FollowsTheCellsKind(string text, string unit, bool wellFormed) =>
        Assert.Equal(wellFormed, OcrSecondReading.WellFormed(text, unit));

    private static decimal Truth(string key)
    {
        var path = TestPaths.Fixture("pdf", "county-2021.pdf");
        return new ExtractionPipeline([new PdfReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path))).Cells.Single(c => c.Key == key).Value!.Value;
    }

    /// <summary>
    /// The fixture's cells read surely, but <paramref name="key"/> read as <paramref name="value"/> at
    /// <paramref name="confidence"/> by one pass, and <paramref name="second"/> what the second reading read there;
    /// <paramref name="other"/> another cell read otherwise.
    /// </summary>
    private static ReportResult Verify(string key, decimal value, double confidence, string[] second, (string Key, decimal Value, double Confidence)? other = null, bool disputes = false)
    {
        var path = TestPaths.Fixture("pdf", "county-2021.pdf");
        var report = new ExtractionPipeline([new PdfReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        var cells = report.Cells.Select(c => c.Key == key
            ? c with { Value = value, Raw = Text(value), At = $"{c.At}, OCR confidence {confidence}" }
            : c.Key == other?.Key
                ? c with { Value = other.Value.Value, Raw = Text(other.Value.Value), At = $"{c.At}, OCR confidence {other.Value.Confidence}" }
                : c with { At = $"{c.At}, OCR confidence 97" }).ToList();
        var read = report with { Cells = cells };

        var at = cells.Single(c => c.Key == key).At;
        Assert.True(SourceLocation.TryParse(at, out var place) && place is { Page: not null, X: not null, Y: not null }, at);
        var (page, x, y) = (place.Page.Value, place.X.Value, place.Y.Value);
        var scanned = new GridCell(0, 0, 1, 1, new Box(x, y, x + 40, y + 15), page) { Text = Text(value), Confidence = confidence, SecondReading = second };
        var readings = new Dictionary<string, IReadOnlyList<decimal>> { [OcrCellVerifier.PlaceOf(at)!] = [value] };
        return new OcrCellVerifier(new OcrOptions { SecondReadingDisputes = disputes }, readings, OcrGrid.Of([(page, [scanned])])).Verify(read with { Checks = ReportChecker.Check(read) });
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
