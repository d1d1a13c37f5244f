using Extractor.Benchmarks.Fuzzing;
using Extractor.Core.Checks;
using Extractor.Core.Json;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Output;
using Extractor.Testing;
using Extractor.Worker.Cli;

namespace Extractor.Corpus.Tests.Fuzzing;

/// <summary>
/// Every crasher the fuzzer found (fixtures/fuzz) and every hostile input of issue #11 (fixtures/hostile) goes
/// through the whole pipeline to a result, and a short fuzz run with a fixed seed finds nothing.
/// </summary>
public class FuzzRegressionTests
{
    public static TheoryData<string> Crashers()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "fuzz", "hostile" })
        {
            foreach (var file in Directory.GetFiles(TestPaths.Fixture(folder)).Where(static f => !f.EndsWith(".py", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                data.Add(Path.Combine(folder, Path.GetFileName(file)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Crashers))]
    public async Task Parse_Crasher_EndsWithAResultAndWritesDatasets(string name)
    {
        var path = TestPaths.Fixture(name);

        var report = Readers.CreateParser().Parse(new SourceDocument(path, File.ReadAllBytes(path)));

        Assert.DoesNotContain(report.Diagnostics, static d => d.Code == DiagnosticCodes.InternalError);
        if (report.Status == ReportStatus.Failed)
        {
            Assert.Contains(report.Diagnostics, static d => d.Severity == Severity.Error && d.Message.Length > 0);
        }

        var json = ReportJsonWriter.ToJson(report);
        Assert.Equal(json, ReportJsonWriter.ToJson(ReportJsonReader.Read(json)));
        var folder = Path.Combine(Path.GetTempPath(), "extractor-fuzz-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            await new DatasetWriter().WriteAsync(ReportChecker.CheckAcross([report]), folder);
            Assert.True(File.Exists(Path.Combine(folder, "cells.parquet")));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Run_FixedSeedThreeHundredMutants_FindsNothing()
    {
        var run = new FuzzRun(new FuzzOptions
        {
            Seed = 11,
            Count = 300,
            // Far above any mutant's time, so that a loaded machine cannot turn slowness into a finding.
            Timeout = TimeSpan.FromMinutes(10),
            MemoryLine = null,
            Inputs = FuzzRun.FixtureInputs(TestPaths.Fixtures),
        });

        await run.RunAsync();

        Assert.Equal(300, run.Mutants);
        Assert.Empty(run.Findings.Select(static f => $"{f.Kind} #{f.Index} {f.Input} {f.Mutation}: {f.Detail}"));
    }
}
