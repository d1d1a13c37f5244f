using Extractor.Core.Mapping;
using Extractor.Core.Records;
using Extractor.Pdf.Geometry;
using Extractor.Pdf.Tables;

namespace Extractor.Pdf.Ocr;

/// <summary>
/// The second reading of every figure, independent of the passes that read it first: the cell's
/// ink is cut out on its own with a white margin, scaled so the figure stands <see cref="OcrOptions.SecondReadingHeight"/>
/// pixels high, made black and white half-way between its ink and its paper, and read as one line of text by the digits model
/// and by the page's model, both held to digits. The earlier passes read the cell inside a mosaic, at the page's scale or a
/// fixed enlargement and in grey: the misreads they share (a 6 read as 0, 12 as 2) come from those pixels. The verifier
/// publishes an unsure figure where both readings here equal it, and takes a sure one both read as another number for
/// unsure (<see cref="OcrCellVerifier"/>).
/// </summary>
internal static class OcrSecondReading
{
    /// <summary>A pixel darker than this (on the page's 0–255 grey) is ink for the crop's box.</summary>
    private const int Ink = 160;

    /// <summary>
    /// Reads again the cells of <paramref name="cells"/> that hold a number (however sure: a sure misread is caught only
    /// this way) and are not seal ink, and records what each model read in <see cref="GridCell.SecondReading"/> (empty text where it read no number).
    /// Nothing is recorded when the digits model is not installed.
    /// </summary>
    public static void Read(GrayImage image, IReadOnlyList<GridCell> cells, double scale, OcrOptions options, string folder)
    {
        if (options.SecondReadingHeight <= 0 || options.DigitsLanguage == options.Language || !TesseractEngine.HasLanguage(options, options.DigitsLanguage))
        {
            return;
        }

        var chosen = new List<(GridCell Cell, string Path)>();
        foreach (var cell in cells.Where(static c => c.Confidence is not null && !c.SealInk && !c.UnreadFigure && IsNumber(c.Text)))
        {
            var box = new Box(cell.Box.Left / scale, cell.Box.Top / scale, cell.Box.Right / scale, cell.Box.Bottom / scale);
            if (Crop(image, box, options.SecondReadingHeight) is not { } crop)
            {
                continue;
            }

            var path = Path.Combine(folder, $"second-{chosen.Count}.pgm");
            File.WriteAllBytes(path, crop.ToPgm());
            chosen.Add((cell, path));
        }

        if (chosen.Count == 0)
        {
            return;
        }

        var paths = chosen.Select(static c => c.Path).ToList();
        var digits = TesseractEngine.RecognizeEach(paths, options, folder, "7", "0123456789.", options.DigitsLanguage);
        var line = TesseractEngine.RecognizeEach(paths, options, folder, "7", "0123456789.", options.Language);
        if (digits is null || line is null)
        {
            return;
        }

        for (var i = 0; i < chosen.Count; i++)
        {
            chosen[i].Cell.SecondReading = [Text(digits[i]), Text(line[i])];
        }
    }

    /// <summary>
    /// The ink inside <paramref name="box"/> (page pixels; two pixels in, off the erased rules) cut out with a white
    /// margin of half its height, scaled so the ink is <paramref name="height"/> pixels high (at most 4× up or 2× down),
    /// and thresholded half-way between its ink and its paper; null when the box holds no ink. A speck (an ink pixel with no ink
    /// neighbour) does not widen the box.
    /// </summary>
    internal static GrayImage? Crop(GrayImage image, Box box, int height)
    {
        int left = Math.Max(0, (int)box.Left + 2), top = Math.Max(0, (int)box.Top + 2);
        int right = Math.Min(image.Width, (int)box.Right - 2), bottom = Math.Min(image.Height, (int)box.Bottom - 2);
        int minX = int.MaxValue, minY = int.MaxValue, maxX = -1, maxY = -1;
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                if (image[x, y] < Ink && HasInkNeighbour(image, x, y, left, top, right, bottom))
                {
                    minX = Math.Min(minX, x);
                    maxX = Math.Max(maxX, x);
                    minY = Math.Min(minY, y);
                    maxY = Math.Max(maxY, y);
                }
            }
        }

        if (maxX < 0)
        {
            return null;
        }

        var inkHeight = maxY - minY + 1;
        var factor = Math.Clamp((double)height / inkHeight, 0.5, 4);
        var margin = Math.Max(8, height / 2);
        var inkWidth = maxX - minX + 1;
        var width = (int)Math.Ceiling(inkWidth * factor) + (2 * margin);
        var tall = (int)Math.Ceiling(inkHeight * factor) + (2 * margin);
        var grey = new byte[width * tall];
        Array.Fill(grey, (byte)255);
        for (var y = 0; y < tall - (2 * margin); y++)
        {
            for (var x = 0; x < width - (2 * margin); x++)
            {
                grey[((y + margin) * width) + x + margin] = Sample(image, minX + ((x + 0.5) / factor) - 0.5, minY + ((y + 0.5) / factor) - 0.5, minX, minY, maxX, maxY);
            }
        }

        var level = Midway(grey);
        for (var i = 0; i < grey.Length; i++)
        {
            grey[i] = grey[i] <= level ? (byte)0 : (byte)255;
        }

        return new GrayImage(width, tall, grey);
    }

    /// <summary>Whether a reading is a number as a cell of its kind is written: no leading zero, and a decimal point only where the unit is money.</summary>
    internal static bool WellFormed(string text, string unit)
    {
        if (text.Length == 0 || CellValueParser.Parse(text).Kind != CellKind.Number || !text.All(static c => char.IsAsciiDigit(c) || c == '.'))
        {
            return false;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? text : text[..dot];
        return whole.Length > 0 && (whole.Length == 1 || whole[0] != '0') && text.Count(static c => c == '.') <= 1
            && (dot < 0 || (unit.Contains('元', StringComparison.Ordinal) && dot < text.Length - 1));
    }

    private static string Text(List<OcrWord> words)
    {
        var text = string.Concat(words.OrderBy(static w => w.Left).Select(static w => w.Text));
        return IsNumber(text) ? text : string.Empty;
    }

    private static bool HasInkNeighbour(GrayImage image, int x, int y, int left, int top, int right, int bottom)
    {
        for (var dy = -1; dy <= 1; dy++)
        {
            for (var dx = -1; dx <= 1; dx++)
            {
                int nx = x + dx, ny = y + dy;
                if ((dx != 0 || dy != 0) && nx >= left && nx < right && ny >= top && ny < bottom && image[nx, ny] < Ink)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Bilinear sample of the page inside the ink's box (white beyond it).</summary>
    private static byte Sample(GrayImage image, double x, double y, int minX, int minY, int maxX, int maxY)
    {
        var x0 = (int)Math.Floor(x);
        var y0 = (int)Math.Floor(y);
        double fx = x - x0, fy = y - y0;
        double At(int px, int py) => px < minX || px > maxX || py < minY || py > maxY ? 255 : image[px, py];
        var value = (At(x0, y0) * (1 - fx) * (1 - fy)) + (At(x0 + 1, y0) * fx * (1 - fy)) + (At(x0, y0 + 1) * (1 - fx) * fy) + (At(x0 + 1, y0 + 1) * fx * fy);
        return (byte)Math.Clamp(Math.Round(value), 0, 255);
    }

    /// <summary>
    /// Half-way between the ink's grey and the paper's (the 2nd and 98th percentile of the crop): Otsu's level sits in the
    /// grey halo of a JPEG stroke and made the strokes bold, and the English model read a bold 5 as 9.
    /// </summary>
    private static int Midway(byte[] pixels)
    {
        var histogram = new long[256];
        foreach (var p in pixels)
        {
            histogram[p]++;
        }

        int Percentile(double share)
        {
            long seen = 0;
            for (var i = 0; i < 256; i++)
            {
                seen += histogram[i];
                if (seen >= share * pixels.Length)
                {
                    return i;
                }
            }

            return 255;
        }

        return (Percentile(0.02) + Percentile(0.98)) / 2;
    }

    private static bool IsNumber(string text) => CellValueParser.Parse(text).Kind == CellKind.Number;
}
