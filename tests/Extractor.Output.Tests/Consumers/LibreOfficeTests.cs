using Extractor.Output.Tests.Builders;
using Xunit.Abstractions;

namespace Extractor.Output.Tests.Consumers;

/// <summary>
/// LibreOffice headless converts datasets.xlsx to one CSV per sheet: the keys and Chinese labels head each sheet and
/// every value, Chinese text and numbers included, is the Parquet value.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class LibreOfficeTests(ConsumerDatasets datasets, ITestOutputHelper output)
{
    // CSV export options: comma, double quote, UTF-8 (76), from line 1, raw values rather than as shown (token 9), every
    // sheet to its own file (token 12 = -1, LibreOffice 7.2 and later).
    private const string CsvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    [ToolFact(nameof(ExternalTool.LibreOffice))]
    public void ConvertToCsv_EverySheet_KeysLabelsAndParquetValues()
    {
        var folder = datasets.Scratch("libreoffice");
        var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
        ExternalTool.LibreOffice.Run($"-env:UserInstallation={profile}", "--headless", "--convert-to", CsvFilter, "--outdir", folder, Path.Combine(datasets.Single, "datasets.xlsx"));

        using var db = new DuckDb();
        Assert.NotEmpty(datasets.CsvResources);
        foreach (var resource in datasets.CsvResources)
        {
            var csv = Path.Combine(folder, $"datasets-{resource.Name}.csv");
            Assert.True(File.Exists(csv), $"LibreOffice wrote no sheet {resource.Name}: {string.Join(", ", Directory.GetFiles(folder).Select(Path.GetFileName))}");
            var rows = db.Query($"SELECT * FROM read_csv({DuckDb.Literal(csv)}, header = false, all_varchar = true, columns = {Columns(resource.Fields.Count)}, quote = '\"', escape = '\"', delim = ',', new_line = '\\n')")
                .Select(r => r.Select(v => (string?)v).ToArray())
                .ToList();
            Assert.True(rows.Count >= 2, $"{resource.Name}: {rows.Count} rows");
            Assert.Equal(resource.Fields.Select(f => f.Name), rows[0]);
            Assert.Contains(rows[1], label => label is not null && label.Any(c => c >= '\u4e00' && c <= '\u9fff'));
            CanonicalTables.AssertSameRows("LibreOffice", resource, CanonicalTables.FromParquet(db, datasets.Single, resource.Name), rows[2..], csvText: false);
            output.WriteLine($"LibreOffice: {resource.Name}: {rows.Count - 2} rows");
        }

        var readme = File.ReadAllText(Path.Combine(folder, "datasets-README.csv"));
        Assert.Contains("cells.kind", readme, StringComparison.Ordinal);
        Assert.Contains("checks.outcome", readme, StringComparison.Ordinal);
        Assert.Contains("reports.status", readme, StringComparison.Ordinal);
    }

    private static string Columns(int count) =>
        "{" + string.Join(", ", Enumerable.Range(0, count).Select(i => $"'c{i}': 'VARCHAR'")) + "}";
}
