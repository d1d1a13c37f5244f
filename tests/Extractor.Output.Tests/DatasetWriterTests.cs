using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Extractor.Core.Json;
using Extractor.Core.Records;
using Extractor.Output.Tests.Builders;

namespace Extractor.Output.Tests;

public sealed class DatasetWriterTests : IDisposable
{
    private static readonly string[] s_tables = ["reports", "cells", "active", "applications", "appeals", "checks", "sections", "diagnostics", "legacy_indicators", "statements"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "extractor-output-tests", Guid.NewGuid().ToString("N"));

    public DatasetWriterTests()
    {
        Directory.CreateDirectory(_root);
    }

    private string Out => Path.Combine(_root, "datasets");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task WriteAsync_SampleReports_WritesCsvParquetWorkbookAndDataPackageOnly()
    {
        await new DatasetWriter().WriteAsync(SampleReports.Create(), Out);

        var expected = s_tables.SelectMany(t => new[] { t + ".csv", t + ".parquet" }).Append("datapackage.json").Append("datasets.xlsx").Append(".extractor-dataset").Order(StringComparer.Ordinal);
        var actual = Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
        Assert.Empty(Directory.GetDirectories(Out));
        Assert.Equal([Out], Directory.GetDirectories(_root));
    }

    [Fact]
    public async Task WriteAsync_SampleReports_ParquetTotalsEqualCsvAndJsonTotals()
    {
        var reports = SampleReports.Create();
        await new DatasetWriter().WriteAsync(reports, Out);

        using var db = new DuckDb();
        var parquet = Totals(db.Query($"SELECT report_id, \"table\", SUM(value) FROM read_parquet({Parquet("cells")}) GROUP BY ALL"));
        var csv = Totals(db.Query($"SELECT report_id, \"table\", SUM(CAST(value AS DECIMAL(28,8))) FROM read_csv({Csv("cells")}, header = true, all_varchar = true) GROUP BY ALL"));
        var json = JsonTotals(reports);

        Assert.Equal(9, json.Count);
        Assert.Equal(json.OrderBy(k => k.Key), parquet.OrderBy(k => k.Key));
        Assert.Equal(json.OrderBy(k => k.Key), csv.OrderBy(k => k.Key));
    }

    [Fact]
    public async Task WriteAsync_WideTables_ValuesAddUpToTheCells()
    {
        var reports = SampleReports.Create();
        await new DatasetWriter().WriteAsync(reports, Out);

        using var db = new DuckDb();
        var json = JsonTotals(reports);
        foreach (var table in new[] { "active", "applications", "appeals" })
        {
            var valueColumns = db.Query($"DESCRIBE SELECT * FROM read_parquet({Parquet(table)})")
                .Select(r => (Name: (string)r[0]!, Type: (string)r[1]!))
                .Where(c => c.Type.StartsWith("DECIMAL", StringComparison.Ordinal))
                .Select(c => $"COALESCE(SUM(\"{c.Name}\"), 0)")
                .ToList();
            Assert.NotEmpty(valueColumns);
            var wide = db.Query($"SELECT report_id, {string.Join(" + ", valueColumns)} FROM read_parquet({Parquet(table)}) GROUP BY report_id");
            Assert.Equal(reports.Count, wide.Count);
            foreach (var row in wide)
            {
                Assert.Equal(json[((string)row[0]!, table)], (decimal)row[1]!);
            }
        }
    }

    [Fact]
    public async Task WriteAsync_BlankNaAndText_StayNullNeverZero()
    {
        await new DatasetWriter().WriteAsync(SampleReports.Create(), Out);

        using var db = new DuckDb();
        var cells = Parquet("cells");
        Assert.Equal(0L, Convert.ToInt64(db.Scalar($"SELECT COUNT(*) FROM read_parquet({cells}) WHERE kind <> 'number' AND value IS NOT NULL"), CultureInfo.InvariantCulture));
        Assert.Equal(2L, Convert.ToInt64(db.Scalar($"SELECT COUNT(*) FROM read_parquet({cells}) WHERE kind = 'blank' AND value IS NULL"), CultureInfo.InvariantCulture));
        Assert.Equal(3L, Convert.ToInt64(db.Scalar($"SELECT COUNT(*) FROM read_parquet({cells}) WHERE kind = 'na' AND value IS NULL"), CultureInfo.InvariantCulture));
        Assert.Equal(2L, Convert.ToInt64(db.Scalar($"SELECT COUNT(*) FROM read_parquet({cells}) WHERE kind = 'text' AND value IS NULL"), CultureInfo.InvariantCulture));

        // A written zero is a number, not a blank.
        Assert.Equal(0m, db.Scalar($"SELECT value FROM read_parquet({cells}) WHERE \"row\" = 'new_received' AND col = 'total' AND kind = 'number' AND report_id = (SELECT MIN(report_id) FROM read_parquet({cells}) WHERE \"row\" = 'other_handling')"));

        // Wide: the blank keeps a null value and says blank; the CSV holds an empty field, never 0.
        var wide = db.Query($"SELECT research, research_kind FROM read_parquet({Parquet("applications")}) WHERE \"row\" = 'carried_over' AND research_kind = 'blank'");
        Assert.Equal([null, "blank"], Assert.Single(wide));
        var csvWide = db.Query($"SELECT research, research_kind FROM read_csv({Csv("applications")}, header = true, all_varchar = true) WHERE \"row\" = 'carried_over' AND research_kind = 'blank'");
        Assert.Equal([null, "blank"], Assert.Single(csvWide));

        // A column the row's template lacks is null in both the value and the kind.
        var missing = db.Query($"SELECT prior_items, prior_items_kind, issued_kind FROM read_parquet({Parquet("active")}) r JOIN read_parquet({Parquet("reports")}) p USING (report_id) WHERE p.template = '2021' AND r.\"row\" = 'regulations'");
        Assert.All(missing, m => Assert.Equal([null, null, "number"], m));
    }

    [Fact]
    public async Task WriteAsync_NegativeChangeAndDecimals_KeptAsNumbers()
    {
        await new DatasetWriter().WriteAsync(SampleReports.Create(), Out);

        var csvLines = File.ReadAllLines(Path.Combine(Out, "cells.csv"), Encoding.UTF8);
        var change = Assert.Single(csvLines, l => l.Contains(",active,licensing,change,", StringComparison.Ordinal) && l.Contains("-18", StringComparison.Ordinal));
        Assert.Contains(",number,-18,\"'-18\",", change, StringComparison.Ordinal);

        using var db = new DuckDb();
        Assert.Equal(-18m, db.Scalar($"SELECT value FROM read_parquet({Parquet("cells")}) WHERE \"row\" = 'licensing' AND col = 'change' AND value < 0"));
        Assert.Equal(-18m, db.Scalar($"SELECT change FROM read_parquet({Parquet("active")}) WHERE \"row\" = 'licensing' AND change < 0"));
        Assert.Equal(12.35m, db.Scalar($"SELECT amount FROM read_parquet({Parquet("active")}) WHERE \"row\" = 'fees' AND amount = 12.35"));
        Assert.Equal("万元", db.Scalar($"SELECT amount_unit FROM read_parquet({Parquet("active")}) WHERE \"row\" = 'fees' AND amount = 12.35"));
        Assert.Equal(1234.5m, db.Scalar($"SELECT CAST(value AS DECIMAL(28,8)) FROM read_csv({Csv("cells")}, header = true, all_varchar = true) WHERE \"row\" = 'procurement' AND col = 'amount'"));
    }

    [Fact]
    public async Task WriteAsync_TextLikeAFormula_EscapedInCsvKeptInParquet()
    {
        await new DatasetWriter().WriteAsync(SampleReports.Create(), Out);

        var cellsCsv = File.ReadAllText(Path.Combine(Out, "cells.csv"), Encoding.UTF8);
        Assert.Contains($"'{SampleReports.FormulaRaw}", cellsCsv, StringComparison.Ordinal);
        Assert.DoesNotContain($",{SampleReports.FormulaRaw}", cellsCsv, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"{SampleReports.FormulaRaw}", cellsCsv, StringComparison.Ordinal);
        Assert.Contains(",\"'-\",", cellsCsv, StringComparison.Ordinal);
        Assert.Contains("'@某某县财政局", File.ReadAllText(Path.Combine(Out, "reports.csv"), Encoding.UTF8), StringComparison.Ordinal);
        Assert.Contains("'-2019 row", File.ReadAllText(Path.Combine(Out, "diagnostics.csv"), Encoding.UTF8), StringComparison.Ordinal);
        Assert.Contains("'-T3-COL", File.ReadAllText(Path.Combine(Out, "checks.csv"), Encoding.UTF8), StringComparison.Ordinal);

        using var db = new DuckDb();
        Assert.Equal(SampleReports.FormulaRaw, db.Scalar($"SELECT raw FROM read_parquet({Parquet("cells")}) WHERE kind = 'text' AND col = 'commercial'"));
        Assert.Equal("@某某县财政局", db.Scalar($"SELECT agency FROM read_parquet({Parquet("reports")}) WHERE year = 2019"));
        Assert.Equal($"'{SampleReports.FormulaRaw}", db.Scalar($"SELECT raw FROM read_csv({Csv("cells")}, header = true, all_varchar = true) WHERE kind = 'text' AND col = 'commercial'"));
    }

    [Fact]
    public async Task WriteAsync_CsvBomOn_CsvStartsWithBomAndUsesLf()
    {
        await new DatasetWriter(new DatasetWriterOptions { CsvBom = true }).WriteAsync(SampleReports.Create(), Out);

        foreach (var table in s_tables)
        {
            var bytes = File.ReadAllBytes(Path.Combine(Out, table + ".csv"));
            Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
            Assert.DoesNotContain((byte)'\r', bytes);
        }

        var header = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(Out, "reports.csv"))[3..]).Split('\n')[0];
        Assert.StartsWith("report_id,source_uri,sha256,format,title,agency,agency_simplified,year,template,script,status,published_at,checks_pass,checks_fail,checks_not_assessable,diagnostics_count", header, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_DefaultOptions_CsvStartsWithHeaderWithoutBom()
    {
        await new DatasetWriter().WriteAsync(SampleReports.Create(), Out);

        var bytes = File.ReadAllBytes(Path.Combine(Out, "cells.csv"));
        Assert.Equal("report_id,table,row,col,kind,value,raw,unit,at,resolved_by\n"u8.ToArray(), bytes[..59]);
        using var package = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Out, "datapackage.json")));
        Assert.Equal("utf-8", package.RootElement.GetProperty("resources")[0].GetProperty("encoding").GetString());
    }

    [Fact]
    public async Task WriteAsync_SameInputTwice_ByteIdenticalFiles()
    {
        var second = Path.Combine(_root, "second");
        await new DatasetWriter().WriteAsync(SampleReports.Create(), Out);
        await new DatasetWriter().WriteAsync(SampleReports.Create(), second);

        var files = Directory.GetFiles(Out).Select(Path.GetFileName).ToList();
        Assert.Equal(23, files.Count);
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(Out, file!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file!))), $"{file} differs between two runs");
        }
    }

    [Fact]
    public async Task WriteAsync_EnumerableThrowsHalfway_PreviousDatasetIntactAndNoTempFolder()
    {
        await new DatasetWriter().WriteAsync(SampleReports.Create().Take(1), Out);
        var before = Snapshot(Out);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new DatasetWriter().WriteAsync(ThrowAfter(Many(50), 25), Out));

        Assert.Equal("source broke", error.Message);
        Assert.Equal(before, Snapshot(Out));
        Assert.Equal([Out], Directory.GetDirectories(_root));
    }

    [Fact]
    public async Task WriteAsync_CancelledMidWrite_PreviousDatasetIntactAndNoTempFolder()
    {
        await new DatasetWriter().WriteAsync(SampleReports.Create().Take(1), Out);
        var before = Snapshot(Out);
        using var cts = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new DatasetWriter().WriteAsync(CancelAfter(Many(50), 25, cts), Out, cts.Token));

        Assert.Equal(before, Snapshot(Out));
        Assert.Equal([Out], Directory.GetDirectories(_root));
    }

    [Fact]
    public async Task WriteAsync_NoPreviousDatasetAndFailure_LeavesNothing()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => new DatasetWriter().WriteAsync(ThrowAfter(Many(5), 2), Out));

        Assert.Empty(Directory.GetDirectories(_root));
    }

    [Fact]
    public async Task WriteAsync_ExistingDataset_ReplacedWhole()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, ".extractor-dataset"), "written by extractor");
        File.WriteAllText(Path.Combine(Out, "stale.csv"), "old");

        await new DatasetWriter().WriteAsync(SampleReports.Create(), Out);

        Assert.False(File.Exists(Path.Combine(Out, "stale.csv")));
        Assert.True(File.Exists(Path.Combine(Out, "cells.parquet")));
        Assert.Equal([Out], Directory.GetDirectories(_root));
    }

    [Fact]
    public async Task WriteAsync_FolderOfUserFiles_IsRefusedAndLeftAsItWas()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "thesis.docx"), "mine");

        var error = await Assert.ThrowsAsync<IOException>(() => new DatasetWriter().WriteAsync(SampleReports.Create(), Out));

        Assert.Contains("did not write", error.Message, StringComparison.Ordinal);
        Assert.Equal([Path.Combine(Out, "thesis.docx")], Directory.GetFileSystemEntries(Out));
        Assert.Equal([Out], Directory.GetDirectories(_root));
    }

    [Fact]
    public async Task WriteAsync_DatasetWrittenBeforeTheMarker_IsReplaced()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "datapackage.json"), "{}");
        File.WriteAllText(Path.Combine(Out, "cells.csv"), "old");

        await new DatasetWriter().WriteAsync(SampleReports.Create(), Out);

        Assert.True(File.Exists(Path.Combine(Out, ".extractor-dataset")));
    }

    [Fact]
    public async Task WriteAsync_DataPackage_ListsEveryFieldOfEveryFile()
    {
        await new DatasetWriter().WriteAsync(SampleReports.Create(), Out);

        using var package = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Out, "datapackage.json")));
        var root = package.RootElement;
        Assert.Equal("data-package", root.GetProperty("profile").GetString());
        var resources = root.GetProperty("resources").EnumerateArray().Where(r => r.GetProperty("format").GetString() != "xlsx").ToList();
        Assert.Equal(s_tables.Length * 2, resources.Count);
        Assert.All(resources.Where(r => r.GetProperty("format").GetString() == "csv"), r => Assert.Equal("tabular-data-resource", r.GetProperty("profile").GetString()));
        Assert.All(resources.Where(r => r.GetProperty("format").GetString() == "parquet"), r => Assert.Equal("data-resource", r.GetProperty("profile").GetString()));

        using var db = new DuckDb();
        foreach (var resource in resources)
        {
            var path = Path.Combine(Out, resource.GetProperty("path").GetString()!);
            Assert.True(File.Exists(path), path);
            Assert.Equal(new FileInfo(path).Length, resource.GetProperty("bytes").GetInt64());
            var schema = resource.GetProperty("schema");
            Assert.Equal([""], schema.GetProperty("missingValues").EnumerateArray().Select(v => v.GetString()));
            var fields = schema.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
            Assert.All(schema.GetProperty("fields").EnumerateArray(), f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString())));

            var columns = path.EndsWith(".csv", StringComparison.Ordinal)
                ? File.ReadLines(path, Encoding.UTF8).First().TrimStart('\uFEFF').Split(',').Select(c => (string?)c).ToList()
                : db.Query($"DESCRIBE SELECT * FROM read_parquet({DuckDb.Literal(path)})").Select(r => (string?)r[0]).ToList();
            Assert.Equal(fields, columns);

            if (resource.GetProperty("name").GetString() != "reports" && resource.GetProperty("name").GetString() != "reports-parquet")
            {
                Assert.Equal("report_id", schema.GetProperty("foreignKeys")[0].GetProperty("fields").GetString());
            }
        }

        var cells = resources.Single(r => r.GetProperty("name").GetString() == "cells").GetProperty("schema");
        Assert.Equal(["report_id", "table", "row", "col"], cells.GetProperty("primaryKey").EnumerateArray().Select(v => v.GetString()));
        var row = cells.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "row");
        Assert.Equal("一、本年新收政府信息公开申请数量", row.GetProperty("x-labels").GetProperty("new_received").GetString());
        Assert.Contains("other_handling", row.GetProperty("constraints").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        var active = resources.Single(r => r.GetProperty("name").GetString() == "active").GetProperty("schema");
        var activeRow = active.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "row");
        Assert.Equal("行政规范性文件 (2021) / 规范性文件 (2019)", activeRow.GetProperty("x-labels").GetProperty("normative_documents").GetString());
    }

    [Fact]
    public async Task WriteAsync_Parquet_HasTypedColumnsAndRealNulls()
    {
        await new DatasetWriter().WriteAsync(SampleReports.Create(), Out);

        using var db = new DuckDb();
        var types = db.Query($"DESCRIBE SELECT * FROM read_parquet({Parquet("reports")})").ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.Equal("INTEGER", types["year"]);
        Assert.Equal("INTEGER", types["checks_fail"]);
        Assert.Equal("VARCHAR", types["title"]);
        var cellTypes = db.Query($"DESCRIBE SELECT * FROM read_parquet({Parquet("cells")})").ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.Equal("DECIMAL(28,8)", cellTypes["value"]);

        var reports = db.Query($"SELECT year, published_at, checks_pass, checks_fail, checks_not_assessable, diagnostics_count FROM read_parquet({Parquet("reports")})");
        Assert.Equal("DATE", types["published_at"]);
        Assert.Equal([2022, new DateOnly(2023, 1, 20), 1, 1, 1, 1], reports[0]);
        Assert.Equal([2019, null, 0, 0, 0, 0], reports[1]);
        Assert.Null(reports[2][0]);
        Assert.Equal(1L, Convert.ToInt64(db.Scalar($"SELECT COUNT(*) FROM read_parquet({Parquet("checks")}) WHERE expected IS NULL AND actual IS NULL"), CultureInfo.InvariantCulture));
        Assert.Equal(6L + 6 + 6, Convert.ToInt64(db.Scalar($"SELECT COUNT(*) FROM read_parquet({Parquet("sections")})"), CultureInfo.InvariantCulture));
        Assert.Equal(6L + 4 + 4, Convert.ToInt64(db.Scalar($"SELECT COUNT(*) FROM read_parquet({Parquet("sections")}) WHERE text IS NULL"), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task WriteAsync_Checks_CellsJoinedAndEvidenceAsJson()
    {
        await new DatasetWriter().WriteAsync(SampleReports.Create(), Out);

        using var db = new DuckDb();
        var row = Assert.Single(db.Query($"SELECT cells, evidence FROM read_parquet({Parquet("checks")}) WHERE rule = 'T3-ID'"));
        Assert.Equal("applications/new_received/natural_person;applications/carried_over/natural_person", row[0]);
        using var evidence = JsonDocument.Parse((string)row[1]!);
        Assert.Equal("table 3, row 4", evidence.RootElement[0].GetProperty("at").GetString());
        Assert.Equal(JsonValueKind.Null, evidence.RootElement[0].GetProperty("source").ValueKind);
    }

    [Fact]
    public async Task WriteAsync_Rows_InInputOrderWithDocumentedReportId()
    {
        var reports = SampleReports.Create();
        await new DatasetWriter().WriteAsync(reports, Out);

        using var db = new DuckDb();
        var ids = db.Query($"SELECT report_id, source_uri FROM read_parquet({Parquet("reports")})");
        Assert.Equal(reports.Select(r => r.Source.Uri), ids.Select(r => (string?)r[1]));
        foreach (var (report, row) in reports.Zip(ids))
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{report.Source.Sha256}\n{report.Source.Uri}"));
            Assert.Equal(Convert.ToHexStringLower(hash)[..16], row[0]);
        }

        var cellOrder = db.Query($"SELECT \"table\", \"row\", col FROM read_parquet({Parquet("cells")}) WHERE report_id = '{ids[0][0]}'");
        Assert.Equal(reports[0].Cells.Select(c => c.Key), cellOrder.Select(r => $"{r[0]}/{r[1]}/{r[2]}"));
        var wideRows = db.Query($"SELECT \"row\" FROM read_parquet({Parquet("applications")}) WHERE report_id = '{ids[0][0]}'").Select(r => (string?)r[0]).ToList();
        Assert.Equal(reports[0].Cells.Where(c => c.Table == "applications").Select(c => c.Row).Distinct(), wideRows);
        Assert.Equal("other_handling", wideRows[^1]);
    }

    [Fact]
    public async Task WriteAsync_SmallRowGroups_SameRowsAsOneGroup()
    {
        var small = Path.Combine(_root, "small");
        await new DatasetWriter().WriteAsync(SampleReports.Create(), Out);
        await new DatasetWriter(new DatasetWriterOptions { ParquetRowGroupSize = 7 }).WriteAsync(SampleReports.Create(), small);

        using var db = new DuckDb();
        var groups = Convert.ToInt64(db.Scalar($"SELECT COUNT(DISTINCT row_group_id) FROM parquet_metadata({DuckDb.Literal(Path.Combine(small, "cells.parquet"))})"), CultureInfo.InvariantCulture);
        Assert.True(groups > 10, $"{groups} row groups");
        var diff = db.Scalar($"SELECT COUNT(*) FROM (SELECT * FROM read_parquet({DuckDb.Literal(Path.Combine(small, "cells.parquet"))}) EXCEPT ALL SELECT * FROM read_parquet({Parquet("cells")}))");
        Assert.Equal(0L, Convert.ToInt64(diff, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task WriteAsync_TinySharedBudget_SameRowsInTheSameOrderInEveryTable()
    {
        // A budget of 1 KiB cuts a row group almost every row somewhere: the boundaries move, the values must not.
        var tiny = Path.Combine(_root, "tiny");
        await new DatasetWriter().WriteAsync(SampleReports.Create(), Out);
        await new DatasetWriter(new DatasetWriterOptions { ParquetBufferBytes = 1024 }).WriteAsync(SampleReports.Create(), tiny);

        using var db = new DuckDb();
        var cut = Convert.ToInt64(db.Scalar($"SELECT COUNT(DISTINCT row_group_id) FROM parquet_metadata({DuckDb.Literal(Path.Combine(tiny, "cells.parquet"))})"), CultureInfo.InvariantCulture);
        Assert.True(cut > 10, $"{cut} row groups");
        Assert.NotEmpty(s_tables);
        Assert.All(s_tables, table =>
        {
            var before = $"read_parquet({Parquet(table)}, file_row_number = true)";
            var after = $"read_parquet({DuckDb.Literal(Path.Combine(tiny, table + ".parquet"))}, file_row_number = true)";
            Assert.Equal(db.Scalar($"SELECT COUNT(*) FROM {before}"), db.Scalar($"SELECT COUNT(*) FROM {after}"));
            Assert.Equal(0L, Convert.ToInt64(db.Scalar($"SELECT COUNT(*) FROM (SELECT * FROM {before} EXCEPT ALL SELECT * FROM {after})"), CultureInfo.InvariantCulture));
        });
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Out, "checks.csv")), await File.ReadAllBytesAsync(Path.Combine(tiny, "checks.csv")));

        // The workbook is read back from the Parquet files: the same values give the same bytes.
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Out, "datasets.xlsx")), await File.ReadAllBytesAsync(Path.Combine(tiny, "datasets.xlsx")));
    }

    [Fact]
    public async Task WriteAsync_CsvOnly_WritesNoParquet()
    {
        await new DatasetWriter(new DatasetWriterOptions { WriteParquet = false }).WriteAsync(SampleReports.Create(), Out);

        Assert.Empty(Directory.GetFiles(Out, "*.parquet"));
        Assert.Equal(s_tables.Length, Directory.GetFiles(Out, "*.csv").Length);
    }

    [Fact]
    public void Constructor_NoFormat_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DatasetWriter(new DatasetWriterOptions { WriteCsv = false, WriteParquet = false, WriteWorkbook = false }));
    }

    private string Parquet(string table) => DuckDb.Literal(Path.Combine(Out, table + ".parquet"));

    private string Csv(string table) => DuckDb.Literal(Path.Combine(Out, table + ".csv"));

    private static Dictionary<(string ReportId, string Table), decimal> Totals(List<object?[]> rows) =>
        rows.ToDictionary(r => ((string)r[0]!, (string)r[1]!), r => r[2] is null ? 0m : (decimal)r[2]!);

    // Totals from the JSON that `parse --json` prints for the same reports, read with System.Text.Json.
    private static Dictionary<(string ReportId, string Table), decimal> JsonTotals(IEnumerable<ReportResult> reports)
    {
        var totals = new Dictionary<(string, string), decimal>();
        foreach (var report in reports)
        {
            using var json = JsonDocument.Parse(ReportJsonWriter.ToJson(report));
            var source = json.RootElement.GetProperty("source");
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{source.GetProperty("sha256").GetString()}\n{source.GetProperty("uri").GetString()}"));
            var id = Convert.ToHexStringLower(hash)[..16];
            foreach (var cell in json.RootElement.GetProperty("cells").EnumerateArray())
            {
                var key = (id, cell.GetProperty("table").GetString()!);
                var value = cell.GetProperty("value");
                totals[key] = totals.GetValueOrDefault(key) + (value.ValueKind == JsonValueKind.Null ? 0m : value.GetDecimal());
            }
        }

        return totals;
    }

    private static IEnumerable<ReportResult> Many(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return new ReportBuilder().WithSeed(100 + i).WithUri($"https://example.gov.cn/many/{i}.html").Build();
        }
    }

    private static IEnumerable<ReportResult> ThrowAfter(IEnumerable<ReportResult> reports, int count)
    {
        var n = 0;
        foreach (var report in reports)
        {
            if (n++ == count)
            {
                throw new InvalidOperationException("source broke");
            }

            yield return report;
        }
    }

    private static IEnumerable<ReportResult> CancelAfter(IEnumerable<ReportResult> reports, int count, CancellationTokenSource cts)
    {
        var n = 0;
        foreach (var report in reports)
        {
            if (n++ == count)
            {
                cts.Cancel();
            }

            yield return report;
        }
    }

    private static Dictionary<string, string> Snapshot(string directory) =>
        Directory.GetFiles(directory).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
