using System.Globalization;
using System.IO.Compression;
using System.Text;
using Extractor.Core.Reading;

namespace Extractor.Pdf.Limits;

/// <summary>
/// Inflates every Flate-encoded stream of a PDF through a counter before PdfPig sees the file, so a decompression
/// bomb (a 7 KB file whose stream, deflated twice, expands to gigabytes of zeros) is refused in a fraction of a
/// second with a small, constant amount of memory, instead of being expanded in memory by the parser. PdfPig has no
/// such limit of its own (its ParsingOptions only bound the recursion depth).
/// </summary>
internal static class StreamBudget
{
    /// <summary>The most one stream may expand to: 128 MB, above a 600 dpi colour page image (about 100 MB).</summary>
    public const long DefaultMaxStreamBytes = 128L * 1024 * 1024;

    /// <summary>How far before a stream keyword its dictionary is looked for.</summary>
    private const int DictionaryWindow = 4096;

    /// <summary>Throws a <see cref="DocumentReadException"/> when a Flate stream of <paramref name="pdf"/> expands past <paramref name="maxStreamBytes"/>.</summary>
    public static void Check(string uri, ReadOnlySpan<byte> pdf, long maxStreamBytes)
    {
        var buffer = new byte[64 * 1024];
        var at = 0;
        while (true)
        {
            var hit = pdf[at..].IndexOf("stream"u8);
            if (hit < 0)
            {
                return;
            }

            var keyword = at + hit;
            at = keyword + 6;
            if ((keyword >= 3 && pdf[(keyword - 3)..keyword].SequenceEqual("end"u8)) || at >= pdf.Length || pdf[at] is not ((byte)'\r' or (byte)'\n'))
            {
                continue;
            }

            var dataStart = at + (pdf[at] == '\r' && at + 1 < pdf.Length && pdf[at + 1] == '\n' ? 2 : 1);
            var layers = FlateLayers(pdf[Math.Max(0, keyword - DictionaryWindow)..keyword]);
            if (layers == 0)
            {
                continue;
            }

            var end = pdf[dataStart..].IndexOf("endstream"u8);
            var dataEnd = end < 0 ? pdf.Length : dataStart + end;
            at = dataEnd;

            // Most streams are too short to reach the limit whatever they hold: only the others are inflated and counted.
            if (MaxExpansion(dataEnd - dataStart, layers) <= maxStreamBytes)
            {
                continue;
            }

            var expanded = Expand(pdf[dataStart..dataEnd].ToArray(), layers, maxStreamBytes, buffer);
            if (expanded > maxStreamBytes)
            {
                throw new DocumentReadException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{uri}: refused: a stream at byte {keyword} expands past the {InputLimits.Megabytes(maxStreamBytes)} limit for one PDF stream ({layers} Flate layer(s); a decompression bomb or a damaged file)"));
            }
        }
    }

    /// <summary>The most <paramref name="length"/> bytes can inflate to through <paramref name="layers"/> zlib layers (deflate's worst ratio per layer).</summary>
    internal static long MaxExpansion(long length, int layers)
    {
        var bound = length;
        for (var i = 0; i < layers; i++)
        {
            if (bound > long.MaxValue / DecodedSize.FlateRatio)
            {
                return long.MaxValue;
            }

            bound *= DecodedSize.FlateRatio;
        }

        return bound;
    }

    /// <summary>The number of FlateDecode filters of the last dictionary in <paramref name="before"/>; 0 when it has another filter or none.</summary>
    internal static int FlateLayers(ReadOnlySpan<byte> before)
    {
        var obj = before.LastIndexOf("obj"u8);
        var dictionary = Encoding.Latin1.GetString(obj < 0 ? before : before[obj..]);
        var filter = dictionary.LastIndexOf("/Filter", StringComparison.Ordinal);
        if (filter < 0)
        {
            return 0;
        }

        var value = dictionary.AsSpan(filter + 7).TrimStart();
        if (value.IsEmpty)
        {
            return 0;
        }

        if (value[0] == '[')
        {
            var close = value.IndexOf(']');
            value = close < 0 ? value[1..] : value[1..close];
        }
        else
        {
            var next = value[1..].IndexOfAny('/', '>', '\n');
            value = next < 0 ? value : value[..(next + 1)];
        }

        var layers = 0;
        foreach (var name in value.ToString().Split(['/', ' ', '\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (name is "FlateDecode" or "Fl")
            {
                layers++;
            }
            else
            {
                // Another filter first or in between (ASCII85, LZW, …), or an indirect filter: left to PdfPig.
                return 0;
            }
        }

        return layers;
    }

    /// <summary>The bytes <paramref name="data"/> expands to through <paramref name="layers"/> zlib layers, counted up to just past <paramref name="limit"/>.</summary>
    private static long Expand(byte[] data, int layers, long limit, byte[] buffer)
    {
        Stream stream = new MemoryStream(data, writable: false);
        try
        {
            for (var i = 0; i < layers; i++)
            {
                stream = new ZLibStream(stream, CompressionMode.Decompress);
            }

            long total = 0;
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    break;
                }
            }

            return total;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            // A damaged stream expands to what it expands to: PdfPig reports or repairs it.
            return 0;
        }
        finally
        {
            stream.Dispose();
        }
    }
}
