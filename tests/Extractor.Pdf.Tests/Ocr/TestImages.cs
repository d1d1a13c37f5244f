using System.Text;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>Colour page images for the image-cleanup tests, as the PPM bytes pdftoppm gives the reader.</summary>
internal static class TestImages
{
    /// <summary>A binary PPM (P6) of <paramref name="width"/> × <paramref name="height"/> pixels coloured by <paramref name="colour"/>.</summary>
    public static byte[] Ppm(int width, int height, Func<int, int, (byte R, byte G, byte B)> colour)
    {
        var header = Encoding.ASCII.GetBytes($"P6\n{width} {height}\n255\n");
        var bytes = new byte[header.Length + (width * height * 3)];
        header.CopyTo(bytes, 0);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var (r, g, b) = colour(x, y);
                var at = header.Length + (((y * width) + x) * 3);
                (bytes[at], bytes[at + 1], bytes[at + 2]) = (r, g, b);
            }
        }

        return bytes;
    }
}
