namespace Extractor.Pdf.Ocr;

/// <summary>
/// Where a red seal's ink lies on a page as the reader sees it: found on the colour image (<see cref="ColourDropout"/>),
/// turned with the page when the deskewer turned it, and widened by a pixel or two, since a JPEG's halved colour
/// resolution leaves a rim of darker, less red pixels along every seal stroke. 0 marks seal ink, 255 the rest (as
/// <see cref="GrayImage.Dropped"/>). A page without red ink has no mask, so a grey page reads exactly as before.
/// </summary>
internal static class SealMask
{
    /// <summary>A mask pixel turned with the page counts as seal where at least this much of it was seal (0 all, 255 none).</summary>
    private const int TurnedSeal = 192;

    /// <summary>
    /// The seal mask of the colour page <paramref name="ppm"/> on <paramref name="straight"/>, the page the reader goes on
    /// with: <paramref name="askew"/> itself when it needed no turn, else <paramref name="askew"/> turned straight by
    /// <see cref="Deskewer.Straighten"/>. Null when the page has no seal ink.
    /// </summary>
    public static GrayImage? Find(byte[] ppm, GrayImage askew, GrayImage straight, double dpi)
    {
        var mask = GrayImage.ParsePnm(ppm, dropSeal: true)?.Dropped;
        if (mask is null || mask.Width != straight.Width || mask.Height != straight.Height)
        {
            return null;
        }

        if (!ReferenceEquals(askew, straight))
        {
            // The deskewer's angle is a pure function of the page, so estimating it again gives the turn it made.
            var turned = Deskewer.Rotate(mask, Deskewer.EstimateAngle(askew));
            var pixels = turned.Pixels.Select(static p => p < TurnedSeal ? (byte)0 : (byte)255).ToArray();
            mask = new GrayImage(mask.Width, mask.Height, pixels);
        }

        return Widened(mask, Math.Max(1, (int)Math.Round(dpi / 150)));
    }

    /// <summary>The mask with every seal pixel grown by <paramref name="radius"/> pixels (a square, done as two passes).</summary>
    public static GrayImage Widened(GrayImage mask, int radius)
    {
        var across = new byte[mask.Pixels.Length];
        Array.Fill(across, (byte)255);
        for (var y = 0; y < mask.Height; y++)
        {
            var row = y * mask.Width;
            for (var x = 0; x < mask.Width; x++)
            {
                if (mask.Pixels[row + x] == 0)
                {
                    for (var dx = Math.Max(0, x - radius); dx <= Math.Min(mask.Width - 1, x + radius); dx++)
                    {
                        across[row + dx] = 0;
                    }
                }
            }
        }

        var both = new byte[mask.Pixels.Length];
        Array.Fill(both, (byte)255);
        for (var y = 0; y < mask.Height; y++)
        {
            for (var x = 0; x < mask.Width; x++)
            {
                if (across[(y * mask.Width) + x] == 0)
                {
                    for (var dy = Math.Max(0, y - radius); dy <= Math.Min(mask.Height - 1, y + radius); dy++)
                    {
                        both[(dy * mask.Width) + x] = 0;
                    }
                }
            }
        }

        return new GrayImage(mask.Width, mask.Height, both);
    }

    /// <summary>
    /// Whether the ink in a cell (pixel box, inclusive-exclusive) is mostly seal: more of its pixels lie under the seal
    /// mask than dark pixels outside it (on the red channel the seal itself is light, so its area is counted, not its
    /// darkness). Such a cell's "figures" are the seal's ring or star read as digits (a seal-ink 25 was seen).
    /// </summary>
    public static bool MostlySeal(GrayImage page, GrayImage mask, int left, int top, int right, int bottom)
    {
        int seal = 0, other = 0;
        for (var y = Math.Max(0, top); y < Math.Min(page.Height, bottom); y++)
        {
            for (var x = Math.Max(0, left); x < Math.Min(page.Width, right); x++)
            {
                if (mask[x, y] == 0)
                {
                    seal++;
                }
                else if (page[x, y] < ImageRuleFinder.InkThreshold)
                {
                    other++;
                }
            }
        }

        return seal > other;
    }
}
