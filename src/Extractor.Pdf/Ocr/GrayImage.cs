using System.Globalization;
using System.Text;

namespace Extractor.Pdf.Ocr;

/// <summary>An 8-bit grey image (0 black … 255 white), read from and written to binary PGM (P5), the simplest format ImageMagick writes.</summary>
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

    public byte this[int x, int y]
    {
        get => Pixels[(y * Width) + x];
        set => Pixels[(y * Width) + x] = value;
    }

    /// <summary>Parses a binary PGM with a maximum value up to 255; null when the bytes are not one.</summary>
    public static GrayImage? ParsePgm(byte[] bytes)
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

        if (Token() != "P5"
            || !int.TryParse(Token(), NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            || !int.TryParse(Token(), NumberStyles.None, CultureInfo.InvariantCulture, out var height)
            || !int.TryParse(Token(), NumberStyles.None, CultureInfo.InvariantCulture, out var max)
            || max is < 1 or > 255 || width <= 0 || height <= 0)
        {
            return null;
        }

        position++; // the single whitespace after the maximum value
        var size = (long)width * height;
        if (bytes.Length - position < size)
        {
            return null;
        }

        var pixels = new byte[size];
        Array.Copy(bytes, position, pixels, 0, size);
        if (max != 255)
        {
            for (var i = 0; i < pixels.Length; i++)
            {
                pixels[i] = (byte)(pixels[i] * 255 / max);
            }
        }

        return new GrayImage(width, height, pixels);
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
