using Extractor.Output;
using Extractor.Testing;
using Extractor.Worker.Cli;

namespace Extractor.Worker.Tests.Cli;

public sealed class DatasetArgumentsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("extractor-dataset-args-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TryExtract_PartitionByYearAndNoWorkbook_OptionsSetOtherArgumentsKept()
    {
        Assert.True(DatasetArguments.TryExtract(["--out", "d", "--partition-by", "YEAR", "a.txt", "--no-workbook"], out var rest, out var options, out _));

        Assert.Equal(["--out", "d", "a.txt"], rest);
        Assert.Equal(DatasetPartitioning.Year, options.PartitionBy);
        Assert.False(options.WriteWorkbook);
    }

    [Theory]
    [InlineData("--partition-by")]
    [InlineData("--partition-by month")]
    [InlineData("--partition-by 1")]
    public void TryExtract_BadPartitioning_Error(string commandLine)
    {
        Assert.False(DatasetArguments.TryExtract(commandLine.Split(' '), out _, out _, out var error));
        Assert.Contains("--partition-by", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseCommand_OutPartitionedByYear_HiveFoldersAndCsv()
    {
        var output = Path.Combine(_folder, "out");

        var exit = await ParseCommand.RunAsync(["--out", output, "--partition-by", "year", TestPaths.Fixture("text", "101_pipe-cells-2021.txt")], Stream.Null, TextWriter.Null, CancellationToken.None);

        Assert.Equal(CommandLine.ExitOk, exit);
        Assert.True(File.Exists(Path.Combine(output, "cells.csv")));
        Assert.True(File.Exists(Path.Combine(output, "datasets.xlsx")));
        Assert.Single(Directory.GetFiles(Path.Combine(output, "cells"), "cells.parquet", SearchOption.AllDirectories));
        Assert.Matches(@"year=\d{4}$", Directory.GetDirectories(Path.Combine(output, "cells")).Single());
    }
}
