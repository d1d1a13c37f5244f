namespace Extractor.Pdf.Ocr;

/// <summary>
/// Straightens a black-and-white page scanned a little askew without resampling it: every column is moved up or down by
/// a whole number of pixels, then every row left or right (two shears, which for a turn of a few degrees are the turn to
/// within a pixel across a page). Nothing is interpolated, so the page stays black and white and every stroke keeps its
/// own pixels; the dashes a thin rule left (see <see cref="FaxDashes"/>) come to lie on one pixel line. Turned and
/// re-thresholded, or smoothed and turned grey, the figures of such a page changed enough to publish wrong numbers (a 6
/// read as 0 on county fax 300 and 150).
/// </summary>
internal static class FaxShear
{
    /// <summary>
    /// <paramref name="image"/> straightened about its centre; <paramref name="degrees"/> as from
    /// <see cref="Deskewer.EstimateAngle"/> (a row of the askew page runs y = y0 + x·tan, a column x = x0 − y·tan).
    /// What comes in from outside the page is white.
    /// </summary>
    public static GrayImage Straighten(GrayImage image, double degrees)
    {
        var tan = Math.Tan(degrees * Math.PI / 180);
        var (width, height) = (image.Width, image.Height);
        var source = image.Pixels;
        var columns = new byte[source.Length];
        var middle = (int)Math.Round(width / 2.0 * tan);
        for (var x = 0; x < width; x++)
        {
            var shift = (int)Math.Round(x * tan) - middle;
            for (var y = 0; y < height; y++)
            {
                var from = y + shift;
                columns[(y * width) + x] = from >= 0 && from < height ? source[(from * width) + x] : (byte)255;
            }
        }

        var rows = new byte[source.Length];
        middle = (int)Math.Round(height / 2.0 * tan);
        for (var y = 0; y < height; y++)
        {
            var shift = (int)Math.Round(y * tan) - middle;
            var line = y * width;
            for (var x = 0; x < width; x++)
            {
                var from = x - shift;
                rows[line + x] = from >= 0 && from < width ? columns[line + from] : (byte)255;
            }
        }

        return new GrayImage(width, height, rows);
    }
}
