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

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] PdfWithStream(byte[] data, string filter) =>
        [.. Encoding.ASCII.GetBytes($"%PDF-1.4\n4 0 obj\n<< /Length {data.Length} /Filter {filter} >>\nstream\n"), .. data, .. "\nendstream\nendobj\n"u8];
}
