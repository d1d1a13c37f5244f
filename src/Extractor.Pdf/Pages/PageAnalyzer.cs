using Extractor.Pdf.Geometry;
using Extractor.Pdf.Tables;
using Extractor.Pdf.Text;
using UglyToad.PdfPig.Content;

namespace Extractor.Pdf.Pages;

/// <summary>Runs the per-page stages: letters → glyphs → quality gate → ruled tables → lines → unruled tables.</summary>
internal static class PageAnalyzer
{
    /// <summary>
    /// A scanned page is a picture of the page: its images cover most of it. A page without text whose images cover less
    /// (a logo, a QR code, a seal on a blank back page) is blank, not a scan that OCR should read or that makes a report partial.
    /// </summary>
    private const double MinimumScanShare = 0.2;

    public static PageContent Analyze(Page page, int number)
    {
        var crop = page.CropBox.Bounds;
        var frame = new PageFrame(crop.Left, crop.Top, crop.Width, crop.Height);
        var glyphs = GlyphExtractor.LettersToGlyphs(page.Letters, frame);
        var quality = TextQualityGate.Assess(glyphs);
        var bad = glyphs.Count(static g => TextQualityGate.IsBad(g.Text));
        var hasImages = quality == TextQuality.Empty && ImageShare(page, crop.Width * crop.Height) >= MinimumScanShare;
        if (quality != TextQuality.Good)
        {
            return new PageContent(number, frame.Height, quality, glyphs.Count, bad, hasImages);
        }

        var edges = EdgeBuilder.MergeEdges(EdgeBuilder.PathsToEdges(page.Paths, frame));
        var ruled = RulingTableFinder.FindTables(edges, number);
        var outside = CellTextPlacer.PlaceGlyphs(ruled, glyphs);
        ruled.RemoveAll(static t => t.Cells.All(static c => c.Text.Length == 0));

        var lines = LineBuilder.GlyphsToLines(outside, number);
        lines.RemoveAll(l => PageChrome.InMargin(l, frame.Height) && PageChrome.IsPageNumber(TextJoiner.LineToText(l.Glyphs, isCell: false)));
        var (unruled, rest) = WordAlignmentTableFinder.FindTables(lines, number);

        var tables = ruled.Concat(unruled).OrderBy(static t => t.Bounds.Top).ToList();
        return new PageContent(number, frame.Height, quality, glyphs.Count, bad, hasImages) { Tables = tables, Lines = rest };
    }

    /// <summary>The share of the page the images are drawn over (tiles of one scan add up).</summary>
    private static double ImageShare(Page page, double pageArea) =>
        pageArea <= 0 ? 0 : page.GetImages().Sum(static i => Math.Abs(i.BoundingBox.Width * i.BoundingBox.Height)) / pageArea;
}
