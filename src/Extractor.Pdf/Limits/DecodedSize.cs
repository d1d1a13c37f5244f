using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Extractor.Pdf.Limits;

/// <summary>
/// How large a filter's output can be, without producing it: first a cheap bound from the input's length and the
/// filter's worst ratio; only when that bound is past the limit, the exact size counted through a decoder that keeps
/// nothing (stopping just past the limit). Null for filters whose size cannot be told beforehand (images): they are
/// checked after decoding.
/// </summary>
internal static class DecodedSize
{
    /// <summary>Deflate's worst ratio is 1032:1; with the zlib header a little more.</summary>
    internal const long FlateRatio = 1040;

    /// <summary>An LZW code (9–12 bits) stands for at most 3,840 bytes (the table's size less the 256 single bytes).</summary>
    private const long LzwRatio = 3415;

    /// <summary>Two bytes of RunLength repeat one byte 128 times.</summary>
    private const long RunLengthRatio = 64;

    /// <summary>ASCII85's `z` is four zero bytes.</summary>
    private const long Ascii85Ratio = 4;

    public static string NameOf(IFilter filter) => filter switch
    {
        FlateFilter => "FlateDecode",
        LzwFilter => "LZWDecode",
        RunLengthFilter => "RunLengthDecode",
        Ascii85Filter => "ASCII85Decode",
        AsciiHexDecodeFilter => "ASCIIHexDecode",
        _ => filter.GetType().Name.Replace("Filter", "Decode", StringComparison.Ordinal),
    };

    /// <summary>The output size, or a bound of it (<c>Counted</c> false), for <paramref name="input"/>; null when unknown.</summary>
    public static (long Bytes, bool Counted)? Measure(IFilter filter, ReadOnlySpan<byte> input, DictionaryToken dictionary, int index, long limit)
    {
        long ratio = filter switch
        {
            FlateFilter => FlateRatio,
            LzwFilter => LzwRatio,
            RunLengthFilter => RunLengthRatio,
            Ascii85Filter => Ascii85Ratio,
            AsciiHexDecodeFilter => 1,
            _ => 0,
        };
        if (ratio == 0)
        {
            return null;
        }

        var bound = input.Length * ratio;
        if (bound <= limit)
        {
            return (bound, false);
        }

        var counted = filter switch
        {
            FlateFilter => Flate(input, limit),
            LzwFilter => Lzw(input, EarlyChange(dictionary, index), limit),
            RunLengthFilter => RunLength(input),
            Ascii85Filter => Ascii85(input),
            _ => (input.Length / 2) + 1,
        };
        return (counted, true);
    }

    /// <summary>
    /// The bytes a Flate stream inflates to, counted up to just past <paramref name="limit"/>: read as zlib and as raw
    /// deflate after the two header bytes (PdfPig is lenient about the header), the larger; what inflates before damage counts.
    /// </summary>
    internal static long Flate(ReadOnlySpan<byte> input, long limit)
    {
        var data = input.ToArray();
        var zlib = Inflate(new ZLibStream(new MemoryStream(data, writable: false), CompressionMode.Decompress), limit);
        if (zlib > limit || data.Length < 2)
        {
            return zlib;
        }

        return Math.Max(zlib, Inflate(new DeflateStream(new MemoryStream(data, 2, data.Length - 2, writable: false), CompressionMode.Decompress), limit));
    }

    /// <summary>The bytes an LZW stream decodes to (PDF flavour: 9–12 bit codes, 256 clear, 257 end), counted from the code lengths alone.</summary>
    internal static long Lzw(ReadOnlySpan<byte> input, int earlyChange, long limit)
    {
        const int Clear = 256, End = 257, First = 258, TableSize = 4096;
        var lengths = new int[TableSize];
        Array.Fill(lengths, 1, 0, 256);
        var next = First;
        var width = 9;
        var previous = -1;
        long total = 0;
        long bitBuffer = 0;
        var bits = 0;
        var at = 0;
        while (total <= limit)
        {
            while (bits < width && at < input.Length)
            {
                bitBuffer = (bitBuffer << 8) | input[at++];
                bits += 8;
            }

            if (bits < width)
            {
                break;
            }

            var code = (int)((bitBuffer >> (bits - width)) & ((1 << width) - 1));
            bits -= width;
            if (code == Clear)
            {
                next = First;
                width = 9;
                previous = -1;
                continue;
            }

            if (code == End)
            {
                break;
            }

            int length;
            if (code < next && (code < 256 || code >= First))
            {
                length = lengths[code];
            }
            else if (code == next && previous >= 0)
            {
                length = lengths[previous] + 1;
            }
            else
            {
                // A code the table does not hold yet: the stream is damaged and decoding stops here.
                break;
            }

            total += length;
            if (previous >= 0 && next < TableSize)
            {
                lengths[next++] = lengths[previous] + 1;
                width = next + earlyChange >= 2048 ? 12 : next + earlyChange >= 1024 ? 11 : next + earlyChange >= 512 ? 10 : 9;
            }

            previous = code;
        }

        return total;
    }

    /// <summary>The bytes a RunLength stream decodes to.</summary>
    internal static long RunLength(ReadOnlySpan<byte> input)
    {
        long total = 0;
        var at = 0;
        while (at < input.Length)
        {
            var length = input[at];
            if (length == 128)
            {
                break;
            }

            if (length < 128)
            {
                total += length + 1;
                at += length + 2;
            }
            else
            {
                total += 257 - length;
                at += 2;
            }
        }

        return total;
    }

    /// <summary>The bytes an ASCII85 stream decodes to: four per five characters, four per `z`.</summary>
    internal static long Ascii85(ReadOnlySpan<byte> input)
    {
        long total = 0;
        var group = 0;
        foreach (var b in input)
        {
            if (b == '~')
            {
                break;
            }

            if (b == 'z' && group == 0)
            {
                total += 4;
            }
            else if (b is >= (byte)'!' and <= (byte)'u')
            {
                if (++group == 5)
                {
                    total += 4;
                    group = 0;
                }
            }
        }

        return total + Math.Max(0, group - 1);
    }

    private static long Inflate(Stream stream, long limit)
    {
        var buffer = new byte[64 * 1024];
        long total = 0;
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            // Damaged data: what came out before the damage is what a lenient decoder can produce.
        }
        finally
        {
            stream.Dispose();
        }

        return total;
    }

    private static int EarlyChange(DictionaryToken dictionary, int index)
    {
        try
        {
            var parameters = DecodeParameterResolver.GetFilterParameters(dictionary, index);
            return parameters.Data.TryGetValue(NameToken.EarlyChange.Data, out var value) && value is NumericToken number ? number.Int : 1;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or InvalidCastException)
        {
            return 1;
        }
    }
}
