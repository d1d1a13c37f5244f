using System.Text.Encodings.Web;
using System.Text.Json;
using Extractor.Output.Parquet;
using Extractor.Output.Tables;
using Extractor.Output.Workbook;

namespace Extractor.Output.Packaging;

/// <summary>
/// Writes `datapackage.json`, a Frictionless Data Package (v1) that the reference implementations accept: the package
/// profile is `data-package` because the folder holds Parquet files and a workbook, which a `tabular-data-package` may
/// not; each CSV is a `tabular-data-resource` with its exact dialect, `utf-8` encoding and a Table Schema (types,
/// Chinese titles, descriptions, `missingValues: [""]`, keys, and for key columns an `enum` plus an `x-labels` map of
/// each key's Chinese label); each Parquet file (or set of partition files) is a `data-resource` with the same fields
/// and their Parquet types. The workbook is named in the description only: the reference library takes any resource
/// whose path ends in .xlsx for a tabular one and fails to read it.
/// </summary>
internal static class DataPackageWriter
{
    public const string FileName = "datapackage.json";

    private static readonly JsonWriterOptions s_options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        NewLine = "\n",
    };

    public static void Write(string directory, IReadOnlyList<TableInfo> tables, DatasetWriterOptions options)
    {
        using var stream = new FileStream(Path.Combine(directory, FileName), FileMode.CreateNew, FileAccess.Write);
        using (var w = new Utf8JsonWriter(stream, s_options))
        {
            w.WriteStartObject();
            w.WriteString("profile", "data-package");
            w.WriteString("name", "gov-info-disclosure-annual-reports");
            w.WriteString("title", "政府信息公开工作年度报告 datasets");
            w.WriteString("description",
                "Tables read from Chinese government information-disclosure annual reports (政府信息公开工作年度报告) and the "
                + "results of their arithmetic checks. Join every table to `reports` on report_id. Keys are stable across releases; "
                + "each key column lists its keys with their Chinese labels under x-labels. The same tables come as CSV, as Parquet "
                + "and as sheets of " + WorkbookWriter.FileName + " (for Excel; not listed as a resource, as readers of this "
                + "specification take any .xlsx for a table they would read).");
            w.WriteStartArray("resources");
            foreach (var table in tables)
            {
                if (options.WriteCsv)
                {
                    WriteCsvResource(w, directory, table, options.CsvBom);
                }

                if (options.WriteParquet)
                {
                    WriteParquetResource(w, directory, table, options.PartitionBy == DatasetPartitioning.Year ? "year" : null);
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void WriteCsvResource(Utf8JsonWriter w, string directory, TableInfo table, bool bom)
    {
        var path = table.Name + ".csv";
        w.WriteStartObject();
        w.WriteString("profile", "tabular-data-resource");
        w.WriteString("name", table.Name);
        w.WriteString("path", path);
        w.WriteString("title", table.Title);
        w.WriteString("description",
            table.Description + " Text fields that start with = + - @, a tab or a CR carry a leading ' so that spreadsheets do not run them "
            + "as formulas (numbers are never changed); the Parquet file and the workbook have the text as found."
            + (bom ? " The file starts with a UTF-8 byte order mark (written on request, for Excel)." : string.Empty));
        w.WriteString("format", "csv");
        w.WriteString("mediatype", "text/csv");

        // The IANA character-set name. A byte order mark, when asked for, is still UTF-8, but readers that do not strip it
        // see it in the first column name: it is off by default (src/Extractor.Output/README.md, "The BOM question").
        w.WriteString("encoding", "utf-8");
        w.WriteNumber("bytes", new FileInfo(Path.Combine(directory, path)).Length);

        // Everything CsvHelper does, spelled out (CSV Dialect 1.2): fields are quoted only when they hold a comma, a
        // quote, a line break or edge spaces, quotes inside are doubled, no escape character, no comments.
        w.WriteStartObject("dialect");
        w.WriteNumber("csvddfVersion", 1.2);
        w.WriteString("delimiter", ",");
        w.WriteString("lineTerminator", "\n");
        w.WriteString("quoteChar", "\"");
        w.WriteBoolean("doubleQuote", true);
        w.WriteBoolean("skipInitialSpace", false);
        w.WriteBoolean("header", true);
        w.WriteBoolean("caseSensitiveHeader", true);
        w.WriteEndObject();
        WriteSchema(w, table, parquet: false, partitionKey: null);
        w.WriteEndObject();
    }

    private static void WriteParquetResource(Utf8JsonWriter w, string directory, TableInfo table, string? partitionKey)
    {
        w.WriteStartObject();
        w.WriteString("profile", "data-resource");
        w.WriteString("name", table.Name + "-parquet");
        if (partitionKey is null)
        {
            var path = table.Name + ".parquet";
            w.WriteString("path", path);
            w.WriteString("title", table.Title + " (Parquet)");
            w.WriteString("description", table.Description + " The same rows as " + table.Name + ".csv, typed; nulls are Parquet nulls.");
            w.WriteString("format", "parquet");
            w.WriteString("mediatype", "application/vnd.apache.parquet");
            w.WriteNumber("bytes", new FileInfo(Path.Combine(directory, path)).Length);
        }
        else
        {
            // One file per partition; a path array is how a Data Resource spreads its data over several files.
            w.WriteStartArray("path");
            foreach (var file in PartitionFiles(directory, table.Name))
            {
                w.WriteStringValue(file);
            }

            w.WriteEndArray();
            w.WriteString("title", table.Title + " (Parquet, partitioned by " + partitionKey + ")");
            w.WriteString("description",
                table.Description + " The same rows as " + table.Name + ".csv, typed, in Hive-style folders " + table.Name + "/" + partitionKey
                + "=…/ by the report's " + partitionKey + " (" + DatasetTarget.NullPartition + " where it is unknown): read the folder with "
                + "hive_partitioning (DuckDB) or spark.read.parquet, which add the " + partitionKey + " column from the folder names.");
            w.WriteString("format", "parquet");
            w.WriteString("mediatype", "application/vnd.apache.parquet");
            w.WriteStartObject("x-partitioning");
            w.WriteString("style", "hive");
            w.WriteStartArray("fields");
            w.WriteStringValue(partitionKey);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        WriteSchema(w, table, parquet: true, partitionKey);
        w.WriteEndObject();
    }

    /// <summary>The partition files of a table, relative with `/`, in ordinal order.</summary>
    public static IReadOnlyList<string> PartitionFiles(string directory, string table)
    {
        var folder = Path.Combine(directory, table);
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.parquet", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(directory, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)]
            : [];
    }

    private static void WriteSchema(Utf8JsonWriter w, TableInfo table, bool parquet, string? partitionKey)
    {
        w.WriteStartObject("schema");
        w.WriteStartArray("fields");
        foreach (var column in table.Columns.Where(c => c.Name != partitionKey))
        {
            WriteField(w, column, parquet);
        }

        w.WriteEndArray();
        w.WriteStartArray("missingValues");
        w.WriteStringValue("");
        w.WriteEndArray();
        if (table.PrimaryKey.Count > 0)
        {
            w.WriteStartArray("primaryKey");
            foreach (var key in table.PrimaryKey)
            {
                w.WriteStringValue(key);
            }

            w.WriteEndArray();
        }

        if (table.ReferencesReports)
        {
            w.WriteStartArray("foreignKeys");
            w.WriteStartObject();
            w.WriteString("fields", "report_id");
            w.WriteStartObject("reference");
            w.WriteString("resource", parquet ? "reports-parquet" : "reports");
            w.WriteString("fields", "report_id");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter w, ColumnInfo column, bool parquet)
    {
        w.WriteStartObject();
        w.WriteString("name", column.Name);
        if (column.Title is { } title)
        {
            w.WriteString("title", title);
        }

        w.WriteString("type", TypeName(column.Type));
        w.WriteString("format", "default");
        w.WriteString("description", column.Description);
        if (parquet)
        {
            w.WriteString("x-parquet-type", ParquetTypeName(column.Type));
        }

        if (column.Required || column.Labels is not null)
        {
            w.WriteStartObject("constraints");
            if (column.Required)
            {
                w.WriteBoolean("required", true);
            }

            if (column.Labels is not null)
            {
                w.WriteStartArray("enum");
                foreach (var key in column.Labels.Keys)
                {
                    w.WriteStringValue(key);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        if (column.Labels is not null)
        {
            w.WriteStartObject("x-labels");
            foreach (var (key, label) in column.Labels)
            {
                w.WriteString(key, label);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static string TypeName(ColumnType type) => type switch
    {
        ColumnType.Integer => "integer",
        ColumnType.Decimal => "number",
        ColumnType.Date => "date",
        ColumnType.Timestamp => "datetime",
        _ => "string",
    };

    private static string ParquetTypeName(ColumnType type) => type switch
    {
        ColumnType.Integer => "INT32",
        ColumnType.Decimal => $"DECIMAL({ParquetTableWriter<object>.DecimalPrecision},{ParquetTableWriter<object>.DecimalScale})",
        ColumnType.Date => "INT32 (DATE)",
        ColumnType.Timestamp => "INT64 (TIMESTAMP(MILLIS, UTC))",
        _ => "BYTE_ARRAY (UTF8 string)",
    };
}
