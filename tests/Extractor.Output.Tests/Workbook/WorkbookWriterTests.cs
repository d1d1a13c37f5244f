using System.Globalization;
using Extractor.Core.Records;
using Extractor.Output.Tables;
using Extractor.Output.Tests.Builders;
using Extractor.Output.Tests.Consumers;

namespace Extractor.Output.Tests.Workbook;

public sealed class WorkbookWriterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "extractor-workbook-tests", Guid.NewGuid().ToString("N"));

    private string Out => Path.Combine(_root, "datasets");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task WriteAsync_SampleReports_ReadmeThenOneFrozenSheetPerTableWithKeysAndLabels()
    {
        await new DatasetWriter().WriteAsync(SampleReports.Create(), Out);

        var book = XlsxFile.Open(Path.Combine(Out, "datasets.xlsx"));
        Assert.Equal(["README", .. DatasetTables.All.Select(t => t.Name)], book.Sheets.Select(s => s.Name));
        Assert.All(book.Sheets, s => Assert.False(s.HasFormulas));
        foreach (var table in DatasetTables.All)
        {
            var sheet = book[table.Name];
            Assert.Equal(2, sheet.FrozenRows);
            Assert.Equal(table.Columns.Select(c => c.Name), sheet.Rows[0].Select(c => c.Value));
            Assert.Equal(table.Columns.Select(c => c.Label), sheet.Rows[1].Select(c => c.Value));
        }

        Assert.Equal(["报告编号", "来源地址"], book["reports"].Rows[1].Take(2).Select(c => c.Value));
        Assert.Equal("自然人", book["applications"].Rows[1][DatasetTables.All.Single(t => t.Name == "applications").Columns.ToList().FindIndex(c => c.Name == "natural_person")].Value);
        var readme = book["README"].Rows.SelectMany(r => r).Select(c => c.Value).ToList();
        Assert.Contains("cells.kind", readme);
        Assert.Contains("checks.outcome", readme);
        Assert.Contains("reports.status", readme);
        Assert.Contains("not_assessable", readme);
    }

    [Fact]
    public async Task WriteAsync_SampleReports_CellsTypedAsTheirColumns()
    {
        await new DatasetWriter().WriteAsync(SampleReports.Create(), Out);

        var book = XlsxFile.Open(Path.Combine(Out, "datasets.xlsx"));
        Assert.NotEmpty(DatasetTables.All);
        foreach (var table in DatasetTables.All)
        {
            var cells = book[table.Name].Rows.Skip(2).SelectMany(r => r.Select((cell, i) => (Column: table.Columns[i], Cell: cell))).Where(x => x.Cell.Value is not null).ToList();
            Assert.All(cells, x => Assert.Equal(
                x.Column.Type switch
                {
                    ColumnType.Integer or ColumnType.Decimal => "n General",
                    ColumnType.Date => "date yyyy-mm-dd",
                    ColumnType.Timestamp => "date yyyy-mm-dd hh:mm:ss",
                    _ => "inlineStr @",
                },
                $"{x.Cell.Type} {x.Cell.Format}"));
        }

        var reports = book["reports"].Rows;
        Assert.Equal("2023-01-20", reports[2][DatasetTables.Reports.Info.Columns.ToList().FindIndex(c => c.Name == "published_at")].Value);
        var cellsSheet = book["cells"].Rows;
        Assert.Contains(cellsSheet, r => r[6].Value == SampleReports.FormulaRaw && r[6].Type == "inlineStr" && r[6].Format == "@");
        Assert.Contains(cellsSheet, r => r[5].Value == "-18" && r[5].Type == "n");
        Assert.Contains(book["reports"].Rows, r => r[5].Value == "@某某县财政局");
    }

    [Fact]
    public async Task WriteAsync_CorpusDatasets_CsvParquetAndWorkbookHoldIdenticalValues()
    {
        var datasets = new ConsumerDatasets();
        await datasets.InitializeAsync();
        try
        {
            var book = XlsxFile.Open(Path.Combine(datasets.Single, "datasets.xlsx"));
            using var db = new DuckDb();
            Assert.NotEmpty(datasets.CsvResources);
            foreach (var resource in datasets.CsvResources)
            {
                var parquet = CanonicalTables.FromParquet(db, datasets.Single, resource.Name);
                var sheet = book[resource.Name].Rows.Skip(2).Select(r => r.Select(c => c.Value).ToArray()).ToList();
                AssertIdentical("workbook", resource, parquet, sheet, csvText: false);

                var csv = db.Query($"SELECT * FROM read_csv({DuckDb.Literal(Path.Combine(datasets.Single, resource.Path))}, header = true, all_varchar = true, quote = '\"', escape = '\"', delim = ',')")
                    .Select(r => r.Select(v => (string?)v).ToArray())
                    .ToList();
                AssertIdentical("csv", resource, parquet, csv, csvText: true);
            }
        }
        finally
        {
            await datasets.DisposeAsync();
        }
    }

    [Fact]
    public async Task WriteAsync_MoreRowsThanASheetHolds_TableContinuesOnNumberedSheets()
    {
        await new DatasetWriter(new DatasetWriterOptions { WorkbookRowsPerSheet = 40 }).WriteAsync(SampleReports.Create(), Out);

        var book = XlsxFile.Open(Path.Combine(Out, "datasets.xlsx"));
        var cellCount = SampleReports.Create().Sum(r => r.Cells.Count);
        var parts = book.Sheets.Where(s => s.Name == "cells" || s.Name.StartsWith("cells (", StringComparison.Ordinal)).ToList();
        Assert.Equal((cellCount + 39) / 40, parts.Count);
        Assert.Equal(["cells", .. Enumerable.Range(2, parts.Count - 1).Select(i => $"cells ({i})")], parts.Select(p => p.Name));
        Assert.All(parts, p => Assert.Equal("report_id", p.Rows[0][0].Value));
        Assert.All(parts, p => Assert.Equal(2, p.FrozenRows));
        Assert.Equal(cellCount, parts.Sum(p => p.Rows.Count - 2));
    }

    [Fact]
    public async Task WriteAsync_TextLongerThanAnExcelCell_CutWithAMarkerCsvAndParquetWhole()
    {
        var text = string.Concat(Enumerable.Repeat("政府信息公开", 7000));
        var report = new ReportBuilder().WithSections(new ReportSections(text, null, null, null, null, null)).Build();

        await new DatasetWriter().WriteAsync([report], Out);

        var cell = XlsxFile.Open(Path.Combine(Out, "datasets.xlsx"))["sections"].Rows[2][2].Value!;
        Assert.Equal(32_767, cell.Length);
        Assert.EndsWith("characters: the CSV and Parquet files hold the whole text]", cell, StringComparison.Ordinal);
        Assert.StartsWith(text[..1000], cell, StringComparison.Ordinal);
        using var db = new DuckDb();
        Assert.Equal(text, db.Scalar($"SELECT text FROM read_parquet({DuckDb.Literal(Path.Combine(Out, "sections.parquet"))}) WHERE section = 'overall'"));
    }

    [Fact]
    public async Task WriteAsync_WorkbookWithoutParquet_NoParquetAndNoSpoolLeft()
    {
        await new DatasetWriter(new DatasetWriterOptions { WriteParquet = false }).WriteAsync(SampleReports.Create(), Out);

        Assert.True(File.Exists(Path.Combine(Out, "datasets.xlsx")));
        Assert.Empty(Directory.GetFiles(Out, "*.parquet", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetDirectories(Out));
        Assert.Equal(SampleReports.Create().Sum(r => r.Cells.Count), XlsxFile.Open(Path.Combine(Out, "datasets.xlsx"))["cells"].Rows.Count - 2);
    }

    [Fact]
    public async Task WriteAsync_AnyParquetLayout_SameWorkbookBytesWithTheParquetNumbers()
    {
        // The workbook is made from the values each table kept while it was written, not read back from the Parquet
        // files, so it must not depend on how (or whether) they are laid out, and must hold their numbers (as the double
        // an Excel cell is, nearest to the number written).
        ReportResult[] reports =
        [
            .. SampleReports.Create(),
            new ReportBuilder().WithUri("https://example.gov.cn/edge.html").WithYear(2021)
                .WithNumber("applications", "new_received", "natural_person", 24252.311082m)
                .WithNumber("applications", "new_received", "total", 999_999_999_999_999m)
                .Build(),
            new ReportBuilder().WithUri("https://example.gov.cn/no-year.html").WithYear(null).WithSeed(2)
                .WithNumber("applications", "new_received", "natural_person", -18m)
                .WithNumber("applications", "new_received", "total", 0.00000001m)
                .Build(),
        ];
        (string Name, DatasetWriterOptions Options)[] layouts =
        [
            ("single", new DatasetWriterOptions()),
            ("partitioned", new DatasetWriterOptions { PartitionBy = DatasetPartitioning.Year }),
            ("no-parquet", new DatasetWriterOptions { WriteParquet = false }),
        ];

        var books = new List<byte[]>();
        foreach (var (name, options) in layouts)
        {
            var folder = Path.Combine(_root, name);
            await new DatasetWriter(options).WriteAsync(reports, folder);
            Assert.False(Directory.Exists(Path.Combine(folder, ".workbook-spool")), $"{name}: the spool was left behind");
            books.Add(await File.ReadAllBytesAsync(Path.Combine(folder, "datasets.xlsx")));
        }

        Assert.All(books.Skip(1), book => Assert.Equal(books[0], book));
        var sheet = XlsxFile.Open(Path.Combine(_root, "single", "datasets.xlsx"))["cells"].Rows.Skip(2).ToList();
        using var db = new DuckDb();
        var parquet = db.Query($"SELECT raw, CAST(value AS VARCHAR) FROM read_parquet({DuckDb.Literal(Path.Combine(_root, "single", "cells.parquet"))}) WHERE raw IN ('24252.311082', '999999999999999', '-18', '0.00000001')");
        Assert.Equal(4, parquet.Select(static r => r[0]).Distinct().Count());
        Assert.All(parquet, row =>
        {
            var cell = sheet.First(r => r[6].Value == (string?)row[0])[5];
            var written = decimal.Parse((string)row[0]!, NumberStyles.Float, CultureInfo.InvariantCulture);
            Assert.Equal(written, decimal.Parse((string)row[1]!, NumberStyles.Float, CultureInfo.InvariantCulture));
            Assert.Equal("n", cell.Type);

            // The double nearest the number as written: read back from Parquet with its 8 decimals, 999999999999999
            // became 999999999999999.12 (decimal to double divides a 24-digit mantissa by 10^8).
            Assert.Equal((double)written, double.Parse(cell.Value!, NumberStyles.Float, CultureInfo.InvariantCulture));
        });
    }

    [Fact]
    public async Task WriteAsync_WorkbookOff_NoWorkbook()
    {
        await new DatasetWriter(new DatasetWriterOptions { WriteWorkbook = false }).WriteAsync(SampleReports.Create(), Out);

        Assert.False(File.Exists(Path.Combine(Out, "datasets.xlsx")));
        Assert.True(File.Exists(Path.Combine(Out, "cells.parquet")));
    }

    // Stricter than the consumer checks: numbers must be the same decimal, not merely the same double.
    private static void AssertIdentical(string source, CsvResource resource, List<string?[]> expected, List<string?[]> actual, bool csvText)
    {
        Assert.True(expected.Count == actual.Count, $"{source} {resource.Name}: {actual.Count} rows, expected {expected.Count}");
        for (var r = 0; r < expected.Count; r++)
        {
            for (var c = 0; c < resource.Fields.Count; c++)
            {
                var (name, type) = resource.Fields[c];
                var want = type == "string" && csvText ? CanonicalTables.AsInCsv(expected[r][c]) : expected[r][c];
                var got = c < actual[r].Length ? actual[r][c] : null;
                var same = type is "number" or "integer" && !string.IsNullOrEmpty(want) && !string.IsNullOrEmpty(got)
                    ? decimal.Parse(want, NumberStyles.Float, CultureInfo.InvariantCulture) == decimal.Parse(got, NumberStyles.Float, CultureInfo.InvariantCulture)
                    : string.Equals(string.IsNullOrEmpty(want) ? null : want, string.IsNullOrEmpty(got) ? null : got, StringComparison.Ordinal);
                Assert.True(same, $"{source} {resource.Name} row {r + 1} column {name}: expected {want ?? "null"}, got {got ?? "null"}");
            }
        }
    }
}
