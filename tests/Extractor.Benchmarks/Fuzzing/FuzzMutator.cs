using System.IO.Compression;
using System.Text;

namespace Extractor.Benchmarks.Fuzzing;

/// <summary>
/// Derives hostile variants of a fixture: byte flips, chunk deletion and duplication, splices with another fixture,
/// `|` and digit insertion, and structure edits of zip (DOCX) and PDF files. Deterministic for a given random source.
/// </summary>
internal static class FuzzMutator
{
    private static readonly string[] s_insertions =
    [
        "|", "||", "| |", "0", "9", "１２", "５", "99999999999999999999999", "-1", "0.000000001", "２０２２年５月１日", "发布日期：2021-５-27",
        "<td rowspan=0 colspan=1000>", "<div><div><div>", "<table><tr><td>", "</table>", "年", "一、", "（二）", "\u3000", "\uFFFD", "\0",
    ];

    /// <summary>One mutant of <paramref name="input"/>; <paramref name="donor"/> is another fixture for splices.</summary>
    /// <returns>The mutant and the name of the mutation applied, for the crasher's file name.</returns>
    public static (byte[] Bytes, string Mutation) Mutate(Random random, byte[] input, byte[] donor)
    {
        var isZip = input.Length > 4 && input[0] == 'P' && input[1] == 'K';
        var isPdf = input.AsSpan().StartsWith("%PDF"u8);
        var choice = random.Next(isZip || isPdf ? 10 : 8);
        return choice switch
        {
            0 => (FlipBytes(random, input), "flip"),
            1 => (DeleteChunk(random, input), "delete"),
            2 => (DuplicateChunk(random, input), "duplicate"),
            3 => (Splice(random, input, donor), "splice"),
            4 => (Insert(random, input, s_insertions[random.Next(s_insertions.Length)]), "insert"),
            5 => (Insert(random, input, new string('|', random.Next(1, 40))), "pipes"),
            6 => (ReplaceDigits(random, input), "digits"),
            7 => (Stack(random, input, donor), "stacked"),
            _ when isZip => ZipEdit(random, input),
            _ => (PdfEdit(random, input), "pdf"),
        };
    }

    private static byte[] Stack(Random random, byte[] input, byte[] donor)
    {
        var bytes = input;
        var rounds = random.Next(2, 6);
        for (var i = 0; i < rounds; i++)
        {
            bytes = Mutate(random, bytes, donor).Bytes;
        }

        return bytes;
    }

    private static byte[] FlipBytes(Random random, byte[] input)
    {
        var bytes = (byte[])input.Clone();
        var flips = random.Next(1, 1 + Math.Max(1, bytes.Length / 500));
        for (var i = 0; i < flips && bytes.Length > 0; i++)
        {
            var at = random.Next(bytes.Length);
            bytes[at] = random.Next(3) == 0 ? (byte)random.Next(256) : (byte)(bytes[at] ^ (1 << random.Next(8)));
        }

        return bytes;
    }

    private static byte[] DeleteChunk(Random random, byte[] input)
    {
        if (input.Length < 2)
        {
            return input;
        }

        var start = random.Next(input.Length);
        var length = Math.Min(input.Length - start, random.Next(1, Math.Max(2, input.Length / 8)));
        return [.. input.AsSpan(0, start), .. input.AsSpan(start + length)];
    }

    private static byte[] DuplicateChunk(Random random, byte[] input)
    {
        if (input.Length < 2)
        {
            return input;
        }

        var start = random.Next(input.Length);
        var length = Math.Min(input.Length - start, random.Next(1, Math.Max(2, input.Length / 8)));
        var times = random.Next(4) == 0 ? random.Next(2, 50) : 1;
        var output = new List<byte>(input.Length + (length * times));
        output.AddRange(input.AsSpan(0, start + length));
        for (var i = 0; i < times; i++)
        {
            output.AddRange(input.AsSpan(start, length));
        }

        output.AddRange(input.AsSpan(start + length));
        return [.. output];
    }

    private static byte[] Splice(Random random, byte[] input, byte[] donor)
    {
        var cut = random.Next(input.Length + 1);
        var from = random.Next(donor.Length + 1);
        var length = random.Next(donor.Length - from + 1);
        return [.. input.AsSpan(0, cut), .. donor.AsSpan(from, length), .. input.AsSpan(cut)];
    }

    private static byte[] Insert(Random random, byte[] input, string text)
    {
        var at = random.Next(input.Length + 1);
        var bytes = Encoding.UTF8.GetBytes(text);
        return [.. input.AsSpan(0, at), .. bytes, .. input.AsSpan(at)];
    }

    private static byte[] ReplaceDigits(Random random, byte[] input)
    {
        var bytes = (byte[])input.Clone();
        var digits = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] is >= (byte)'0' and <= (byte)'9').ToList();
        if (digits.Count == 0)
        {
            return Insert(random, input, random.Next(1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var count = random.Next(1, Math.Min(digits.Count, 20) + 1);
        for (var i = 0; i < count; i++)
        {
            bytes[digits[random.Next(digits.Count)]] = (byte)('0' + random.Next(10));
        }

        return random.Next(5) == 0 ? Insert(random, bytes, new string('9', random.Next(10, 40))) : bytes;
    }

    // Zip: corrupt the end-of-central-directory counts or offsets, or rewrite an entry's content mutated.
    private static (byte[] Bytes, string Mutation) ZipEdit(Random random, byte[] input)
    {
        var eocd = input.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        var pick = random.Next(4);
        if (pick < 2 && eocd >= 0 && eocd + 22 <= input.Length)
        {
            var bytes = (byte[])input.Clone();
            // Offsets 8 and 10: entries on this disk and in total; 12: directory size; 16: directory offset.
            var field = new[] { 8, 10, 12, 16 }[random.Next(4)];
            var delta = random.Next(2) == 0 ? 1 : -1;
            var value = BitConverter.ToUInt16(bytes, eocd + field) + delta;
            BitConverter.GetBytes((ushort)value).CopyTo(bytes, eocd + field);
            return (bytes, "zip-eocd");
        }

        try
        {
            using var source = new ZipArchive(new MemoryStream(input), ZipArchiveMode.Read);
            var entries = source.Entries.Select(e => (e.FullName, Content: Read(e))).ToList();
            var target = random.Next(entries.Count);
            var output = new MemoryStream();
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                for (var i = 0; i < entries.Count; i++)
                {
                    var content = entries[i].Content;
                    if (i == target)
                    {
                        content = pick == 2 ? Mutate(random, content, content).Bytes : Insert(random, content, s_insertions[random.Next(s_insertions.Length)]);
                    }

                    var entry = zip.CreateEntry(entries[i].FullName, CompressionLevel.Fastest);
                    using var stream = entry.Open();
                    stream.Write(content);
                }
            }

            return (output.ToArray(), "zip-entry");
        }
        catch (InvalidDataException)
        {
            return (FlipBytes(random, input), "flip");
        }
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    // PDF: change a number after a structural keyword (/Length, /Count, xref offsets, object numbers), or drop one.
    private static byte[] PdfEdit(Random random, byte[] input)
    {
        string[] keys = ["/Length ", "/Count ", "startxref", "obj", "/Size ", "/W ", "/Kids", "/Filter", "endstream", "xref"];
        var key = Encoding.ASCII.GetBytes(keys[random.Next(keys.Length)]);
        var hits = new List<int>();
        for (var at = input.AsSpan().IndexOf(key); at >= 0;)
        {
            hits.Add(at);
            var next = input.AsSpan(at + 1).IndexOf(key);
            at = next < 0 ? -1 : at + 1 + next;
        }

        if (hits.Count == 0)
        {
            return FlipBytes(random, input);
        }

        var hit = hits[random.Next(hits.Count)];
        return random.Next(3) switch
        {
            0 => [.. input.AsSpan(0, hit), .. input.AsSpan(hit + key.Length)],
            1 => [.. input.AsSpan(0, hit + key.Length), .. Encoding.ASCII.GetBytes(" " + random.Next(-5, 100000).ToString(System.Globalization.CultureInfo.InvariantCulture) + " "), .. input.AsSpan(hit + key.Length)],
            _ => [.. input.AsSpan(0, hit + key.Length), .. "9"u8, .. input.AsSpan(hit + key.Length)],
        };
    }
}
