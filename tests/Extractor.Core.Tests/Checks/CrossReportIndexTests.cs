using System.Runtime.CompilerServices;
using Extractor.Core.Checks;
using Extractor.Core.Json;
using Extractor.Core.Records;

namespace Extractor.Core.Tests.Checks;

/// <summary>
/// The cross-report index keeps memory flat in the number of reports: no report object stays reachable from it, and
/// what it holds per report is a few bytes; its results are still those of the in-memory <see cref="ReportChecker.CheckAcross"/>.
/// </summary>
public sealed class CrossReportIndexTests
{
    private const int Agencies = 500;

    [Fact]
    public void Add_ThousandsOfPairableReports_HoldsNoReportAndAtMost200BytesEach()
    {
        var folder = Directory.CreateTempSubdirectory("xref-test-").FullName;
        try
        {
            using var index = new CrossReportIndex(folder);
            var alive = AddReports(index);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            Assert.Equal(2 * Agencies, index.Count);
            Assert.NotEmpty(alive);
            Assert.All(alive, static w => Assert.False(w.IsAlive, "a report or its cells stayed reachable from the index"));
            // Every report here is the only one of its agency-year, the costliest case (measured 138 bytes each with the
            // agency's name kept, 59 with its hash): the report itself is several kilobytes, so holding any of it would
            // break the bound at once.
            Assert.InRange(index.InMemoryBytes, 1, 80L * index.Count);

            // What the rules read went to disk instead: at least a cell line per report.
            Assert.True(index.SpilledBytes > 1000L * index.Count, $"spilled {index.SpilledBytes} bytes");
            Assert.Equal(7, index.ChecksFor(1).Count(static c => c.Rule == "X-CARRY"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ChecksForAndApply_PairsAcrossAgenciesAndYears_EqualCheckAcross(bool everyHashCollides)
    {
        // With every agency-year under one hash, only the check of the agency and year read back keeps the pairs apart.
        List<ReportResult> reports =
        [
            Year(2021, "甲县", "test://a-2021", "1 0 0 0 0 0 1"),
            Year(2020, "乙县", "test://b-2020", "3 0 0 0 0 0 3"),
            Year(2020, "甲县", "test://a-2020-z", "1 0 0 0 0 0 1"),
            Year(2020, "甲县", "test://a-2020-a", "2 0 0 0 0 0 2"),
            Year(2021, "乙县", "test://b-2021", "3 0 0 0 0 0 3") with { Status = ReportStatus.Failed },
            Year(2021, "丙县", "test://c-2021", "0 0 0 0 0 0 0"),
            Year(2021, "甲县", "test://a-2021-copy", "2 0 0 0 0 0 2") with { AgencySimplified = null },
        ];
        var expected = ReportChecker.CheckAcross(reports).Select(ReportJsonWriter.ToJson).ToList();

        using var index = everyHashCollides ? new CrossReportIndex(null, static (_, _) => 42) : new CrossReportIndex();
        foreach (var report in reports)
        {
            index.Add(report);
        }

        // Any order of positions, and ChecksFor before Apply as the publisher calls them.
        var actual = new string[reports.Count];
        foreach (var position in new[] { 6, 0, 3, 1, 5, 2, 4 })
        {
            Assert.Equal(index.ChecksFor(position).Count, index.Apply(position, reports[position]).Checks.Count(static c => c.Rule.StartsWith("X-", StringComparison.Ordinal)));
            actual[position] = ReportJsonWriter.ToJson(index.Apply(position, reports[position]));
        }

        Assert.Equal(expected, actual);
        Assert.Equal(14, index.ChecksFor(0).Count);
        Assert.Throws<InvalidOperationException>(() => index.Add(reports[0]));
        Assert.Throws<InvalidOperationException>(() => index.ChecksFor(reports.Count));
    }

    [Fact]
    public void Dispose_LeavesNoTemporaryFile()
    {
        var folder = Directory.CreateTempSubdirectory("xref-test-").FullName;
        try
        {
            var index = new CrossReportIndex(folder);
            index.Add(Year(2020, "甲县", "test://a", "1 0 0 0 0 0 1"));
            index.Dispose();

            Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
            Assert.Throws<ObjectDisposedException>(() => index.ChecksFor(0));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ReportResult Year(int year, string agency, string uri, string carried)
    {
        var builder = year >= 2021 ? ReportBuilder.V2021(year) : ReportBuilder.V2019(year);
        return builder.Uri(uri).Agency(agency, agency)
            .Rows("applications", $"{(year >= 2021 ? "carried_over" : "carried_forward")} {carried}")
            .Build();
    }

    // Built and added in a frame of their own, so that only the index could keep them alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<WeakReference> AddReports(CrossReportIndex index)
    {
        var alive = new List<WeakReference>();
        for (var i = 0; i < Agencies; i++)
        {
            foreach (var year in new[] { 2020, 2021 })
            {
                var report = Year(year, $"第{i}县", $"test://{i}/{year}", "1 0 0 0 0 0 1");
                index.Add(report);
                alive.Add(new WeakReference(report));
                alive.Add(new WeakReference(report.Cells));
            }
        }

        return alive;
    }
}
