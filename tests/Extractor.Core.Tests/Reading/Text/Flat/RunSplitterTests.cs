using Extractor.Core.Reading.Text.Flat;

namespace Extractor.Core.Tests.Reading.Text.Flat;

public sealed class RunSplitterTests
{
    private static readonly ColumnKind[] s_applicants = Enumerable.Repeat(ColumnKind.Count, 7).ToArray();

    [Fact]
    public void Split_GluedDigits_EveryCutWithoutLeadingZeros()
    {
        var result = RunSplitter.Split("350", [ColumnKind.Count, ColumnKind.Count]);

        Assert.False(result.Capped);
        Assert.Equal(["3|50", "35|0"], Render(result));
    }

    [Fact]
    public void Split_RunOfThousandsOfDigits_EndsWithoutSplitsInsteadOfExhaustingTheSearch()
    {
        // A fuzzed flat text glued 3,000 digits into one row: every cell grew to the end of the run, so the search
        // spent its whole step budget (and 30 s a document). No published number has more than 15 whole digits.
        var result = RunSplitter.Split(new string('5', 3000), s_applicants);

        Assert.False(result.Capped);
        Assert.Empty(result.Splits);
    }

    [Fact]
    public void Split_CellLength_FifteenWholeDigitsFitSixteenDoNot()
    {
        Assert.Equal(["123456789012345"], Render(RunSplitter.Split("123456789012345", [ColumnKind.Count])));
        Assert.Empty(RunSplitter.Split("1234567890123456", [ColumnKind.Count]).Splits);
    }

    [Fact]
    public void Split_Zeros_OnlyLoneZeros()
    {
        var result = RunSplitter.Split("0000000", s_applicants);

        Assert.Equal(["0|0|0|0|0|0|0"], Render(result));
    }

    [Fact]
    public void Split_SeventhRowOfGluedApplicants_FindsBothRowValidReadings()
    {
        // The Pingtan 2021 row （一）予以公开 270020130: two of its splits add up (27,0,0,2,0,1,30 and 2,7,0,0,20,1,30).
        var result = RunSplitter.Split("270020130", s_applicants);
        var valid = result.Splits.Where(FlatRowChecks.ApplicantTotalHolds).Select(static s => string.Join("|", s)).ToList();

        Assert.Equal(["2|7|0|0|20|1|30", "27|0|0|2|0|1|30"], valid);
    }

    [Fact]
    public void Split_StraySpace_IsForcedCut()
    {
        var result = RunSplitter.Split("500000 5", s_applicants);

        Assert.Equal(["5|0|0|0|0|0|5"], Render(result));
    }

    [Fact]
    public void Split_MinusSign_StartsCellOnlyInChangeColumn()
    {
        var change = RunSplitter.Split("2648-18538", [ColumnKind.Count, ColumnKind.Change, ColumnKind.Count]);
        var counts = RunSplitter.Split("2648-18538", [ColumnKind.Count, ColumnKind.Count, ColumnKind.Count]);

        Assert.Equal(["2648|-1|8538", "2648|-18|538", "2648|-185|38", "2648|-1853|8"], Render(change));
        Assert.Empty(counts.Splits);
    }

    [Fact]
    public void Split_DecimalPoint_OnlyInsideAmountCell()
    {
        var amount = RunSplitter.Split("24252.311082", [ColumnKind.Amount]);
        var count = RunSplitter.Split("24252.311082", [ColumnKind.Count]);
        var procurement = RunSplitter.Split("135.5", [ColumnKind.Count, ColumnKind.Amount]);

        Assert.Equal(["24252.311082"], Render(amount));
        Assert.Empty(count.Splits);
        Assert.Equal(["1|35.5", "13|5.5"], Render(procurement));
    }

    [Fact]
    public void Split_TooFewDigits_NoSplit()
    {
        var result = RunSplitter.Split("123", s_applicants);

        Assert.Empty(result.Splits);
        Assert.False(result.Capped);
    }

    [Fact]
    public void Split_LongRun_StopsAtCapAndSaysSo()
    {
        var result = RunSplitter.Split(new string('1', 40), Enumerable.Repeat(ColumnKind.Count, 15).ToArray(), cap: 100);

        Assert.True(result.Capped);
        Assert.Equal(100, result.Splits.Count);
    }

    private static List<string> Render(RunSplitResult result) => result.Splits.Select(static s => string.Join("|", s)).ToList();
}
