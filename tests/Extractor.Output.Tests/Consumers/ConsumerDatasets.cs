using System.Text;
using System.Text.Json;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Reading.Text;
using Extractor.Core.Records;
using Extractor.Html;
using Extractor.Output.Tests.Builders;
using Extractor.Pdf;
using Extractor.Testing;

namespace Extractor.Output.Tests.Consumers;

/// <summary>
/// The datasets the consumer tests read, written once per test run: every report of the shared corpus (when
/// ../shared is present) plus the sample reports with their edge cases (formula-like text, negative and decimal
/// numbers, missing dates), once with the default single-file layout and once partitioned by year.
/// </summary>
public sealed class ConsumerDatasets : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "extractor-consumers", Guid.NewGuid().ToString("N"));

    public string Single => Path.Combine(_root, "single");

    public string Partitioned => Path.Combine(_root, "partitioned");

    /// <summary>The number of corpus reports included; 0 where ../shared/corpus is absent.</summary>
    public int CorpusReports { get; private set; }

    public IReadOnlyList<ReportResult> Reports { get; private set; } = [];

    /// <summary>The CSV resources of datapackage.json: name, file and each field with its declared Table Schema type.</summary>
    public IReadOnlyList<CsvResource> CsvResources { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var reports = new List<ReportResult>();
        if (TestPaths.Shared is { } shared && Directory.Exists(Path.Combine(shared, "corpus")))
        {
            var parser = new ExtractionPipeline([new TextReportReader(), new HtmlReportReader(), new PdfReportReader()]);
            reports.AddRange(Directory.GetFiles(Path.Combine(shared, "corpus"), "0*")
                .Order(StringComparer.Ordinal)
                .Select(p => parser.Parse(new SourceDocument(p, File.ReadAllBytes(p)))));
            CorpusReports = reports.Count;
        }

        reports.AddRange(SampleReports.Create());
        Reports = reports;
        await new DatasetWriter().WriteAsync(reports, Single);
        await new DatasetWriter(new DatasetWriterOptions { PartitionBy = DatasetPartitioning.Year }).WriteAsync(reports, Partitioned);

        using var package = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Single, "datapackage.json")));
        CsvResources =
        [
            .. package.RootElement.GetProperty("resources").EnumerateArray()
                .Where(r => r.GetProperty("format").GetString() == "csv")
                .Select(r => new CsvResource(
                    r.GetProperty("name").GetString()!,
                    r.GetProperty("path").GetString()!,
                    [.. r.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => (f.GetProperty("name").GetString()!, f.GetProperty("type").GetString()!))])),
        ];
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Writes the declared types as a tab-separated file (table, path, column, type) for the R and Python scripts, so
    /// they load each column as declared without a JSON library.
    /// </summary>
    public string WriteSpec(string directory)
    {
        var path = Path.Combine(_root, "spec.tsv");
        var lines = CsvResources.SelectMany(r => r.Fields.Select(f => $"{r.Name}\t{Path.Combine(directory, r.Path)}\t{f.Name}\t{f.Type}"));
        File.WriteAllText(path, "table\tpath\tcolumn\ttype\n" + string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return path;
    }

    /// <summary>Where a test may write what a tool produced.</summary>
    public string Scratch(string name)
    {
        var path = Path.Combine(_root, "scratch", name);
        Directory.CreateDirectory(path);
        return path;
    }
}
