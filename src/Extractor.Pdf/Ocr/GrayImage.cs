using System.Globalization;
using System.Text;

namespace Extractor.Pdf.Ocr;

/// <summary>
/// An 8-bit grey image (0 black … 255 white), read from binary PGM (P5) or PPM (P6, turned grey by
/// <see cref="ColourDropout"/>), the simplest formats ImageMagick writes, and written as PGM.
/// </summary>
internal sealed class GrayImage
{
    public GrayImage(int width, int height, byte[] pixels)
    {
        if (width <= 0 || height <= 0 || pixels.Length != width * height)
        {
            throw new ArgumentException("pixel buffer does not match the size", nameof(pixels));
        }

        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public byte[] Pixels { get; }

    /// <summary>
    /// The pixels <see cref="ColourDropout"/> turned white (0 there, 255 elsewhere, so it turns with the page like any
    /// image); null when none was.
    /// </summary>
    public GrayImage? Dropped { get; init; }

    /// <summary>This image with <paramref name="dropped"/> as its <see cref="Dropped"/> pixels (the pixels are shared).</summary>
    public GrayImage WithDropped(GrayImage? dropped) => new(Width, Height, Pixels) { Dropped = dropped };

    public byte this[int x, int y]
    {
        get => Pixels[(y * Width) + x];
        set => Pixels[(y * Width) + x] = value;
    }

    /// <summary>This image with the pixels <paramref name="mask"/> marks (0 there, as <see cref="Dropped"/>) turned white.</summary>
    public GrayImage DroppedOut(GrayImage mask)
    {
        var pixels = (byte[])Pixels.Clone();
        for (var i = 0; i < pixels.Length && i < mask.Pixels.Length; i++)
        {
            pixels[i] = mask.Pixels[i] < 128 ? (byte)255 : pixels[i];
        }

        return new GrayImage(Width, Height, pixels);
    }

    /// <summary>Black and white only (a fax or a bilevel office scan): all but a trace of the pixels are 0 or 255.</summary>
    public bool IsBilevel() => Pixels.Count(static p => p is not (0 or 255)) * 1000L < Pixels.Length;

    /// <summary>
    /// The image under a 3×3 binomial blur. A black-and-white scan's hard stair-step edges cost the OCR engine
    /// confidence (a lone 1 alone in a cell read at 58, blurred at 76); grey edges are what it was trained on.
    /// </summary>
    public GrayImage Smoothed()
    {
        var pixels = new byte[Pixels.Length];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                int sum = 0, weight = 0;
                for (var dy = -1; dy <= 1; dy++)
                {
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        var (sx, sy) = (x + dx, y + dy);
                        if (sx >= 0 && sy >= 0 && sx < Width && sy < Height)
                        {
                            var w = (dx == 0 ? 2 : 1) * (dy == 0 ? 2 : 1);
                            sum += w * Pixels[(sy * Width) + sx];
                            weight += w;
                        }
                    }
                }

                pixels[(y * Width) + x] = (byte)((sum + (weight / 2)) / weight);
            }
        }

        return new GrayImage(Width, Height, pixels) { Dropped = Dropped };
    }

    /// <summary>
    /// Parses a binary PGM or PPM with a maximum value up to 255; null when the bytes are not one. A PPM's grey is its
    /// red channel; with <paramref name="dropSeal"/> seal ink is dropped out too (<see cref="ColourDropout"/>) and
    /// remembered in <see cref="Dropped"/>. The reader parses the page without it and takes only the mask from it
    /// (<see cref="OcrOptions.SealDropout"/>, off): whitened before the rules were found, a rule under the seal was cut.
    /// </summary>
    public static GrayImage? ParsePnm(byte[] bytes, bool dropSeal = false)
    {
        var position = 0;
        string? Token()
        {
            while (position < bytes.Length)
            {
                if (bytes[position] == '#')
                {
                    while (position < bytes.Length && bytes[position] != '\n')
                    {
                        position++;
                    }
                }
                else if (char.IsWhiteSpace((char)bytes[position]))
                {
                    position++;
                }
                else
                {
                    break;
                }
            }

            var start = position;
            while (position < bytes.Length && !char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            return position > start ? Encoding.ASCII.GetString(bytes, start, position - start) : null;
        }

        var magic = Token();
        var channels = magic switch { "P5" => 1, "P6" => 3, _ => 0 };
        if (channels == 0
            || !int.TryParse(Token(), NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            || !int.TryParse(Token(), NumberStyles.None, CultureInfo.InvariantCulture, out var height)
            || !int.TryParse(Token(), NumberStyles.None, CultureInfo.InvariantCulture, out var max)
            || max is < 1 or > 255 || width <= 0 || height <= 0)
        {
            return null;
        }

        position++; // the single whitespace after the maximum value
        var size = (long)width * height;
        if (bytes.Length - position < size * channels)
        {
            return null;
        }

        var pixels = new byte[size];
        byte[]? dropped = null;
        if (channels == 1)
        {
            Array.Copy(bytes, position, pixels, 0, size);
        }
        else
        {
            for (var i = 0; i < pixels.Length; i++)
            {
                var at = position + (3 * i);
                var (red, green, blue) = (bytes[at], bytes[at + 1], bytes[at + 2]);
                pixels[i] = dropSeal ? ColourDropout.Gray(red, green, blue) : red;
                if (dropSeal && ColourDropout.IsSealInk(red, green, blue))
                {
                    if (dropped is null)
                    {
                        dropped = new byte[size];
                        Array.Fill(dropped, (byte)255);
                    }

                    dropped[i] = 0;
                }
            }
        }

        if (max != 255)
        {
            for (var i = 0; i < pixels.Length; i++)
            {
                pixels[i] = (byte)(pixels[i] * 255 / max);
            }
        }

        return new GrayImage(width, height, pixels) { Dropped = dropped is null ? null : new GrayImage(width, height, dropped) };
    }

    public byte[] ToPgm()
    {
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"P5\n{Width} {Height}\n255\n"));
        var bytes = new byte[header.Length + Pixels.Length];
        header.CopyTo(bytes, 0);
        Pixels.CopyTo(bytes, header.Length);
        return bytes;
    }
}
