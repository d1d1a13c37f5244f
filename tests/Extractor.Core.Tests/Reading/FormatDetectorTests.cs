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
    public void Detect_ArticleBodyWithLongNarrativeBeforeTheTable_IsHtmlWhateverItsName()
    {
        // CMS APIs store only the article body: paragraphs, then tables, several KB in; no <html>, <head> or <body>.
        var narrative = string.Concat(Enumerable.Repeat("<p style=\"text-indent:2em\"><span>本机关坚持以公开为常态、不公开为例外。</span></p>\n", 200));
        var fragment = Encoding.UTF8.GetBytes(narrative + "<table><tr><td>规章</td><td>1</td></tr></table>");

        Assert.True(fragment.Length > 8192);
        Assert.Equal(DocumentFormat.Html, FormatDetector.Detect(fragment, "body.txt"));
        Assert.Equal(DocumentFormat.Html, FormatDetector.Detect(fragment, null));
    }

    [Theory]
    [InlineData("一、总体情况\n<p>本局全年主动公开信息12条。", "page.shtml", DocumentFormat.Html)]
    [InlineData("一、总体情况\n<p>本局全年主动公开信息12条。", "page.txt", DocumentFormat.Text)]
    [InlineData("| 规章 | 1 | 0 | 3 |\n|---|---|---|---|\n收到 <5 件, a<b, 1 < 2", "page.md", DocumentFormat.Text)]
    public void Detect_FewTags_NeedTheHtmlNameToBeHtml(string content, string name, DocumentFormat expected) =>
        Assert.Equal(expected, FormatDetector.Detect(Encoding.UTF8.GetBytes(content), name));

    [Fact]
    public void Detect_Ole2CompoundFile_IsLegacyOfficeWhateverItsName()
    {
        byte[] doc = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0];

        Assert.Equal(DocumentFormat.LegacyOffice, FormatDetector.Detect(doc, "report.docx"));
        Assert.Equal("doc", FormatDetector.Name(DocumentFormat.LegacyOffice));
    }

    [Fact]
    public void Detect_Ole2WithEncryptedPackageStream_IsDocxForTheReaderToRefuse()
    {
        byte[] encrypted = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600], .. Encoding.Unicode.GetBytes("EncryptedPackage"), 0, 0];

        Assert.Equal(DocumentFormat.Docx, FormatDetector.Detect(encrypted, "report.doc"));
    }

    [Theory]
    [InlineData("x.doc", DocumentFormat.LegacyOffice)]
    [InlineData("x.WPS", DocumentFormat.LegacyOffice)]
    [InlineData("x.docx", DocumentFormat.Docx)]
    public void Detect_UnrecognisedBinary_FallsBackToTheName(string name, DocumentFormat expected) =>
        Assert.Equal(expected, FormatDetector.Detect(new byte[] { 0, 1, 2, 3, 0, 0, 7, 9 }, name));

    [Fact]
    public void Detect_BinaryWithoutMarkers_IsUnknown() =>
        Assert.Equal(DocumentFormat.Unknown, FormatDetector.Detect(new byte[] { 0, 1, 2, 3, 0, 0, 7, 9 }, "x.bin"));
}
