using Extractor.Output.Tests.Builders;
using Xunit.Abstractions;

namespace Extractor.Output.Tests.Consumers;

/// <summary>The checks every CSV consumer passes: every table, every column of its declared type, every value as in Parquet.</summary>
public static class ConsumerAssert
{
    /// <param name="tool">The tool, for messages.</param>
    /// <param name="datasets">The datasets the tool read.</param>
    /// <param name="tables">What the tool loaded, per table.</param>
    /// <param name="typeNames">The tool's type for each Table Schema type.</param>
    /// <param name="output">Where to log what was checked.</param>
    public static void SameTables(
        string tool,
        ConsumerDatasets datasets,
        Dictionary<string, (Dictionary<string, string> Types, List<string?[]> Rows)> tables,
        IReadOnlyDictionary<string, string> typeNames,
        ITestOutputHelper output)
    {
        Assert.NotEmpty(datasets.CsvResources);
        Assert.Equal(datasets.CsvResources.Select(r => r.Name), tables.Keys);
        using var db = new DuckDb();
        foreach (var resource in datasets.CsvResources)
        {
            var (types, rows) = tables[resource.Name];
            Assert.Equal(resource.Fields.Select(f => $"{f.Name}: {typeNames[f.Type]}"), resource.Fields.Select(f => $"{f.Name}: {types[f.Name]}"));
            CanonicalTables.AssertSameRows(tool, resource, CanonicalTables.FromParquet(db, datasets.Single, resource.Name), rows, csvText: true);
            output.WriteLine($"{tool}: {resource.Name}: {rows.Count} rows, {resource.Fields.Count} columns as declared");
        }

        Assert.Contains(tables["reports"].Rows, r => r.Any(v => v is not null && v.Any(c => c >= '\u4e00' && c <= '\u9fff')));
    }
}
