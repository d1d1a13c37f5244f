using System.Text;
using Extractor.Core.Reading;
using Extractor.Pdf.Limits;
using Extractor.Testing;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Extractor.Pdf.Tests.Limits;

/// <summary>
/// Every filter PdfPig decodes, alone or in a chain, is held to the per-stream budget: each hostile PDF of
/// fixtures/hostile (make_hostile.py: 150 MB of zeros under the filter named) is refused with its filter in the reason,
/// counted rather than expanded in memory.
/// </summary>
public class FilterBudgetTests
{
    [Theory]
    [InlineData("pdf-lzw-bomb.pdf", "LZWDecode")]
    [InlineData("pdf-runlength-in-flate.pdf", "RunLengthDecode")]
    [InlineData("pdf-ascii85-in-flate.pdf", "ASCII85Decode")]
    [InlineData("pdf-flate-in-asciihex.pdf", "FlateDecode")]
    [InlineData("pdf-flate-in-ascii85.pdf", "FlateDecode")]
    [InlineData("pdf-flate-in-lzw.pdf", "FlateDecode")]
    public void Read_StreamPastTheBudgetUnderAnyFilter_IsRefusedWithTheFilter(string name, string filter)
    {
        var path = TestPaths.Fixture("hostile", name);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var ex = Assert.Throws<DocumentReadException>(() => new PdfReportReader().Read(new SourceDocument(path, File.ReadAllBytes(path))));

        Assert.Contains($"refused: a {filter} stream", ex.Message, StringComparison.Ordinal);
        Assert.Contains("128 MB limit for one PDF stream", ex.Message, StringComparison.Ordinal);
        // Below the 150 MB the bomb expands to: an inner stage within the budget (37.5 MB of ASCII85 `z`) is decoded.
        // This thread's allocations only (PdfPig decodes on the calling thread): tests running beside it do not count.
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 150L * 1024 * 1024, $"the stream was measured, not expanded in memory ({allocated / (1024 * 1024)} MB allocated on this thread)");
    }

    [Fact]
    public void Read_FlateBombWithADuplicatedChunk_IsRefused()
    {
        // Fuzz finding (seed 20261130, mutant 28593): the duplicated chunk hid the bomb from the pre-scan, and PdfPig
        // inflated it to 5 GB. The filter budget sees every stream PdfPig decodes.
        var path = TestPaths.Fixture("fuzz", "pdf-flate-bomb-duplicated-chunk.pdf");

        var ex = Assert.Throws<DocumentReadException>(() => new PdfReportReader().Read(new SourceDocument(path, File.ReadAllBytes(path))));

        Assert.Contains("refused", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FixturePdfs_PassTheFilterBudget()
    {
        var files = Directory.GetFiles(TestPaths.Fixture("pdf"), "*.pdf").Where(static f => !f.Contains("encrypted", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, static f =>
        {
            try
            {
                new PdfReportReader().Read(new SourceDocument(f, File.ReadAllBytes(f)));
            }
            catch (DocumentReadException ex)
            {
                Assert.DoesNotContain("refused", ex.Message, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void Read_CancelledDocument_Stops()
    {
        var path = TestPaths.Fixture("pdf", "county-2021.pdf");

        Assert.ThrowsAny<OperationCanceledException>(() => new PdfReportReader().Read(new SourceDocument(path, File.ReadAllBytes(path)) { Cancellation = new CancellationToken(canceled: true) }));
    }

    [Fact]
    public void Decode_ManyStreamsEachUnderTheStreamLimit_AreRefusedPastTheDocumentLimit()
    {
        // Several copies of a bomb stream (the fuzzer's duplicated chunks) each under the per-stream limit.
        var provider = new BudgetedFilterProvider("many.pdf", 1024 * 1024, CancellationToken.None, maxDocumentBytes: 2 * 1024 * 1024);
        var flate = provider.GetNamedFilters([NameToken.FlateDecode]).Single();
        var stream = Deflate(new byte[900 * 1024]);
        var empty = new DictionaryToken(new Dictionary<NameToken, IToken>());

        flate.Decode(stream.ToArray(), empty, provider, 0);
        flate.Decode(stream.ToArray(), empty, provider, 0);
        var ex = Assert.Throws<DocumentReadException>(() => flate.Decode(stream.ToArray(), empty, provider, 0));

        Assert.Contains("streams together expand past the 2 MB limit for one document", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ex.Message, provider.Refusal);
    }

    [Fact]
    public void Decode_CancelledDocument_StopsAtTheNextStream()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var provider = new BudgetedFilterProvider("x.pdf", 1024, cancelled.Token);
        var filter = provider.GetNamedFilters([NameToken.AsciiHexDecode]).Single();

        Assert.Throws<OperationCanceledException>(() => filter.Decode(Encoding.ASCII.GetBytes("41>"), new DictionaryToken(new Dictionary<NameToken, IToken>()), provider, 0));
    }

    [Fact]
    public void Decode_OutputUnderTheBudget_IsPdfPigs()
    {
        var provider = new BudgetedFilterProvider("x.pdf", 1024, CancellationToken.None);
        var filter = provider.GetNamedFilters([NameToken.AsciiHexDecode]).Single();

        var output = filter.Decode(Encoding.ASCII.GetBytes("414243>"), new DictionaryToken(new Dictionary<NameToken, IToken>()), provider, 0);

        Assert.Equal("ABC", Encoding.ASCII.GetString(output.Span));
        Assert.Null(provider.Refusal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5000)]
    [InlineData(300_000)]
    public void Lzw_CountedSize_EqualsPdfPigsOutput(int seed)
    {
        // Text with repeats, LZW-encoded the PDF way; the counter and PdfPig's decoder must agree to the byte.
        var random = new Random(seed);
        var text = new byte[Math.Max(1, seed)];
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = (byte)"政府信息公开 0123456789abc"[random.Next(20)];
        }

        var encoded = LzwEncode(text);
        var decoded = new LzwFilter().Decode(encoded, new DictionaryToken(new Dictionary<NameToken, IToken>()), DefaultFilterProvider.Instance, 0);

        Assert.Equal(text.Length, decoded.Length);
        Assert.Equal(decoded.Length, DecodedSize.Lzw(encoded, earlyChange: 1, long.MaxValue));
    }

    [Fact]
    public void RunLengthAndAscii85_CountedSizes_EqualPdfPigsOutput()
    {
        byte[] runLength = [2, (byte)'a', (byte)'b', (byte)'c', 253, (byte)'z', 128];
        var ascii85 = Encoding.ASCII.GetBytes("87cURz@<H~>");
        var empty = new DictionaryToken(new Dictionary<NameToken, IToken>());

        Assert.Equal(new RunLengthFilter().Decode(runLength, empty, DefaultFilterProvider.Instance, 0).Length, DecodedSize.RunLength(runLength));
        Assert.Equal(new Ascii85Filter().Decode(ascii85, empty, DefaultFilterProvider.Instance, 0).Length, DecodedSize.Ascii85(ascii85));
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(output, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>A plain PDF LZW encoder (EarlyChange 1), as make_hostile.py's.</summary>
    private static byte[] LzwEncode(byte[] data)
    {
        var output = new List<byte>();
        long bits = 0;
        var count = 0;
        void Emit(int code, int width)
        {
            bits = (bits << width) | (uint)code;
            count += width;
            while (count >= 8)
            {
                count -= 8;
                output.Add((byte)((bits >> count) & 0xFF));
            }

            bits &= (1L << count) - 1;
        }

        static int Width(int n) => n + 1 >= 2048 ? 12 : n + 1 >= 1024 ? 11 : n + 1 >= 512 ? 10 : 9;

        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        void Reset()
        {
            table.Clear();
            for (var i = 0; i < 256; i++)
            {
                table[((char)i).ToString()] = i;
            }
        }

        Reset();
        int next = 258, decoderNext = 258;
        var first = true;
        Emit(256, 9);
        var w = string.Empty;
        foreach (var b in data)
        {
            var wk = w + (char)b;
            if (table.ContainsKey(wk))
            {
                w = wk;
                continue;
            }

            Emit(table[w], Width(decoderNext));
            decoderNext += first ? 0 : 1;
            first = false;
            table[wk] = next++;
            w = ((char)b).ToString();
            if (next == 4095)
            {
                Emit(256, Width(decoderNext));
                Reset();
                next = decoderNext = 258;
                first = true;
            }
        }

        if (w.Length > 0)
        {
            Emit(table[w], Width(decoderNext));
            decoderNext += first ? 0 : 1;
        }

        Emit(257, Width(decoderNext));
        if (count > 0)
        {
            output.Add((byte)((bits << (8 - count)) & 0xFF));
        }

        return [.. output];
    }
}
