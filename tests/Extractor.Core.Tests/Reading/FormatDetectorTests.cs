using System.Text;
using Extractor.Core.Reading;

namespace Extractor.Core.Tests.Reading;

public sealed class FormatDetectorTests
{
    [Theory]
    [InlineData("%PDF-1.7\n...", "report.html", DocumentFormat.Pdf)]
    [InlineData("<!DOCTYPE html><html><body>x</body></html>", "report.pdf", DocumentFormat.Html)]
    [InlineData("\n\n<HTML><BODY><TABLE><TR><TD>1</TD></TR></TABLE>", null, DocumentFormat.Html)]
    [InlineData("一、总体情况\n规章 |\n0 |", "page.htm", DocumentFormat.Text)]
    [InlineData("PK\u0003\u0004[Content_Types].xml", null, DocumentFormat.Docx)]
    public void Detect_Bytes_SniffsContentBeforeName(string content, string? name, DocumentFormat expected) =>
        Assert.Equal(expected, FormatDetector.Detect(Encoding.UTF8.GetBytes(content), name));

    [Fact]
    public void Detect_BinaryWithoutMarkers_IsUnknown() =>
        Assert.Equal(DocumentFormat.Unknown, FormatDetector.Detect(new byte[] { 0, 1, 2, 3, 0, 0, 7, 9 }, "x.bin"));
}
