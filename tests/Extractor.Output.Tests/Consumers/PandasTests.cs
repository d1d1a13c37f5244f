using Extractor.Output.Tests.Builders;
using Xunit.Abstractions;

namespace Extractor.Output.Tests.Consumers;

/// <summary>pandas (Debian's python3-pandas) loads every CSV with the declared types and the same values, Chinese text intact.</summary>
[Collection(ConsumerCollection.Name)]
public sealed class PandasTests(ConsumerDatasets datasets, ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> s_dtypes = new(StringComparer.Ordinal)
    {
        ["string"] = "string",
        ["integer"] = "Int64",
        ["number"] = "Float64",
        ["date"] = "datetime64[ns]",
        ["datetime"] = "datetime64[ns, UTC]",
    };

    [ToolFact(nameof(ExternalTool.Pandas))]
    public void ReadCsv_EveryTable_DeclaredTypesAndSameValues()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Consumers", "Scripts", "load_pandas.py");
        var tables = CanonicalTables.ParseScriptOutput(ExternalTool.Pandas.Run(script, datasets.WriteSpec(datasets.Single)));

        ConsumerAssert.SameTables("pandas", datasets, tables, s_dtypes, output);
    }
}
