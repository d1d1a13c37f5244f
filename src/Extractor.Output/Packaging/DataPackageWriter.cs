using System.Text.Encodings.Web;
using System.Text.Json;
using Extractor.Output.Parquet;
using Extractor.Output.Tables;

namespace Extractor.Output.Packaging;

/// <summary>
/// Writes `datapackage.json`: a Frictionless Tabular Data Package with a Table Schema per CSV (types, descriptions,
/// `missingValues: [""]`, keys, and for key columns an `enum` plus an `x-labels` map of each key's Chinese label),
/// and the Parquet files listed as data resources with the same fields and their Parquet types.
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
            w.WriteString("profile", "tabular-data-package");
            w.WriteString("name", "gov-info-disclosure-annual-reports");
            w.WriteString("title", "政府信息公开工作年度报告 datasets");
            w.WriteString("description",
                "Tables read from Chinese government information-disclosure annual reports (政府信息公开工作年度报告) and the "
                + "results of their arithmetic checks. Join every table to `reports` on report_id. Keys are stable across releases; "
                + "each key column lists its keys with their Chinese labels under x-labels.");
            w.WriteStartArray("resources");
            foreach (var table in tables)
            {
                if (options.WriteCsv)
                {
                    WriteCsvResource(w, directory, table, options.CsvBom);
                }

                if (options.WriteParquet)
                {
                    WriteParquetResource(w, directory, table);
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
            + "as formulas (numbers are never changed); the Parquet file has the text as found.");
        w.WriteString("format", "csv");
        w.WriteString("mediatype", "text/csv");
        // utf-8-sig tells Python-based tools (frictionless-py, pandas) to drop the byte order mark.
        w.WriteString("encoding", bom ? "utf-8-sig" : "utf-8");
        w.WriteNumber("bytes", new FileInfo(Path.Combine(directory, path)).Length);
        w.WriteStartObject("dialect");
        w.WriteString("delimiter", ",");
        w.WriteString("lineTerminator", "\n");
        w.WriteString("quoteChar", "\"");
        w.WriteBoolean("doubleQuote", true);
        w.WriteBoolean("header", true);
        w.WriteEndObject();
        WriteSchema(w, table, parquet: false);
        w.WriteEndObject();
    }

    private static void WriteParquetResource(Utf8JsonWriter w, string directory, TableInfo table)
    {
        var path = table.Name + ".parquet";
        w.WriteStartObject();
        w.WriteString("profile", "data-resource");
        w.WriteString("name", table.Name + "-parquet");
        w.WriteString("path", path);
        w.WriteString("title", table.Title + " (Parquet)");
        w.WriteString("description", table.Description + " The same rows as " + table.Name + ".csv, typed; nulls are Parquet nulls.");
        w.WriteString("format", "parquet");
        w.WriteString("mediatype", "application/vnd.apache.parquet");
        w.WriteNumber("bytes", new FileInfo(Path.Combine(directory, path)).Length);
        WriteSchema(w, table, parquet: true);
        w.WriteEndObject();
    }

    private static void WriteSchema(Utf8JsonWriter w, TableInfo table, bool parquet)
    {
        w.WriteStartObject("schema");
        w.WriteStartArray("fields");
        foreach (var column in table.Columns)
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
        w.WriteString("type", TypeName(column.Type, parquet));
        if (column.Type == ColumnType.Date)
        {
            w.WriteString("format", "default");
        }

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

    private static string TypeName(ColumnType type, bool parquet) => type switch
    {
        ColumnType.Integer => "integer",
        ColumnType.Decimal => "number",
        ColumnType.Date => parquet ? "string" : "date",
        _ => "string",
    };

    private static string ParquetTypeName(ColumnType type) => type switch
    {
        ColumnType.Integer => "INT32",
        ColumnType.Decimal => $"DECIMAL({ParquetTableWriter<object>.DecimalPrecision},{ParquetTableWriter<object>.DecimalScale})",
        _ => "BYTE_ARRAY (UTF8 string)",
    };
}
