namespace Extractor.Pdf.Ocr;

/// <summary>
/// Straightens a page scanned a little askew (up to <see cref="MaxDegrees"/>) by the projection profile: the angle at
/// which the ink, summed along rows, is most sharply peaked (text lines and table rules then fall on single rows).
/// A scan askew by half a degree moves a table rule ten pixels across a page, enough to break it into pieces.
/// </summary>
internal static class Deskewer
{
    public const double MaxDegrees = 3;

    private const double StepDegrees = 0.1;

    /// <summary>The angle in degrees the page is turned by (positive: clockwise in image coordinates).</summary>
    public static double EstimateAngle(GrayImage image)
    {
        // Every other ink pixel of every other row is plenty for the profile.
        var ink = new List<(int X, int Y)>();
        for (var y = 0; y < image.Height; y += 2)
        {
            for (var x = 0; x < image.Width; x += 2)
            {
                if (image[x, y] < ImageRuleFinder.InkThreshold)
                {
                    ink.Add((x, y));
                }
            }
        }

        if (ink.Count < 100)
        {
            return 0;
        }

        var bins = new int[image.Height + (2 * image.Width / 10) + 2];
        var offset = image.Width / 10;
        double bestScore = -1, best = 0;
        for (var degrees = -MaxDegrees; degrees <= MaxDegrees + 1e-9; degrees += StepDegrees)
        {
            Array.Clear(bins);
            var tan = Math.Tan(degrees * Math.PI / 180);
            foreach (var (x, y) in ink)
            {
                var row = (int)Math.Round(y - (x * tan)) + offset;
                if (row >= 0 && row < bins.Length)
                {
                    bins[row]++;
                }
            }

            double score = 0;
            foreach (var count in bins)
            {
                score += (double)count * count;
            }

            // Ties go to the smaller angle.
            if (score > bestScore * 1.0001 || (score >= bestScore && Math.Abs(degrees) < Math.Abs(best)))
            {
                bestScore = score;
                best = degrees;
            }
        }

        return Math.Round(best, 1);
    }

    /// <summary>Turns the page back by <paramref name="degrees"/> about its centre; what comes in from outside is white.</summary>
    public static GrayImage Rotate(GrayImage image, double degrees)
    {
        if (degrees == 0)
        {
            return image;
        }

        var radians = degrees * Math.PI / 180;
        double cos = Math.Cos(radians), sin = Math.Sin(radians);
        double cx = image.Width / 2.0, cy = image.Height / 2.0;
        var pixels = new byte[image.Pixels.Length];
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                // Where this output pixel comes from in the askew page.
                var dx = x - cx;
                var dy = y - cy;
                var sx = (int)Math.Round(cx + (dx * cos) - (dy * sin));
                var sy = (int)Math.Round(cy + (dx * sin) + (dy * cos));
                pixels[(y * image.Width) + x] = sx >= 0 && sy >= 0 && sx < image.Width && sy < image.Height ? image[sx, sy] : (byte)255;
            }
        }

        return new GrayImage(image.Width, image.Height, pixels);
    }
}
