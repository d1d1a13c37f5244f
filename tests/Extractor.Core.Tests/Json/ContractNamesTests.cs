using Extractor.Core.Json;
using Extractor.Core.Records;

namespace Extractor.Core.Tests.Json;

public sealed class ContractNamesTests
{
    [Fact]
    public void EveryEnumValue_HasOneContractName_ThatReadsBack()
    {
        AssertComplete(ContractNames.Statuses);
        AssertComplete(ContractNames.CellKinds);
        AssertComplete(ContractNames.Outcomes);
        AssertComplete(ContractNames.Severities);
    }

    [Fact]
    public void Parse_UnknownName_Throws()
    {
        Assert.Throws<FormatException>(() => ContractNames.Statuses.Parse("parsd"));
        Assert.Throws<FormatException>(() => ContractNames.CellKinds.Parse("Number"));
    }

    [Fact]
    public void Read_UnknownStatusInStoredJson_ThrowsInsteadOfDefaulting()
    {
        var report = new ReportResult { Source = new ReportSource("a.txt", "00", "text"), Status = ReportStatus.Parsed, Template = "2021" };
        var json = ReportJsonWriter.ToJson(report).Replace("\"parsed\"", "\"done\"", StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => ReportJsonReader.Read(json));
    }

    private static void AssertComplete<T>(NameTable<T> table)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.Equal(v, table.Parse(table.Name(v))));
        Assert.Equal(values.Length, table.Entries.Select(static e => e.Name).Distinct(StringComparer.Ordinal).Count());
    }
}
