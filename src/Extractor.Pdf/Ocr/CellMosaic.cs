using Extractor.Pdf.Geometry;

namespace Extractor.Pdf.Ocr;

/// <summary>
/// The cells of a page's tables cut out and stacked one under the other with white space between, so that the OCR
/// engine reads each cell as lines of its own: on the page, the labels, numbers and wrapped lines of a table row
/// run together into one line of text and the engine's line finder mixes them up.
/// </summary>
internal sealed class CellMosaic
{
    private readonly List<(int Index, int X, int Y, int Top, int Height, int Left)> _placed = [];
    private readonly int _factor;

    private CellMosaic(GrayImage image, int factor)
    {
        Image = image;
        _factor = factor;
    }

    public GrayImage Image { get; }

    /// <summary>
    /// Cuts <paramref name="cells"/> (boxes in pixels) out of <paramref name="page"/>, enlarged <paramref name="factor"/>
    /// times (the engine reads digits best some 30 pixels high); cells without ink are left out.
    /// </summary>
    public static CellMosaic Build(GrayImage page, IReadOnlyList<(int Index, Box Pixels)> cells, int spacing, int minInk, int factor = 1)
    {
        var crops = new List<(int Index, int Left, int Top, int Width, int Height)>();
        foreach (var (index, box) in cells)
        {
            // Inside the rules, which are already erased; a pixel or two in, off any remnant.
            var left = Math.Clamp((int)box.Left + 2, 0, page.Width - 1);
            var top = Math.Clamp((int)box.Top + 2, 0, page.Height - 1);
            var right = Math.Clamp((int)box.Right - 2, left + 1, page.Width);
            var bottom = Math.Clamp((int)box.Bottom - 2, top + 1, page.Height);
            if (InkCount(page, left, top, right, bottom) >= minInk)
            {
                crops.Add((index, left, top, right - left, bottom - top));
            }
        }

        var width = crops.Count == 0 ? 1 : (crops.Max(static c => c.Width) * factor) + (2 * spacing);
        var height = crops.Sum(c => (c.Height * factor) + spacing) + spacing;
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);
        var mosaic = new CellMosaic(new GrayImage(width, height, pixels), factor);
        var y = spacing;
        foreach (var crop in crops)
        {
            for (var row = 0; row < crop.Height * factor; row++)
            {
                var source = (crop.Top + (row / factor)) * page.Width;
                var target = (y + row) * width;
                for (var column = 0; column < crop.Width * factor; column++)
                {
                    pixels[target + spacing + column] = page.Pixels[source + crop.Left + (column / factor)];
                }
            }

            mosaic._placed.Add((crop.Index, spacing, y, crop.Top, crop.Height * factor, crop.Left));
            y += (crop.Height * factor) + spacing;
        }

        return mosaic;
    }

    /// <summary>Cells that were put in the mosaic (those with ink).</summary>
    public IEnumerable<int> Cells => _placed.Select(static p => p.Index);

    /// <summary>Hands each word back to its cell, with its box moved back to page pixels.</summary>
    public Dictionary<int, List<OcrWord>> Assign(IEnumerable<OcrWord> words)
    {
        var result = _placed.ToDictionary(static p => p.Index, static _ => new List<OcrWord>());
        foreach (var word in words)
        {
            var centre = word.Top + (word.Height / 2);
            foreach (var p in _placed)
            {
                if (centre >= p.Y - 2 && centre < p.Y + p.Height + 2)
                {
                    result[p.Index].Add(word with
                    {
                        Left = ((word.Left - p.X) / _factor) + p.Left,
                        Top = ((word.Top - p.Y) / _factor) + p.Top,
                        Width = Math.Max(1, word.Width / _factor),
                        Height = Math.Max(1, word.Height / _factor),
                    });
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Lines of writing in a cell (inside its rules): bands of pixel rows with ink, apart by two blank rows or more, each
    /// with at least <paramref name="minInk"/> ink pixels (a speck is no line).
    /// </summary>
    public static int InkBands(GrayImage image, Box box, int minInk)
    {
        int left = (int)box.Left + 2, right = (int)box.Right - 2, bands = 0, inBand = 0, blank = 2;
        for (var y = Math.Max(0, (int)box.Top + 2); y <= Math.Min(image.Height, (int)box.Bottom - 2); y++)
        {
            var ink = y < (int)box.Bottom - 2 && y < image.Height ? InkCount(image, left, y, right, y + 1) : 0;
            if (ink > 0)
            {
                inBand += ink;
                blank = 0;
                continue;
            }

            if (++blank == 2 && inBand > 0)
            {
                bands += inBand >= minInk ? 1 : 0;
                inBand = 0;
            }
        }

        return bands + (inBand >= minInk ? 1 : 0);
    }

    public static int InkCount(GrayImage image, int left, int top, int right, int bottom)
    {
        var ink = 0;
        for (var y = Math.Max(0, top); y < Math.Min(image.Height, bottom); y++)
        {
            for (var x = Math.Max(0, left); x < Math.Min(image.Width, right); x++)
            {
                if (image[x, y] < ImageRuleFinder.InkThreshold)
                {
                    ink++;
                }
            }
        }

        return ink;
    }
}
