using System.Globalization;

namespace Extractor.Pdf.Ocr;

/// <summary>
/// Straightens a page scanned a little askew (up to <see cref="MaxDegrees"/>) by the projection profile: the angle at
/// which the ink, summed along rows, is most sharply peaked (text lines and table rules then fall on single rows).
/// A scan askew by half a degree moves a table rule ten pixels across a page, enough to break it into pieces.
/// </summary>
internal static class Deskewer
{
    public const double MaxDegrees = 3;

    private const double CoarseStep = 0.1;

    private const double FineStep = 0.02;

    /// <summary>Below this a page is straight to within a pixel or two across its width; a turn would only blur it.</summary>
    private const double MinDegrees = 0.03;

    /// <summary>
    /// The page turned straight: the angle from the profile, the turn by ImageMagick (shear rotation, which keeps a
    /// thin rule one dark line; a bilinear turn of its own spread a grey 1-pixel rule over two rows too pale for the
    /// rule finder and cut every rule into pieces: county skew 150 went from 38.5 % to 0 % right). Without ImageMagick
    /// the page is turned here, interpolated.
    /// </summary>
    public static GrayImage Straighten(GrayImage image, OcrOptions options, string folder) => Straighten(image, options, folder, out _);

    /// <summary>
    /// As <see cref="Straighten(GrayImage, OcrOptions, string)"/>; <paramref name="faxDegrees"/> is the angle a
    /// black-and-white page was turned by (0 when it was not one, was straight, or <see cref="OcrOptions.StraightenFax"/>
    /// is off). Such a page is blurred by a pixel (area averaging) before it is turned and stays grey after:
    /// re-thresholded (or turned pixel for pixel) its figures moved enough to publish wrong numbers (county fax 300).
    /// Its rules stay dashed, see <see cref="FaxDashes"/>.
    /// </summary>
    public static GrayImage Straighten(GrayImage image, OcrOptions options, string folder, out double faxDegrees)
    {
        var bilevel = image.IsBilevel();
        faxDegrees = 0;
        if (bilevel && !options.StraightenFax)
        {
            // Turned and re-thresholded, or turned pixel for pixel, its figures moved enough to publish 2 wrong numbers on
            // the county fax 300 scan: it is sheared by whole pixels (OcrOptions.ShearFax), or read unturned.
            var angle = options.ShearFax ? EstimateAngle(image) : 0;
            if (Math.Abs(angle) < MinDegrees)
            {
                return image;
            }

            faxDegrees = angle;
            return FaxShear.Straighten(image, angle);
        }

        var degrees = EstimateAngle(image);
        if (Math.Abs(degrees) < MinDegrees)
        {
            return image;
        }

        if (bilevel)
        {
            faxDegrees = degrees;
            image = image.Smoothed();
        }

        var askew = Path.Combine(folder, "askew.pgm");
        var straight = Path.Combine(folder, "straight.pgm");
        File.WriteAllBytes(askew, image.ToPgm());
        var size = string.Create(CultureInfo.InvariantCulture, $"{image.Width}x{image.Height}");
        var turn = (-degrees).ToString("0.###", CultureInfo.InvariantCulture);
        var result = ToolRunner.Run(options.Convert, [askew, "-background", "white", "-rotate", turn, "-gravity", "center", "-extent", size, "-depth", "8", straight], options.Timeout, stop: options.Stop);
        var turned = result is { ExitCode: 0 } && File.Exists(straight) ? GrayImage.ParsePnm(File.ReadAllBytes(straight)) : null;
        return turned is not null && turned.Width == image.Width && turned.Height == image.Height ? turned : Rotate(image, degrees);
    }

    /// <summary>The angle in degrees the page is turned by (positive: clockwise in image coordinates), to 0.02°.</summary>
    public static double EstimateAngle(GrayImage image)
    {
        // Every row, every other column. Every row matters: with every other row sampled, the rows of the profile at 0°
        // hold ink only in every other bin, which doubles its peakedness and made a 0.7° scan look straight.
        var ink = new List<(int X, int Y)>();
        for (var y = 0; y < image.Height; y++)
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

        var offset = (int)Math.Ceiling(image.Width * Math.Tan(MaxDegrees * Math.PI / 180)) + 2;
        var bins = new int[image.Height + (2 * offset)];
        double Score(double degrees)
        {
            Array.Clear(bins);
            var tan = Math.Tan(degrees * Math.PI / 180);
            foreach (var (x, y) in ink)
            {
                bins[(int)Math.Round(y - (x * tan)) + offset]++;
            }

            double score = 0;
            foreach (var count in bins)
            {
                score += (double)count * count;
            }

            return score;
        }

        double Best(double from, double to, double step)
        {
            double bestScore = -1, best = 0;
            var steps = (int)Math.Round((to - from) / step);
            for (var i = 0; i <= steps; i++)
            {
                var degrees = Math.Round(from + (i * step), 4);
                var score = Score(degrees);

                // Ties go to the smaller angle.
                if (score > bestScore * 1.0001 || (score >= bestScore && Math.Abs(degrees) < Math.Abs(best)))
                {
                    bestScore = score;
                    best = degrees;
                }
            }

            return best;
        }

        var coarse = Best(-MaxDegrees, MaxDegrees, CoarseStep);
        return Math.Round(Best(coarse - CoarseStep, coarse + CoarseStep, FineStep), 2);
    }

    /// <summary>
    /// Turns the page back by <paramref name="degrees"/> about its centre, each pixel interpolated between its four
    /// neighbours in the askew page (nearest-neighbour sampling leaves thin rules and strokes as staircases); what comes
    /// in from outside is white.
    /// </summary>
    public static GrayImage Rotate(GrayImage image, double degrees)
    {
        if (Math.Abs(degrees) < MinDegrees)
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
                var sx = cx + (dx * cos) - (dy * sin);
                var sy = cy + (dx * sin) + (dy * cos);
                var x0 = (int)Math.Floor(sx);
                var y0 = (int)Math.Floor(sy);
                double fx = sx - x0, fy = sy - y0;
                var top = (Sample(image, x0, y0) * (1 - fx)) + (Sample(image, x0 + 1, y0) * fx);
                var bottom = (Sample(image, x0, y0 + 1) * (1 - fx)) + (Sample(image, x0 + 1, y0 + 1) * fx);
                pixels[(y * image.Width) + x] = (byte)Math.Clamp((int)Math.Round((top * (1 - fy)) + (bottom * fy)), 0, 255);
            }
        }

        return new GrayImage(image.Width, image.Height, pixels);
    }

    private static double Sample(GrayImage image, int x, int y) =>
        x >= 0 && y >= 0 && x < image.Width && y < image.Height ? image[x, y] : 255;
}
