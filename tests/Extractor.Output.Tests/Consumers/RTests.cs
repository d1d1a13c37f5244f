using Xunit.Abstractions;

namespace Extractor.Output.Tests.Consumers;

/// <summary>R's read.csv and readr's read_csv load every CSV with the declared column classes and the same values, Chinese text intact.</summary>
[Collection(ConsumerCollection.Name)]
public sealed class RTests(ConsumerDatasets datasets, ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> s_classes = new(StringComparer.Ordinal)
    {
        ["string"] = "character",
        ["integer"] = "integer",
        ["number"] = "numeric",
        ["date"] = "Date",
        ["datetime"] = "POSIXct",
    };

    [ToolFact(nameof(ExternalTool.R))]
    public void ReadCsv_EveryTable_DeclaredClassesAndSameValues()
    {
        var tables = CanonicalTables.ParseScriptOutput(ExternalTool.R.Run(Script, datasets.WriteSpec(datasets.Single), "read.csv"));

        ConsumerAssert.SameTables("R read.csv", datasets, tables, s_classes, output);
    }

    [ToolFact(nameof(ExternalTool.Readr))]
    public void Readr_EveryTable_DeclaredClassesAndSameValues()
    {
        var tables = CanonicalTables.ParseScriptOutput(ExternalTool.Readr.Run(Script, datasets.WriteSpec(datasets.Single), "readr"));

        ConsumerAssert.SameTables("readr", datasets, tables, s_classes, output);
    }

    private static string Script => Path.Combine(AppContext.BaseDirectory, "Consumers", "Scripts", "load_r.R");
}
