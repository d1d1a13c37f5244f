using System.Globalization;
using Extractor.Output.Tests.Builders;
using Xunit.Abstractions;

namespace Extractor.Output.Tests.Consumers;

/// <summary>DuckDB reads the single-file and the year-partitioned Parquet and gets the same rows, typed as declared.</summary>
[Collection(ConsumerCollection.Name)]
public sealed class DuckDbConsumerTests(ConsumerDatasets datasets, ITestOutputHelper output)
{
    [Fact]
    public void ReadParquet_PartitionedAndSingle_SameRowsPerTableAndYear()
    {
        using var db = new DuckDb();
        Assert.NotEmpty(datasets.CsvResources);
        foreach (var resource in datasets.CsvResources)
        {
            var single = DuckDb.Literal(Path.Combine(datasets.Single, resource.Name + ".parquet"));
            var partitioned = DuckDb.Literal(Path.Combine(datasets.Partitioned, resource.Name, "*", "*.parquet"));
            var byYearSingle = db.Query($"SELECT r.year, COUNT(*) FROM read_parquet({single}) t JOIN read_parquet({DuckDb.Literal(Path.Combine(datasets.Single, "reports.parquet"))}) r USING (report_id) GROUP BY ALL ORDER BY ALL");
            var byYearPartitioned = db.Query($"SELECT year, COUNT(*) FROM read_parquet({partitioned}, hive_partitioning = true) GROUP BY ALL ORDER BY ALL");
            Assert.Equal(Show(byYearSingle), Show(byYearPartitioned));

            // Every column but the partition key has the same values, in a row order that only groups the years.
            var columns = string.Join(", ", resource.Fields.Where(f => f.Name != "year").Select(f => $"\"{f.Name}\""));
            var difference = Convert.ToInt64(db.Scalar(
                $"SELECT COUNT(*) FROM ((SELECT {columns} FROM read_parquet({single}) EXCEPT ALL SELECT {columns} FROM read_parquet({partitioned}, hive_partitioning = true)) " +
                $"UNION ALL (SELECT {columns} FROM read_parquet({partitioned}, hive_partitioning = true) EXCEPT ALL SELECT {columns} FROM read_parquet({single})))"), CultureInfo.InvariantCulture);
            Assert.Equal(0, difference);
            output.WriteLine($"{resource.Name}: {string.Join(", ", Show(byYearPartitioned))}");
        }
    }

    [Fact]
    public void ReadParquet_Partitioned_YearFoldersPruneAndNullYearIsNull()
    {
        using var db = new DuckDb();
        var reports = DuckDb.Literal(Path.Combine(datasets.Partitioned, "reports", "*", "*.parquet"));
        Assert.Equal(
            datasets.Reports.Count(r => r.Year == 2019),
            Convert.ToInt32(db.Scalar($"SELECT COUNT(*) FROM read_parquet({reports}, hive_partitioning = true) WHERE year = 2019"), CultureInfo.InvariantCulture));
        Assert.Equal(
            datasets.Reports.Count(r => r.Year is null),
            Convert.ToInt32(db.Scalar($"SELECT COUNT(*) FROM read_parquet({reports}, hive_partitioning = true) WHERE year IS NULL"), CultureInfo.InvariantCulture));

        var folders = Directory.GetDirectories(Path.Combine(datasets.Partitioned, "cells")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(folders);
        Assert.All(folders, f => Assert.Matches(@"^year=(\d{4}|__HIVE_DEFAULT_PARTITION__)$", f));
        Assert.All(folders, f => Assert.Equal(["cells.parquet"], Directory.GetFiles(Path.Combine(datasets.Partitioned, "cells", f!)).Select(Path.GetFileName)));
        Assert.False(File.Exists(Path.Combine(datasets.Partitioned, "cells.parquet")));
        Assert.True(File.Exists(Path.Combine(datasets.Partitioned, "cells.csv")));
        Assert.True(File.Exists(Path.Combine(datasets.Partitioned, "datasets.xlsx")));
        Assert.False(Directory.Exists(Path.Combine(datasets.Partitioned, ".workbook-spool")));
    }

    [Fact]
    public void ReadParquet_Single_TypesAsDeclared()
    {
        using var db = new DuckDb();
        var duckTypes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["string"] = "VARCHAR",
            ["integer"] = "INTEGER",
            ["number"] = "DECIMAL(28,8)",
            ["date"] = "DATE",
            ["datetime"] = "TIMESTAMP WITH TIME ZONE",
        };
        Assert.NotEmpty(datasets.CsvResources);
        foreach (var resource in datasets.CsvResources)
        {
            var described = db.Query($"DESCRIBE SELECT * FROM read_parquet({DuckDb.Literal(Path.Combine(datasets.Single, resource.Name + ".parquet"))})")
                .Select(r => $"{r[0]}: {r[1]}");
            Assert.Equal(resource.Fields.Select(f => $"{f.Name}: {duckTypes[f.Type]}"), described);
        }
    }

    private static List<string> Show(List<object?[]> rows) => [.. rows.Select(r => string.Join('=', r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "null")))];
}
