using Extractor.Pdf.Ocr;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>
/// When the closer look's digits reading takes the place of the reading so far. A 300-dpi page enlarged 2× (600) reads
/// digits some 90 px high, too large for the engine: on the clean county scan a 6 first read at 80 was read as 0 at 89
/// and replaced it. Above 500 a different number never replaces the one read before; 150 dpi × 3 (450) is below it.
/// </summary>
public class CloserLookReplaceTests
{
    [Theory]
    [InlineData("6", 80, 89, 600, false)] // 300 dpi enlarged 2×: only another reading
    [InlineData("6", 80, 89, 450, true)] // 150 dpi enlarged 3×: a surer reading replaces
    [InlineData("6", 80, 89, 300, true)] // at a scale the engine reads well the surer reading replaces
    [InlineData("6", 89, 80, 300, false)] // never by a less sure one
    [InlineData("曙", 10, 95, 600, true)] // a lone 2 misread as a Chinese character
    [InlineData("]114", 60, 40, 600, true)] // no Chinese in it: the identities decide
    [InlineData("2.重复申请", 10, 99, 450, false)] // a label keeps its text
    public void Replaces_ANumberIsReplacedOnlyBySurerDigitsReadAtAScaleTheEngineReadsWell(string text, double sure, double againSure, double readDpi, bool replaces) =>
        Assert.Equal(replaces, OcrPageReader.Replaces(text, sure, againSure, readDpi));
}
