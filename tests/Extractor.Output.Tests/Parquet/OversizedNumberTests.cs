using Extractor.Core.Json;
using Extractor.Core.Records;
using Extractor.Output.Parquet;
using Extractor.Output.Tables;
using Extractor.Output.Tests.Builders;
using Extractor.Testing;

namespace Extractor.Output.Tests.Parquet;

/// <summary>
/// A number no DECIMAL(28,8) can hold never fails a write: the contract's bound makes it text (or drops the statement)
/// with an EX310 diagnostic before any table is written, and the Parquet writer itself refuses what still gets past.
/// </summary>
public sealed class OversizedNumberTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "extractor-oversized-tests", Guid.NewGuid().ToString("N"));

    public OversizedNumberTests()
    {
        Directory.CreateDirectory(_root);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task WriteAsync_StatementCellLegacyAndCheckPastTheBound_WritesEverythingWithDiagnostics()
    {
        // The fuzz finding (seed 20261130, mutant 2907): a narrative statement of 999999999999999999922 failed the whole
        // write with NotSupportedException "decimal data buffer does not fit into 12 bytes".
        const decimal Huge = 999999999999999999922m;
        var report = new ReportBuilder()
            .WithNumber("applications", "new_received", "natural_person", Huge)
            .WithCheck(new CheckResult("T3-SUM", "total", CheckOutcome.Fail, Severity.Error, Huge, 3, "sum", [], []))
            .Build() with
        {
            Statements = [new NarrativeStatementRecord("other", Huge, "件", "overall", "共999999999999999999922件", "共999999999999999999922件。", "sections/overall, sentence 1")],
            LegacyIndicators = [new LegacyIndicator("other", "文件数", "条", CellKind.Number, Huge, CellKind.Number, 5, "999999999999999999922 5", null, [], "table 1")],
        };
        var folder = Path.Combine(_root, "out");

        await new DatasetWriter().WriteAsync([report], folder);

        var diagnostics = await File.ReadAllTextAsync(Path.Combine(folder, "diagnostics.csv"));
        Assert.Equal(4, diagnostics.Split('\n').Count(static l => l.Contains(DiagnosticCodes.NumberOutOfRange, StringComparison.Ordinal)));
        var cells = await File.ReadAllLinesAsync(Path.Combine(folder, "cells.csv"));
        Assert.Contains(cells, static l => l.Contains("new_received", StringComparison.Ordinal) && l.Contains("natural_person", StringComparison.Ordinal) && l.Contains(",text,", StringComparison.Ordinal));
        Assert.Single(await File.ReadAllLinesAsync(Path.Combine(folder, "statements.csv")));
        Assert.True(File.Exists(Path.Combine(folder, "statements.parquet")));
    }

    [Fact]
    public async Task WriteAsync_FuzzReportWithAStatementPastTheBound_Writes()
    {
        // The report the fuzzer saved (seed 20261130, mutant 2907) when the write threw.
        var json = await File.ReadAllTextAsync(TestPaths.Fixture("fuzz", "datasets", "statement-past-the-bound.json"));
        var report = ReportJsonReader.Read(json);
        Assert.Contains(report.Statements, static s => s.Value == 999999999999999999922m);
        var folder = Path.Combine(_root, "fuzz");

        await new DatasetWriter().WriteAsync([report], folder);

        Assert.Contains(DiagnosticCodes.NumberOutOfRange, await File.ReadAllTextAsync(Path.Combine(folder, "diagnostics.csv")), StringComparison.Ordinal);
        // The header and every statement but the oversized one.
        Assert.Equal(report.Statements.Count, (await File.ReadAllLinesAsync(Path.Combine(folder, "statements.csv"))).Length);
    }

    [Fact]
    public void Bound_ReportWithinTheBound_IsTheSameInstance()
    {
        var report = new ReportBuilder().Build();

        Assert.Same(report, ContractNumbers.Bound(report));
    }

    [Fact]
    public async Task ParquetWriter_ValuePastTheColumnPrecision_IsNullAndReported()
    {
        var columns = new[] { DatasetColumn<decimal>.OfDecimal(new ColumnInfo("value", ColumnType.Decimal, "test"), static v => v) };
        var refused = new List<(string Column, decimal Value)>();
        var path = Path.Combine(_root, "t.parquet");

        await using (var writer = await ParquetTableWriter<decimal>.CreateAsync(path, columns, 100, 1 << 20, CancellationToken.None, (c, v) => refused.Add((c, v))))
        {
            await writer.WriteAsync(1.5m, CancellationToken.None);
            await writer.WriteAsync(999999999999999999999999m, CancellationToken.None);
            await writer.WriteAsync(0.123456789m, CancellationToken.None);
            await writer.CompleteAsync(CancellationToken.None);
        }

        Assert.Equal([("value", 999999999999999999999999m), ("value", 0.123456789m)], refused);
        Assert.True(new FileInfo(path).Length > 0);
    }
}
