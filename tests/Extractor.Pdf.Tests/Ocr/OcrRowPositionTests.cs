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
/// A row whose label a seal covers (OCR read 一、本年新收… as 一未年新收…, so no row matched it), on the county fixture's
/// true figures as if OCR had read every cell: the row is placed from its grid row when the rows around it agree on
/// where it is and the identities hold with its figures; else it stays missing.
/// </summary>
public sealed class OcrRowPositionTests
{
    private const string Row = "new_received";

    [Fact]
    public void RowWithUnreadLabel_IsPlacedByPosition_WhenTheIdentitiesHold()
    {
        var (report, grid, truth) = SealedRow();

        var verified = new OcrCellVerifier(new OcrOptions(), grid: grid).Verify(report);

        var row = verified.Cells.Where(static c => c.Table == "applications" && c.Row == Row).ToList();
        Assert.NotEmpty(row);
        Assert.All(row, c =>
        {
            Assert.Equal(truth[c.Key].Value, c.Value);
            Assert.Equal(truth[c.Key].Kind, c.Kind);
            Assert.Equal(CellResolution.Order, c.ResolvedBy);
            Assert.Contains("OCR confidence 97", c.At, StringComparison.Ordinal);
        });
        Assert.Contains(verified.Diagnostics, static d => d.Message.StartsWith($"applications/{Row}: its label was not read", StringComparison.Ordinal) && d.Message.Contains("T3-ID", StringComparison.Ordinal));
        Assert.DoesNotContain(verified.Checks, static c => c.Outcome == CheckOutcome.Fail);

        // Like a watchdog: every figure published is the source's.
        Assert.All(verified.Cells.Where(static c => c.Kind == CellKind.Number), c => Assert.Equal(truth[c.Key].Value, c.Value));
    }

    [Fact]
    public void RowWithUnreadLabel_StaysMissing_WhenItsFiguresBreakAnIdentity()
    {
        // The grid row's first figure read surely but wrong (78 → 79): the row's total and its column no longer add up.
        var (report, grid, _) = SealedRow(misread: 79);

        var verified = new OcrCellVerifier(new OcrOptions(), grid: grid).Verify(report);

        var row = verified.Cells.Where(static c => c.Table == "applications" && c.Row == Row).ToList();
        Assert.True(row.Count > 0, string.Join("\n", verified.Cells.Select(static c => c.Key + " " + c.At)));
        Assert.All(row, static c => Assert.Equal(CellKind.Missing, c.Kind));
        Assert.DoesNotContain(verified.Diagnostics, static d => d.Message.Contains("placed by its position", StringComparison.Ordinal));
        Assert.DoesNotContain(verified.Checks, static c => c.Outcome == CheckOutcome.Fail);
    }

    [Fact]
    public void RowWithUnreadLabel_ReadUnsurely_IsConfirmedByTheIdentitiesThatPlacedIt()
    {
        // Every figure of the row read at 85 (below high confidence): the identities that held with them when the row
        // was placed confirm them, so they are published, still at 85 in `at`.
        var (report, grid, truth) = SealedRow(rowConfidence: 85);

        var verified = new OcrCellVerifier(new OcrOptions(), grid: grid).Verify(report);

        var row = verified.Cells.Where(static c => c.Table == "applications" && c.Row == Row).ToList();
        Assert.NotEmpty(row);
        Assert.All(row, c =>
        {
            Assert.Equal(truth[c.Key].Value, c.Value);
            Assert.Equal(truth[c.Key].Kind, c.Kind);
            Assert.Contains("OCR confidence 85", c.At, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(verified.Checks, static c => c.Outcome == CheckOutcome.Fail);
    }

    [Fact]
    public void RowWithUnreadLabel_ReadUnsurelyAndWrong_StaysMissing()
    {
        var (report, grid, _) = SealedRow(misread: 79, rowConfidence: 85);

        var verified = new OcrCellVerifier(new OcrOptions(), grid: grid).Verify(report);

        var row = verified.Cells.Where(static c => c.Table == "applications" && c.Row == Row).ToList();
        Assert.NotEmpty(row);
        Assert.All(row, static c => Assert.Equal(CellKind.Missing, c.Kind));
        Assert.DoesNotContain(verified.Checks, static c => c.Outcome == CheckOutcome.Fail);
    }

    [Fact]
    public void RowPlacedByTheMapperByOrder_ReadUnsurely_IsConfirmedByTheIdentitiesThatPlacedIt_OnlyWhileTheTableStandsAsRead()
    {
        var (report, _, truth) = SealedRow(rowConfidence: 85, byMapper: true);

        var verified = new OcrCellVerifier(new OcrOptions(), grid: OcrGrid.Empty).Verify(report);

        var row = verified.Cells.Where(static c => c.Table == "applications" && c.Row == Row).ToList();
        Assert.NotEmpty(row);
        Assert.All(row, c => Assert.Equal((truth[c.Key].Kind, truth[c.Key].Value), (c.Kind, c.Value)));

        // Another cell of the table read as a character (世 at 0) is left missing by the verifier: what the mapper's
        // identities held with is no longer the table as read, so the unsure figures of the row are not confirmed by them.
        var other = report.Cells.First(static c => c.Table == "applications" && c.Row != Row && c.Kind == CellKind.Number && c.At.Length > 0);
        var spoiled = report with { Cells = report.Cells.Select(c => c.Key == other.Key ? c with { Kind = CellKind.Text, Value = null, Raw = "世", At = c.At.Replace("OCR confidence 97", "OCR confidence 0", StringComparison.Ordinal) } : c).ToList() };

        var refused = new OcrCellVerifier(new OcrOptions(), grid: OcrGrid.Empty).Verify(spoiled);

        Assert.All(refused.Cells.Where(static c => c.Table == "applications" && c.Row == Row && c.Kind != CellKind.Blank), static c => Assert.Equal(CellKind.Missing, c.Kind));
        Assert.DoesNotContain(refused.Checks, static c => c.Outcome == CheckOutcome.Fail);
    }

    [Fact]
    public void RowWithUnreadLabel_StaysMissing_WhenAFigureOfItIsSealInk()
    {
        // The grid row's first figure is seal ink read as figures (its true value as text, so only the flag can stop it):
        // no value to place, so the row is not proposed, however well the identities would hold.
        var (report, grid, _) = SealedRow(sealInk: true);

        var verified = new OcrCellVerifier(new OcrOptions(), grid: grid).Verify(report);

        var row = verified.Cells.Where(static c => c.Table == "applications" && c.Row == Row).ToList();
        Assert.NotEmpty(row);
        Assert.All(row, static c => Assert.Equal(CellKind.Missing, c.Kind));
        Assert.DoesNotContain(verified.Diagnostics, static d => d.Message.Contains("placed by its position", StringComparison.Ordinal));
    }

    [Fact]
    public void RowWithUnreadLabel_StaysMissing_WhenACellOfItHasInkButNoReading()
    {
        // A 0 of a row whose label was not read (上年结转) left ink that no word came from (text "", confidence 0). Taken as a blank, it would add up like
        // the 0 it is, the identities would hold, and a blank would be published where the agency wrote 0.
        var (report, grid, truth) = SealedRow(inkUnread: true, row: "carried_over");
        Assert.Contains(truth.Values, static c => c.Table == "applications" && c.Row == "carried_over" && c.Kind == CellKind.Number && c.Value == 0);

        var verified = new OcrCellVerifier(new OcrOptions(), grid: grid).Verify(report);

        var row = verified.Cells.Where(static c => c.Table == "applications" && c.Row == "carried_over").ToList();
        Assert.NotEmpty(row);
        Assert.All(row, static c => Assert.Equal(CellKind.Missing, c.Kind));
        Assert.DoesNotContain(verified.Diagnostics, static d => d.Message.Contains("placed by its position", StringComparison.Ordinal));
    }

    [Fact]
    public void RowWithUnreadLabel_StaysMissing_WhenTooFewRowsSayWhereItIs()
    {
        // Only the rows of the table before the first three outcome rows were found: the offset has no three witnesses.
        var (report, grid, _) = SealedRow(keepFound: 2);

        var verified = new OcrCellVerifier(new OcrOptions(), grid: grid).Verify(report);

        Assert.All(verified.Cells.Where(static c => c.Table == "applications" && c.Row == Row), static c => Assert.Equal(CellKind.Missing, c.Kind));
    }

    /// <summary>
    /// The county fixture as if read by OCR at confidence 97, with the new_received row not placed by the mapper (its
    /// cells blank, without a place) while its grid row is still in the scanned table. With <paramref name="keepFound"/>,
    /// only that many other rows of table 三 keep their place on that page.
    /// </summary>
    private static (ReportResult Report, OcrGrid Grid, Dictionary<string, CellRecord> Truth) SealedRow(decimal? misread = null, int? keepFound = null, bool sealInk = false, double rowConfidence = 97, bool byMapper = false, bool inkUnread = false, string row = Row)
    {
        var path = TestPaths.Fixture("pdf", "county-2021.pdf");
        var parsed = new ExtractionPipeline([new PdfReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        var truth = parsed.Cells.ToDictionary(static c => c.Key);
        var sealedRow = parsed.Cells.Where(c => c.Table == "applications" && c.Row == row).ToList();
        Assert.NotEmpty(sealedRow);
        var page = Place(sealedRow[0].At).Page;
        var zero = inkUnread ? sealedRow.First(static c => c.Kind == CellKind.Number && c.Value == 0).Key : null;

        // The scanned tables: every placed cell at its grid place, the sealed row's too.
        var tables = new Dictionary<(int Page, int Table), List<GridCell>>();
        foreach (var cell in parsed.Cells.Where(static c => c.At.Length > 0))
        {
            var p = Place(cell.At);
            var text = cell.Key == sealedRow[0].Key && misread is { } m ? m.ToString(CultureInfo.InvariantCulture) : cell.Raw;
            if (!tables.TryGetValue((p.Page, p.Table), out var list))
            {
                list = [];
                tables[(p.Page, p.Table)] = list;
            }

            var seal = sealInk && cell.Key == sealedRow[0].Key;
            var sure = seal ? 0 : sealedRow.Any(s => s.Key == cell.Key) ? rowConfidence : 97;
            if (cell.Key == zero)
            {
                // Ink in the cell, but no word read from it.
                (text, sure) = (string.Empty, 0);
            }

            list.Add(new GridCell(p.Row - 1, p.Col - 1, 1, 1, new Box(p.X, p.Y, p.X + 20, p.Y + 15), p.Page) { Text = text, Confidence = sure, UnreadFigure = seal, SealInk = seal });
        }

        var cells = parsed.Cells.Select(c =>
        {
            if (c.At.Length == 0)
            {
                return c;
            }

            if (c.Table == "applications" && c.Row == row && byMapper)
            {
                // The mapper's OrderAligner placed the row: its identities held on the table read in full.
                return c with { At = string.Create(CultureInfo.InvariantCulture, $"{c.At}, OCR confidence {rowConfidence}"), ResolvedBy = CellResolution.Order };
            }

            if (c.Table == "applications" && c.Row == row)
            {
                return c with { Kind = CellKind.Blank, Value = null, Raw = string.Empty, At = string.Empty };
            }

            return keepFound is { } keep && c.Table == "applications" && Place(c.At).Page == page && RowLost(parsed.Cells, c, keep)
                ? c with { Kind = CellKind.Blank, Value = null, Raw = string.Empty, At = string.Empty }
                : c with { At = $"{c.At}, OCR confidence 97" };
        }).ToList();
        var report = parsed with { Cells = cells };
        return (report with { Checks = ReportChecker.Check(report) }, OcrGrid.Of(tables.Select(static t => (t.Key.Page, t.Value))), truth);
    }

    /// <summary>Whether <paramref name="cell"/>'s row comes after the first <paramref name="keep"/> other rows of its table on its page.</summary>
    private static bool RowLost(IReadOnlyList<CellRecord> cells, CellRecord cell, int keep)
    {
        var page = Place(cell.At).Page;
        var rows = cells.Where(c => c.Table == cell.Table && c.Row != Row && c.At.Length > 0 && Place(c.At).Page == page).Select(static c => c.Row).Distinct().ToList();
        return rows.IndexOf(cell.Row) >= keep;
    }

    private static (int Page, int Table, int Row, int Col, double X, double Y) Place(string at)
    {
        Assert.True(SourceLocation.TryParse(at, out var place), at);
        Assert.True(place is { Page: not null, Table: not null, Row: not null, Column: not null, X: not null, Y: not null }, at);
        return (place.Page.Value, place.Table.Value, place.Row.Value, place.Column.Value, place.X.Value, place.Y.Value);
    }
}
