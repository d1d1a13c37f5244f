using System.IO.Compression;
using System.Text;
using Extractor.Core.Reading;
using Extractor.Pdf.Limits;
using Extractor.Testing;

namespace Extractor.Pdf.Tests.Limits;

public class StreamBudgetTests
{
    [Fact]
    public void Read_DoubleDeflatedGigabytesOfZeros_IsRefusedWithTheStreamLimit()
    {
        // 7 KB on disk, 4 GB once inflated twice (fixtures/hostile/make_hostile.py).
        var path = TestPaths.Fixture("hostile", "pdf-flate-bomb.pdf");
        var before = GC.GetAllocatedBytesForCurrentThread();

        var ex = Assert.Throws<DocumentReadException>(() => new PdfReportReader().Read(new SourceDocument(path, File.ReadAllBytes(path))));

        Assert.Contains("expands past the 128 MB limit for one PDF stream (2 Flate layer(s)", ex.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64L * 1024 * 1024, "the stream was counted, not expanded in memory");
    }

    [Fact]
    public void Check_StreamUnderTheLimit_Passes()
    {
        var pdf = PdfWithStream(Deflate(new byte[1024 * 1024]), "/FlateDecode");

        StreamBudget.Check("small.pdf", pdf, 2 * 1024 * 1024);
    }

    [Fact]
    public void Check_StreamOverAGivenLimit_Throws()
    {
        var pdf = PdfWithStream(Deflate(new byte[3 * 1024 * 1024]), "/FlateDecode");

        Assert.Throws<DocumentReadException>(() => StreamBudget.Check("big.pdf", pdf, 2 * 1024 * 1024));
    }

    [Theory]
    [InlineData(CompressionLevel.SmallestSize)]
    [InlineData(CompressionLevel.Fastest)]
    public void MaxExpansion_OfZerosDeflatedOnceAndTwice_BoundsWhatTheyInflateTo(CompressionLevel level)
    {
        // Zeros are deflate's best case: the bound that lets the scan skip short streams must hold even for them.
        var zeros = new byte[16 * 1024 * 1024];
        var once = Deflate(zeros, level);
        var twice = Deflate(once, level);

        Assert.InRange(zeros.LongLength, once.Length, StreamBudget.MaxExpansion(once.Length, 1));
        Assert.InRange(zeros.LongLength, twice.Length, StreamBudget.MaxExpansion(twice.Length, 2));
        Assert.Equal(long.MaxValue, StreamBudget.MaxExpansion(long.MaxValue / 2, 1));
    }

    [Fact]
    public void Check_StreamTooShortToReachTheLimit_IsNotInflated()
    {
        // 1 MB that does not compress: its bound (about 1 GB) is under a 2 GB limit, so the scan skips it without a copy.
        var noise = new byte[1024 * 1024];
        new Random(7).NextBytes(noise);
        var pdf = PdfWithStream(Deflate(noise), "/FlateDecode");
        var before = GC.GetAllocatedBytesForCurrentThread();

        StreamBudget.Check("noise.pdf", pdf, 2L * 1024 * 1024 * 1024);

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < noise.Length / 2, "the stream was skipped by its length, not copied and inflated");
    }

    [Theory]
    [InlineData("1 0 obj << /Length 5 /Filter /FlateDecode >>", 1)]
    [InlineData("1 0 obj << /Filter [/FlateDecode /FlateDecode] /Length 5 >>", 2)]
    [InlineData("1 0 obj << /Filter [/ASCII85Decode /FlateDecode] >>", 0)]
    [InlineData("1 0 obj << /Filter 7 0 R >>", 0)]
    [InlineData("1 0 obj << /Length 5 >>", 0)]
    [InlineData("<< /Filter /FlateDecode >> endobj 2 0 obj << /Length 5 >>", 0)]
    public void FlateLayers_FilterEntry_CountsOnlyPureFlateChains(string dictionary, int layers) =>
        Assert.Equal(layers, StreamBudget.FlateLayers(Encoding.ASCII.GetBytes(dictionary)));

    [Fact]
    public void Read_FixturePdfs_PassTheBudget()
    {
        var files = Directory.GetFiles(TestPaths.Fixture("pdf"), "*.pdf").Where(static f => !f.Contains("encrypted", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, static f => StreamBudget.Check(f, File.ReadAllBytes(f), StreamBudget.DefaultMaxStreamBytes));
    }

    private static byte[] Deflate(byte[] data, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, level, leaveOpen: true))
        {
            z.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] PdfWithStream(byte[] data, string filter) =>
        [.. Encoding.ASCII.GetBytes($"%PDF-1.4\n4 0 obj\n<< /Length {data.Length} /Filter {filter} >>\nstream\n"), .. data, .. "\nendstream\nendobj\n"u8];
}
