using System.Text.Json;
using Extractor.Output.Tests.Builders;
using Xunit.Abstractions;

namespace Extractor.Output.Tests.Consumers;

/// <summary>The Frictionless reference implementation (npm `datapackage` 1.1.10) validates the package and casts every row of every CSV.</summary>
[Collection(ConsumerCollection.Name)]
public sealed class DataPackageJsTests(ConsumerDatasets datasets, ITestOutputHelper output)
{
    [ToolFact(nameof(ExternalTool.DataPackageJs))]
    public void Validate_CorpusDatasets_ValidAndEveryRowCastToTheSameValues()
    {
        AssertValidAndSame(datasets.Single);
    }

    [ToolFact(nameof(ExternalTool.DataPackageJs))]
    public void Validate_PartitionedDatasets_ValidAndEveryRowCastToTheSameValues()
    {
        AssertValidAndSame(datasets.Partitioned);
    }

    private void AssertValidAndSame(string directory)
    {
        output.WriteLine($"{datasets.CorpusReports} corpus reports + samples");
        var script = Path.Combine(AppContext.BaseDirectory, "Consumers", "Scripts", "validate_datapackage.js");
        var lines = ExternalTool.DataPackageJs.Run(script, Path.Combine(directory, "datapackage.json")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);

        using (var head = JsonDocument.Parse(lines[0]))
        {
            Assert.Empty(head.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
            Assert.True(head.RootElement.GetProperty("valid").GetBoolean());
        }

        foreach (var line in lines.Skip(1))
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("error", out var error))
            {
                Assert.Fail($"{json.RootElement.GetProperty("table").GetString()}: {error.GetString()}: {string.Join("; ", json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()))}");
            }
        }

        var tables = CanonicalTables.ParseScriptOutput(string.Join('\n', lines.Skip(1)));
        Assert.Equal(datasets.CsvResources.Select(r => r.Name), tables.Keys);
        using var db = new DuckDb();
        foreach (var resource in datasets.CsvResources)
        {
            var (types, rows) = tables[resource.Name];
            Assert.Equal(resource.Fields.Select(f => f.Type), resource.Fields.Select(f => types[f.Name]));
            CanonicalTables.AssertSameRows("datapackage-js", resource, CanonicalTables.FromParquet(db, datasets.Single, resource.Name), rows, csvText: true);
            output.WriteLine($"{resource.Name}: {rows.Count} rows cast");
        }
    }
}
