using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Extractor.Core.Records;
using Extractor.Core.Templates;
using Extractor.Output;

namespace Extractor.Benchmarks;

/// <summary>Writes the datasets for generated reports (each with every cell of its template, about 200).</summary>
[MemoryDiagnoser]
public class DatasetWriterBenchmarks
{
    private List<ReportResult> _reports = [];
    private string _directory = "";

    [Params(1_000)]
    public int Reports { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _reports = [.. Generate(Reports)];
        _directory = Path.Combine(Path.GetTempPath(), "extractor-bench-" + Guid.NewGuid().ToString("N"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Benchmark(Baseline = true)]
    public Task CsvAndParquet() => new DatasetWriter().WriteAsync(_reports, _directory);

    [Benchmark]
    public Task CsvOnly() => new DatasetWriter(new DatasetWriterOptions { WriteParquet = false }).WriteAsync(_reports, _directory);

    [Benchmark]
    public Task ParquetOnly() => new DatasetWriter(new DatasetWriterOptions { WriteCsv = false }).WriteAsync(_reports, _directory);

    /// <summary>
    /// Generates <paramref name="count"/> reports lazily, three 2021 for each 2019, with numbers, blanks, na marks and
    /// text spread over the cells, a few checks, diagnostics and sections each.
    /// </summary>
    public static IEnumerable<ReportResult> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var template = i % 4 == 3 ? TemplateCatalog.V2019 : TemplateCatalog.V2021;
            var cells = new List<CellRecord>(220);
            var n = 0;
            foreach (var (table, row, column) in template.Cells())
            {
                var at = $"table {table.Key}, row {row.Key}, col {column.Key}";
                var pick = ((i * 131) + (n * 17)) % 23;
                cells.Add(pick switch
                {
                    0 => new CellRecord(table.Key, row.Key, column.Key, CellKind.Blank, null, "", column.Unit, ""),
                    1 => new CellRecord(table.Key, row.Key, column.Key, CellKind.Na, null, "/", column.Unit, at),
                    2 => new CellRecord(table.Key, row.Key, column.Key, CellKind.Text, null, "见附件", column.Unit, at),
                    _ => Number(table.Key, row.Key, column, pick, at),
                });
                n++;
            }

            var uri = $"https://example.gov.cn/{2019 + (i % 6)}/{i}.html";
            yield return new ReportResult
            {
                Source = new ReportSource(uri, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(uri))), "html"),
                Status = ReportStatus.Parsed,
                Title = $"某某市第{i}局{2019 + (i % 6)}年政府信息公开工作年度报告",
                Agency = $"某某市第{i}局",
                AgencySimplified = $"某某市第{i}局",
                Year = template == TemplateCatalog.V2019 ? 2020 : 2022,
                Template = template.Id,
                Script = "simplified",
                PublishedAt = "2023-01-20",
                Sections = new ReportSections("本年度共收到政府信息公开申请12件，办结12件。", null, null, null, "存在的问题：公开内容不够全面。", "无。"),
                Cells = cells,
                Checks =
                [
                    new CheckResult("T3-ID", "natural_person", CheckOutcome.Pass, Severity.Error, 13m, 13m, "T3-ID 自然人: 13 = 13", ["applications/new_received/natural_person"], [new CheckEvidence("applications/new_received/natural_person", "12", "table 3, row 4")]),
                    new CheckResult("T3-COL", "granted", CheckOutcome.Fail, Severity.Error, 20m, 21m, "T3-COL 予以公开: 20 ≠ 21", ["applications/granted/total"], []),
                ],
                Diagnostics = [new Diagnostic(DiagnosticCodes.LayoutRepaired, "skipped page chrome 扫一扫在手机上查看当前页面", "line 12")],
            };
        }
    }

    private static CellRecord Number(string table, string row, ColumnDefinition column, int pick, string at)
    {
        var value = column.Unit.Length > 0 ? pick + 0.35m : column.Key == "change" ? pick - 12 : pick;
        return new CellRecord(table, row, column.Key, CellKind.Number, value, value.ToString(CultureInfo.InvariantCulture), column.Unit, at);
    }
}
