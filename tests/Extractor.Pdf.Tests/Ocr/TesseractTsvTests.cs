using Extractor.Pdf.Ocr;

namespace Extractor.Pdf.Tests.Ocr;

public class TesseractTsvTests
{
    [Fact]
    public void ParseTsv_WordRows_KeepBoxConfidenceAndLine()
    {
        const string tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
            + "4\t1\t1\t1\t1\t0\t10\t20\t300\t40\t-1\t\n"
            + "5\t1\t1\t1\t1\t1\t10\t20\t60\t40\t96.5\t总计\n"
            + "5\t1\t1\t1\t2\t1\t10\t80\t30\t40\t41.0\t114\n"
            + "5\t1\t1\t1\t2\t2\t50\t80\t30\t40\t-1\t \n";

        var words = TesseractEngine.ParseTsv(tsv);

        Assert.Equal(2, words.Count);
        Assert.Equal(new OcrWord("总计", 10, 20, 60, 40, 96.5, 1_001_001), words[0]);
        Assert.Equal("114", words[1].Text);
        Assert.Equal(41.0, words[1].Confidence);
        Assert.NotEqual(words[0].Line, words[1].Line);
    }
}
