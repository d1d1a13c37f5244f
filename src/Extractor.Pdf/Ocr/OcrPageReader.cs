using System.Globalization;
using Extractor.Core.Mapping;
using Extractor.Core.Records;
using Extractor.Pdf.Geometry;
using Extractor.Pdf.Pages;
using Extractor.Pdf.Tables;
using Extractor.Pdf.Text;

namespace Extractor.Pdf.Ocr;

/// <summary>
/// One scanned page: image → grey (ImageMagick to PPM, its red channel: a red seal turns light), deskewed → ruling
/// lines found and erased (a black-and-white page then smoothed) → Tesseract words → the same table and line builders
/// as a page with a text layer. Every table cell gets the OCR confidence of its least sure word.
/// </summary>
internal static class OcrPageReader
{
    /// <summary>Mean word confidence below which a page is taken as unreadable (a blurred photo).</summary>
    public const double UnreadablePageConfidence = 45;

    public static OcrPageResult Read(ScannedPage page, ReadOnlyMemory<byte> pdf, OcrOptions options)
    {
        var folder = Directory.CreateTempSubdirectory("extractor-ocr-");
        try
        {
            var image = LoadImage(page, pdf, options, folder.FullName, out var problem, out var seal, out var faxDegrees);
            if (image is null)
            {
                return new OcrPageResult(null, 0, 0, problem);
            }

            // Points per pixel; the image covers the page.
            var scale = page.Width / image.Width;
            var dpi = 72 / scale;
            // A black-and-white scan keeps only dashes of a thin rule; they are closed over gaps up to a third of an inch.
            var bilevel = image.IsBilevel();
            var dashPeriod = faxDegrees != 0 ? FaxDashes.Period(faxDegrees, dpi) : 0;
            var rules = ImageRuleFinder.FindAndErase(image, (int)(dpi * 0.4), Math.Max(2, (int)(dpi / 100)), bilevel ? (int)(dpi / 3) : 0, dashPeriod);
            image = bilevel ? image.Smoothed() : image;
            image = seal is not null && options.SealDropout ? image.DroppedOut(seal) : image;
            var cleaned = Path.Combine(folder.FullName, "clean.pgm");
            File.WriteAllBytes(cleaned, image.ToPgm());
            var words = TesseractEngine.Recognize(cleaned, options, "6", out var error);
            if (words is null)
            {
                return new OcrPageResult(null, 0, 0, error);
            }

            var mean = words.Count == 0 ? 0 : words.Average(static w => w.Confidence);
            if (words.Count == 0 || mean < UnreadablePageConfidence)
            {
                return new OcrPageResult(null, mean, words.Count, string.Create(CultureInfo.InvariantCulture,
                    $"OCR found {words.Count} word(s) with mean confidence {mean:0}; the image is too blurred or faint to read"));
            }

            var content = Build(page, image, rules, words, scale, options, folder.FullName, seal, stackedGuard: faxDegrees != 0);
            return new OcrPageResult(content, mean, words.Count, null);
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
        }
    }

    private static GrayImage? LoadImage(ScannedPage page, ReadOnlyMemory<byte> pdf, OcrOptions options, string folder, out string? problem, out GrayImage? seal, out double faxDegrees)
    {
        seal = null;
        faxDegrees = 0;
        string source;
        if (page.ImageBytes is { } bytes)
        {
            source = Path.Combine(folder, "page.img");
            File.WriteAllBytes(source, bytes);
        }
        else
        {
            var pdfPath = Path.Combine(folder, "doc.pdf");
            File.WriteAllBytes(pdfPath, pdf.ToArray());
            var number = page.Number.ToString(CultureInfo.InvariantCulture);
            var raster = ToolRunner.Run(options.Pdftoppm, ["-r", options.RasterDpi.ToString(CultureInfo.InvariantCulture), "-f", number, "-l", number, "-singlefile", "-png", pdfPath, Path.Combine(folder, "raster")], options.Timeout);
            if (raster is null || raster.ExitCode != 0)
            {
                problem = raster is null ? "pdftoppm (poppler-utils) is not installed" : $"pdftoppm failed: {raster.Error.Trim()}";
                return null;
            }

            source = Path.Combine(folder, "raster.png");
        }

        // Colour (PPM) in, its red channel out: black ink stays black, a red seal turns light grey.
        var target = Path.Combine(folder, "page.ppm");
        var convert = ToolRunner.Run(options.Convert, [source + "[0]", "-alpha", "remove", "-depth", "8", target], options.Timeout);
        if (convert is null || convert.ExitCode != 0 || !File.Exists(target))
        {
            problem = convert is null ? "ImageMagick (convert) is not installed" : $"the page image could not be decoded: {convert.Error.Trim()}";
            return null;
        }

        var image = GrayImage.ParsePnm(File.ReadAllBytes(target));
        problem = image is null ? "the page image could not be decoded" : null;
        if (image is null)
        {
            return null;
        }

        var straight = Deskewer.Straighten(image, options, folder, out faxDegrees);
        seal = SealMask.Find(File.ReadAllBytes(target), image, straight, 72 * image.Width / page.Width);
        return straight;
    }

    private static PageContent Build(ScannedPage page, GrayImage image, List<PixelRule> rules, List<OcrWord> words, double scale, OcrOptions options, string folder, GrayImage? seal, bool stackedGuard)
    {
        var edges = rules
            .Select(r => new Edge(r.IsHorizontal, r.Position * scale, r.Start * scale, r.End * scale))
            .ToList();
        var merged = EdgeBuilder.MergeEdges(edges);
        var verticals = merged.Where(static e => !e.IsHorizontal).ToList();
        var confidence = new Dictionary<Glyph, double>(ReferenceEqualityComparer.Instance);
        var glyphs = ToGlyphs(words, scale, verticals, confidence);

        var ruled = RulingTableFinder.FindTables(merged, page.Number);
        var cells = ruled.SelectMany(static t => t.Cells).ToList();
        var dpi = 72 / scale;
        var mosaic = CellMosaic.Build(image, cells.Select((c, i) => (i, PixelBox(c.Box, scale))).ToList(), (int)(dpi / 4), MinInk(dpi));
        var mosaicPath = Path.Combine(folder, "cells.pgm");
        File.WriteAllBytes(mosaicPath, mosaic.Image.ToPgm());
        var cellWords = TesseractEngine.Recognize(mosaicPath, options, "6", out _);
        List<Glyph> outside;
        if (cellWords is null)
        {
            // The cell pass failed: the words of the page pass go into the cells instead.
            outside = CellTextPlacer.PlaceGlyphs(ruled, glyphs);
            foreach (var cell in cells)
            {
                var inCell = glyphs.Where(g => cell.Box.Contains(g.Box.CentreX, g.Box.CentreY)).ToList();
                cell.Confidence = inCell.Count > 0 ? inCell.Min(g => confidence[g]) : 100;
            }
        }
        else
        {
            outside = glyphs.Where(g => !ruled.Any(t => t.Bounds.Contains(g.Box.CentreX, g.Box.CentreY))).ToList();
            var assigned = mosaic.Assign(cellWords);
            var read = new Dictionary<int, (string Text, double Confidence)>();
            var meanSure = new Dictionary<int, double>();
            for (var i = 0; i < cells.Count; i++)
            {
                if (!assigned.TryGetValue(i, out var list))
                {
                    // No ink: blank for sure. A little ink, too little to read (a faint 1 on a noisy scan): not sure at all.
                    var box = PixelBox(cells[i].Box, scale);
                    var faint = CellMosaic.InkCount(image, (int)box.Left + 2, (int)box.Top + 2, (int)box.Right - 2, (int)box.Bottom - 2) >= Math.Max(3, MinInk(dpi) / 5);
                    cells[i].Confidence = faint ? 0 : 100;
                    continue;
                }

                read[i] = (CellText(list, scale), list.Count > 0 ? list.Min(static w => w.Confidence) : 0);
                meanSure[i] = list.Count > 0 ? list.Average(static w => w.Confidence) : 0;
            }

            // Every number each pass read in a cell, to tell which ones two passes agree on.
            var numbers = read.Where(static kv => IsNumber(kv.Value.Text)).ToDictionary(static kv => kv.Key, static kv => new List<decimal?> { Value(kv.Value.Text) });
            ReadDigits(image, cells, read, numbers, scale, options, folder);
            LookCloser(image, cells, read, numbers, scale, options, folder, meanSure);
            foreach (var (i, (text, sure)) in read)
            {
                if (seal is not null && IsNumber(text) && MostlySeal(image, seal, cells[i].Box, scale))
                {
                    // Seal ink read as figures: the place keeps what was read as an unknown value (never a blank, never a
                    // number), and the verifier says why.
                    cells[i].Text = text;
                    cells[i].Confidence = 0;
                    cells[i].UnreadFigure = true;
                    cells[i].SealInk = true;
                    continue;
                }

                cells[i].Text = text;
                // 0 for ink that no word came from, and (on a black-and-white page turned straight, whose row rules may be
                // missed) for a number in a cell with two lines of ink: two rows' figures in one cell (a 9 over a 1 read as
                // 19 at 95); figures never wrap. Not on other pages: a seal stroke is a second line too (county seal 150
                // lost a right 2).
                var box = PixelBox(cells[i].Box, scale);
                cells[i].Confidence = stackedGuard && IsNumber(text) && CellMosaic.InkBands(image, box, MinInk(dpi) / 3) > 1 ? 0 : sure;
                cells[i].OcrNumbers = numbers.TryGetValue(i, out var seen) ? seen.OfType<decimal>().ToList() : [];
            }
        }

        ruled.RemoveAll(static t => t.Cells.All(static c => c.Text.Length == 0));
        OcrUnreadFigures.Mark(ruled, options.HighConfidence);
        if (cellWords is not null)
        {
            ReadUnreadFigures(image, ruled, scale, options, folder);
            OcrSecondReading.Read(image, ruled.SelectMany(static t => t.Cells).ToList(), scale, options, folder);
        }

        var lines = LineBuilder.GlyphsToLines(outside, page.Number);
        lines.RemoveAll(l => PageChrome.InMargin(l, page.Height) && PageChrome.IsPageNumber(TextJoiner.LineToText(l.Glyphs, isCell: false)));
        var (unruled, rest) = WordAlignmentTableFinder.FindTables(lines, page.Number);
        var loose = unruled.SelectMany(static t => t.Cells).ToList();
        var looseRead = new Dictionary<int, (string Text, double Confidence)>();
        for (var i = 0; i < loose.Count; i++)
        {
            var cell = loose[i];
            var inCell = outside.Where(g => cell.Box.Contains(g.Box.CentreX, g.Box.CentreY)).ToList();
            cell.Confidence = inCell.Count > 0 ? inCell.Min(g => confidence[g]) : 100;
            if (cell.Text.Length > 0)
            {
                looseRead[i] = (cell.Text, cell.Confidence.Value);
            }
        }

        if (cellWords is not null && looseRead.Count > 0)
        {
            // A table without rules has only the page pass: its unsure numbers get the closer look too, on boxes a little
            // larger than the words the table was built from.
            var pad = 6 * scale;
            var padded = loose.Select(c => c with { Box = new Box(c.Box.Left - pad, c.Box.Top - pad, c.Box.Right + pad, c.Box.Bottom + pad) }).ToList();
            var looseNumbers = looseRead.Where(static kv => IsNumber(kv.Value.Text)).ToDictionary(static kv => kv.Key, static kv => new List<decimal?> { Value(kv.Value.Text) });
            LookCloser(image, padded, looseRead, looseNumbers, scale, options, folder, meanSure: null);
            foreach (var (i, (text, sure)) in looseRead)
            {
                loose[i].Text = text;
                loose[i].Confidence = sure;
                loose[i].OcrNumbers = looseNumbers.TryGetValue(i, out var seen) ? seen.OfType<decimal>().ToList() : [];
            }

            OcrSecondReading.Read(image, loose, scale, options, folder);
        }

        var tables = ruled.Concat(unruled).OrderBy(static t => t.Bounds.Top).ToList();
        return new PageContent(page.Number, page.Height, TextQuality.Good, glyphs.Count, 0, HasImages: true) { Tables = tables, Lines = rest, ReadByOcr = true };
    }

    /// <summary>
    /// The digits-only pass: cells that hold a number or a short unsure reading are read again with the engine held to
    /// digits, enlarged at low resolution. The Chinese model alone reads a lone 4 as 二 and a 5 as D. Where the two
    /// passes disagree, the surer one wins but the cell stays below high confidence.
    /// </summary>
    private static void ReadDigits(GrayImage image, List<GridCell> cells, Dictionary<int, (string Text, double Confidence)> read, Dictionary<int, List<decimal?>> numbers, double scale, OcrOptions options, string folder)
    {
        var candidates = read
            .Where(kv => kv.Value.Text.Replace(" ", string.Empty, StringComparison.Ordinal).Length <= 8
                && (IsNumber(kv.Value.Text) || kv.Value.Confidence < options.HighConfidence))
            .Select(static kv => kv.Key)
            .ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var dpi = 72 / scale;
        var factor = dpi < 250 ? 2 : 1;
        var mosaic = CellMosaic.Build(image, candidates.Select(i => (i, PixelBox(cells[i].Box, scale))).ToList(), (int)(dpi / 4) * factor, MinInk(dpi), factor);
        var path = Path.Combine(folder, "digits.pgm");
        File.WriteAllBytes(path, mosaic.Image.ToPgm());
        var words = TesseractEngine.Recognize(path, options, "6", out _, whitelist: "0123456789.");
        if (words is null)
        {
            return;
        }

        var unsure = options.HighConfidence - 1;
        foreach (var (i, list) in mosaic.Assign(words))
        {
            if (list.Count == 0)
            {
                continue;
            }

            var digits = string.Concat(list.OrderBy(static w => w.Left).Select(static w => w.Text));
            var digitsSure = list.Min(static w => w.Confidence);
            var (text, sure) = read[i];
            if (!IsNumber(digits))
            {
                continue;
            }

            Seen(numbers, i, digits);
            if (IsNumber(text))
            {
                read[i] = Value(text) == Value(digits)
                    ? (text, Math.Max(sure, digitsSure))
                    : (digitsSure > sure ? digits : text, Math.Min(Math.Min(sure, digitsSure), unsure));
            }
            else if (digitsSure > sure && MayBeDigits(text))
            {
                read[i] = (digits, Math.Min(digitsSure, unsure));
            }
        }
    }

    /// <summary>
    /// A closer look at the cells still below high confidence: each cut out alone and enlarged 3× (2× from 250 dpi) with a
    /// Lanczos filter, so a lone 1 or a thin stroke at 150 dpi is some 30 pixels high and smooth instead of a few blocky
    /// pixels. Numbers are read again digits-only: a number this pass reads as an earlier pass did is read alike; a
    /// different one replaces the old reading only when surer, and stays below high confidence. Text (only when
    /// <paramref name="meanSure"/>, the first reading's mean word confidence, is given) is read with the full model and
    /// replaces the first reading when its mean word confidence is higher. Last, a witness reads the numbers still unsure
    /// at <see cref="OcrOptions.WitnessDpi"/> (see there).
    /// </summary>
    private static void LookCloser(GrayImage image, List<GridCell> cells, Dictionary<int, (string Text, double Confidence)> read, Dictionary<int, List<decimal?>> numbers, double scale, OcrOptions options, string folder, Dictionary<int, double>? meanSure)
    {
        var dpi = 72 / scale;
        var closer = dpi < 250 ? 3 : 2;
        var unsure = read.Where(kv => kv.Value.Confidence < options.HighConfidence).ToList();
        var digitCells = unsure.Where(static kv => IsNumber(kv.Value.Text) || kv.Value.Text.Replace(" ", string.Empty, StringComparison.Ordinal).Length <= 8).Select(static kv => kv.Key).ToList();
        var textCells = meanSure is null ? [] : unsure.Select(static kv => kv.Key).Except(digitCells).ToList();
        // Digits are looked at with the page's model first, then the cells it left unread with the digits model (the
        // Chinese model held to digits reads a lone enlarged digit as nothing; the English one reads seal ink as digits).
        var english = TesseractEngine.HasLanguage(options, options.DigitsLanguage) && options.DigitsLanguage != options.Language;
        // Enlarged past MaxReplacingDpi the engine misreads digits (a clear 6 as 0, 27 as 2): the numbers already read are
        // left to the witness, only the readings that are not numbers yet ("人4") get this look, and text none.
        var looked = dpi * closer > MaxReplacingDpi ? digitCells.Where(i => !IsNumber(read[i].Text)).ToList() : digitCells;
        var passes = new List<(Func<List<int>> Group, string? Whitelist, string Language, double Factor, bool Witness)>
        {
            (() => looked, "0123456789.", options.Language, closer, false),
        };
        if (english)
        {
            passes.Add((() => digitCells.Where(i => !IsNumber(read[i].Text)).ToList(), "0123456789.", options.DigitsLanguage, closer, false));
        }

        if (dpi < 250)
        {
            // Not from 250 dpi (enlarged 2×): measured only there, a label re-read at 600 dpi can score higher and be worse.
            passes.Add((() => textCells, null, options.Language, closer, false));
        }

        if (english && options.WitnessDpi > 0)
        {
            // The witness: numbers still unsure and not read alike by two passes are read once more by the digits model
            // at another scale. Its reading only joins the cell's readings, for the verifier (two passes alike, or the value
            // an identity needs); it never replaces the text.
            passes.Add((() => digitCells.Where(i => read[i].Confidence < options.HighConfidence && IsNumber(read[i].Text)
                && (!numbers.TryGetValue(i, out var seen) || seen.Count(v => v == Value(read[i].Text)) < 2)).ToList(),
                "0123456789.", options.DigitsLanguage, options.WitnessDpi / dpi, true));
        }

        foreach (var (groupOf, whitelist, language, factor, witness) in passes)
        {
            var group = groupOf();
            if (group.Count == 0)
            {
                continue;
            }

            foreach (var (i, list) in ReadResized(image, cells, group, scale, options, folder, factor, whitelist, language))
            {
                var (text, sure) = read[i];
                if (witness)
                {
                    var witnessed = string.Concat(list.OrderBy(static w => w.Left).Select(static w => w.Text));
                    if (IsNumber(witnessed))
                    {
                        Seen(numbers, i, witnessed);
                    }

                    continue;
                }

                var again = whitelist is null ? CellText(list, scale) : string.Concat(list.OrderBy(static w => w.Left).Select(static w => w.Text));
                var againSure = list.Min(static w => w.Confidence);
                if (whitelist is not null)
                {
                    if (!IsNumber(again))
                    {
                        continue;
                    }

                    var earlier = numbers.TryGetValue(i, out var seen) && seen.Contains(Value(again));
                    Seen(numbers, i, again);
                    if (earlier)
                    {
                        // From 250 dpi a label ("1.属于国家秘密" under a seal, read short) is never turned into its
                        // item number by two passes alike: bureau seal 300 lost two rows.
                        if (dpi < 250 || MayBeDigits(text))
                        {
                            read[i] = (again, Math.Max(sure, againSure));
                        }
                    }
                    else if (Replaces(text, sure, againSure, dpi * factor))
                    {
                        read[i] = (again, Math.Min(againSure, options.HighConfidence - 1));
                    }
                }
                else if (meanSure is not null && list.Average(static w => w.Confidence) > meanSure.GetValueOrDefault(i))
                {
                    // Text is compared by its mean word confidence: one odd character drags the least sure word of a
                    // long label to 0 in either reading.
                    read[i] = (again, againSure);
                }
            }
        }
    }

    /// <summary>
    /// Reads the cells <paramref name="group"/> (indexes into <paramref name="cells"/>) in mosaics ImageMagick will resize,
    /// resized by <paramref name="factor"/> with a Lanczos filter; each cell's words come back at page scale. A mosaic
    /// ImageMagick refuses or the engine cannot read is skipped, not the rest.
    /// </summary>
    private static List<(int Cell, List<OcrWord> Words)> ReadResized(GrayImage image, List<GridCell> cells, List<int> group, double scale, OcrOptions options, string folder, double factor, string? whitelist, string language)
    {
        var dpi = 72 / scale;
        var spacing = (int)(dpi / 4);
        var read = new List<(int Cell, List<OcrWord> Words)>();
        foreach (var batch in MosaicBatches(group, i => PixelBox(cells[i].Box, scale).Height, spacing, factor))
        {
            var mosaic = CellMosaic.Build(image, batch.Select(i => (i, PixelBox(cells[i].Box, scale))).ToList(), spacing, MinInk(dpi));
            var small = Path.Combine(folder, "closer.pgm");
            var large = Path.Combine(folder, "closer-large.pgm");
            File.WriteAllBytes(small, mosaic.Image.ToPgm());
            var percent = (factor * 100).ToString(CultureInfo.InvariantCulture) + "%";
            var resized = ToolRunner.Run(options.Convert, [small, "-filter", "Lanczos", "-resize", percent, "-depth", "8", large], options.Timeout);
            if (resized is null || resized.ExitCode != 0)
            {
                continue;
            }

            var words = TesseractEngine.Recognize(large, options, "6", out _, whitelist, language);
            if (words is null)
            {
                continue;
            }

            var shrunk = words.Select(w => w with { Left = (int)(w.Left / factor), Top = (int)(w.Top / factor), Width = Math.Max(1, (int)(w.Width / factor)), Height = Math.Max(1, (int)(w.Height / factor)) });
            read.AddRange(mosaic.Assign(shrunk).Where(static kv => kv.Value.Count > 0).Select(static kv => (kv.Key, kv.Value)));
        }

        return read;
    }

    /// <summary>
    /// A figure's place read as a character or two that no pass made a number of (<see cref="OcrUnreadFigures"/>: a clean 2
    /// read as 世, 儿 or 交 at 0 by every pass on a 300-dpi JPEG page, where the closer look's 2× makes digits too large for
    /// the engine) is read once more by the witness, the digits model at <see cref="OcrOptions.WitnessDpi"/>. A number read
    /// there becomes the cell's reading below high confidence, so the verifier publishes it only where an identity holds
    /// with it; else the cell is `missing` as before. Seal ink is not read again.
    /// </summary>
    internal static void ReadUnreadFigures(GrayImage image, List<FoundTable> tables, double scale, OcrOptions options, string folder)
    {
        var cells = OcrUnreadFigures.ToReread(tables, options.HighConfidence);
        if (cells.Count == 0 || options.WitnessDpi <= 0 || options.DigitsLanguage == options.Language || !TesseractEngine.HasLanguage(options, options.DigitsLanguage))
        {
            return;
        }

        var dpi = 72 / scale;
        foreach (var (i, words) in ReadResized(image, cells, Enumerable.Range(0, cells.Count).ToList(), scale, options, folder, options.WitnessDpi / dpi, "0123456789.", options.DigitsLanguage))
        {
            var digits = string.Concat(words.OrderBy(static w => w.Left).Select(static w => w.Text));
            if (Value(digits) is not { } value || !IsNumber(digits))
            {
                continue;
            }

            var cell = cells[i];
            cell.Text = digits;
            cell.Confidence = Math.Min(words.Min(static w => w.Confidence), options.HighConfidence - 1);
            cell.OcrNumbers = [value];
            cell.UnreadFigure = false;
        }
    }

    /// <summary>
    /// The cells of one closer look split into mosaics that ImageMagick will still enlarge: its default policy (Debian:
    /// 16K pixels high) refuses a taller image, and a 300-dpi page's unsure cells stacked and enlarged 2× often are.
    /// </summary>
    internal static IEnumerable<List<int>> MosaicBatches(List<int> cells, Func<int, double> height, int spacing, double factor, int maxHeight = MaxMosaicHeight)
    {
        var batch = new List<int>();
        var total = spacing;
        foreach (var i in cells)
        {
            var tall = (int)Math.Ceiling(height(i)) + spacing;
            if (batch.Count > 0 && (total + tall) * factor > maxHeight)
            {
                yield return batch;
                batch = [];
                total = spacing;
            }

            batch.Add(i);
            total += tall;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>
    /// Whether the closer look's different number (read at <paramref name="readDpi"/>, the page's dpi times the
    /// enlargement) replaces the reading so far. A number in place of a reading with no Chinese in it ("]114"): the
    /// identities decide whether it stands. A label ("2.重复申请") is never turned into its item number. A number read
    /// before is replaced only by a surer one, and not at all when read above <see cref="MaxReplacingDpi"/>: there it is
    /// only another reading for the verifier.
    /// </summary>
    internal static bool Replaces(string text, double sure, double againSure, double readDpi) =>
        IsNumber(text)
            ? againSure > sure && readDpi <= MaxReplacingDpi
            : (againSure > sure && MayBeDigits(text)) || !text.Any(IsChinese);

    /// <summary>A cell's words as text, wrapped lines joined by Tesseract's own line numbers: on wrapped Chinese its word boxes overlap too much to group by position.</summary>
    private static string CellText(List<OcrWord> words, double scale)
    {
        var confidence = new Dictionary<Glyph, double>(ReferenceEqualityComparer.Instance);
        var lines = words
            .GroupBy(static w => w.Line)
            .Select(g => ToGlyphs(g.OrderBy(static w => w.Left), scale, [], confidence))
            .Where(static g => g.Count > 0)
            .Select(static g => new TextLine(g))
            .OrderBy(static l => l.Box.Top)
            .ToList();
        return TextJoiner.LinesToText(lines, isCell: true);
    }

    private static void Seen(Dictionary<int, List<decimal?>> numbers, int cell, string text)
    {
        if (!numbers.TryGetValue(cell, out var list))
        {
            list = [];
            numbers[cell] = list;
        }

        list.Add(Value(text));
    }

    /// <summary>
    /// A reading a digits-only pass may replace: a number, a reading without Chinese, or one Chinese character alone
    /// (a lone 2 read as 曙). Held to digits, the English model reads any ink as digits, surely: a label
    /// ("1.属于国家秘密") or a header ("其他") must keep its text, or its row is lost or the row's figures shift.
    /// </summary>
    internal static bool MayBeDigits(string text)
    {
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal);
        var chinese = compact.Count(IsChinese);
        return IsNumber(text) || chinese == 0 || (chinese == 1 && compact.Length <= 2);
    }

    /// <summary>
    /// The closer look's scale (page dpi × enlargement) above which the engine's reading of a number is only another
    /// reading: it neither replaces a different number read before nor is the closer look spent on numbers (they are
    /// left to the witness). A 300-dpi page enlarged 2× makes digits some 90 px high: a clean 6 read as 0 at 89–90
    /// replaced it (county clean 300: 4 cells lost; skew 300: 7). A 150-dpi page enlarged 3× (450) is below it: at 400
    /// the closer look left the numbers of 150-dpi pages to the witness and county seal-not-turned 150 lost 19 cells
    /// (199 → 180, 0 wrong), skew 150 3.
    /// </summary>
    private const double MaxReplacingDpi = 500;

    /// <summary>The tallest enlarged mosaic handed to ImageMagick: below its default 16K-pixel limit, with a margin.</summary>
    internal const int MaxMosaicHeight = 15_000;

    private static bool IsChinese(char c) => c >= '\u2E80';

    private static bool IsNumber(string text) => CellValueParser.Parse(text).Kind == CellKind.Number;

    private static decimal? Value(string text) => CellValueParser.Parse(text).Value;

    private static bool MostlySeal(GrayImage image, GrayImage seal, Box points, double scale)
    {
        var box = PixelBox(points, scale);
        return SealMask.MostlySeal(image, seal, (int)box.Left + 2, (int)box.Top + 2, (int)box.Right - 2, (int)box.Bottom - 2);
    }

    private static Box PixelBox(Box points, double scale) => new(points.Left / scale, points.Top / scale, points.Right / scale, points.Bottom / scale);

    /// <summary>Ink below this many pixels in a cell is speckle, not writing (a digit 1 at 150 dpi is some 40).</summary>
    private static int MinInk(double dpi) => Math.Max(12, (int)(dpi * dpi / 1500));

    private static List<Glyph> ToGlyphs(IEnumerable<OcrWord> words, double scale, List<Edge> verticals, Dictionary<Glyph, double> confidence)
    {
        var glyphs = new List<Glyph>();
        foreach (var word in words)
        {
            foreach (var (text, box) in SplitAtRules(word, scale, verticals))
            {
                var glyph = new Glyph(text, box, box.Height);
                confidence[glyph] = word.Confidence;
                glyphs.Add(glyph);
            }
        }

        return glyphs;
    }

    /// <summary>Splits a word whose box runs across a vertical rule (two cells read as one word) at the rule, in proportion.</summary>
    private static IEnumerable<(string Text, Box Box)> SplitAtRules(OcrWord word, double scale, List<Edge> verticals)
    {
        var box = new Box(word.Left * scale, word.Top * scale, (word.Left + word.Width) * scale, (word.Top + word.Height) * scale);
        var cuts = verticals
            .Where(v => v.Position > box.Left + 1 && v.Position < box.Right - 1 && v.Start <= box.CentreY && v.End >= box.CentreY)
            .Select(static v => v.Position)
            .Order()
            .ToList();
        if (cuts.Count == 0 || word.Text.Length < 2)
        {
            yield return (word.Text, box);
            yield break;
        }

        var left = box.Left;
        var from = 0;
        foreach (var cut in cuts.Append(box.Right))
        {
            var to = cut >= box.Right ? word.Text.Length : Math.Clamp((int)Math.Round((cut - box.Left) / box.Width * word.Text.Length), from, word.Text.Length);
            if (to > from)
            {
                yield return (word.Text[from..to], new Box(left, box.Top, cut, box.Bottom));
            }

            from = to;
            left = cut;
        }
    }
}
