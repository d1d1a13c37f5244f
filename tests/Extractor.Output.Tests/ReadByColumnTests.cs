using System.Text;
using System.Text.Json;
using Extractor.Core.Records;
using Extractor.Output.Tests.Builders;

namespace Extractor.Output.Tests;

/// <summary>`reports.read_by` says which reports were read by OCR, the same in CSV, Parquet and datapackage.json.</summary>
public sealed class ReadByColumnTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "extractor-output-tests", Guid.NewGuid().ToString("N"));

    private string Out => Path.Combine(_root, "datasets");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task WriteAsync_OneScannedReport_ReadByOcrOnItsRowOnlyInEveryFormat()
    {
        var reports = SampleReports.Create().ToList();
        reports[0] = reports[0] with { Source = reports[0].Source with { ReadBy = ReportSource.ReadByOcr } };

        await new DatasetWriter().WriteAsync(reports, Out);

        var csv = File.ReadAllText(Path.Combine(Out, "reports.csv"), Encoding.UTF8).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var column = Array.IndexOf(csv[0].TrimStart('\uFEFF').Split(','), "read_by");
        Assert.True(column >= 0, "reports.csv has no read_by column: " + csv[0]);
        using var db = new DuckDb();
        var csvValues = db.Query($"SELECT report_id, read_by FROM read_csv({DuckDb.Literal(Path.Combine(Out, "reports.csv"))}, header = true, all_varchar = true) ORDER BY report_id");
        var parquetValues = db.Query($"SELECT report_id, read_by FROM read_parquet({DuckDb.Literal(Path.Combine(Out, "reports.parquet"))}) ORDER BY report_id");
        Assert.Equal(reports.Count, parquetValues.Count);
        Assert.Single(parquetValues, static r => (string?)r[1] == "ocr");
        Assert.Equal(reports.Count - 1, parquetValues.Count(static r => r[1] is null));
        Assert.Equal(parquetValues.Select(static r => (r[0], r[1])), csvValues.Select(static r => (r[0], r[1])));

        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "datapackage.json")));
        var fields = package.RootElement.GetProperty("resources").EnumerateArray()
            .Where(static r => r.GetProperty("name").GetString()!.StartsWith("reports", StringComparison.Ordinal))
            .Select(static r => r.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(static f => f.GetProperty("name").GetString()).ToList())
            .ToList();
        Assert.NotEmpty(fields);
        Assert.All(fields, static f => Assert.Contains("read_by", f));
    }
}
