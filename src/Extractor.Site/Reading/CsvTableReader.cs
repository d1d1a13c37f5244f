using System.Text;

namespace Extractor.Site.Reading;

/// <summary>
/// Streams the rows of a CSV dataset file as the writer makes them (RFC 4180: comma, double-quote quoting with "" inside,
/// LF or CRLF, UTF-8 with or without BOM; an empty field is null).
/// </summary>
internal static class CsvTableReader
{
    public static async IAsyncEnumerable<TableRow> ReadAsync(string path, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var text = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var header = await ReadRecordAsync(text).ConfigureAwait(false);
        if (header is null)
        {
            yield break;
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            index[header[i]] = i;
        }

        while (await ReadRecordAsync(text).ConfigureAwait(false) is { } record)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var values = new object?[header.Count];
            for (var i = 0; i < header.Count && i < record.Count; i++)
            {
                values[i] = record[i].Length == 0 ? null : Unguard(record[i]);
            }

            yield return new TableRow(index, values);
        }
    }

    /// <summary>One record, or null at the end of the file.</summary>
    private static async Task<List<string>?> ReadRecordAsync(StreamReader text)
    {
        var line = await text.ReadLineAsync().ConfigureAwait(false);
        if (line is null)
        {
            return null;
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (true)
        {
            if (i >= line.Length)
            {
                if (quoted)
                {
                    // A quoted field runs over the line break.
                    var next = await text.ReadLineAsync().ConfigureAwait(false);
                    if (next is null)
                    {
                        break;
                    }

                    field.Append('\n');
                    line = next;
                    i = 0;
                    continue;
                }

                break;
            }

            var c = line[i++];
            if (quoted)
            {
                if (c == '"' && i < line.Length && line[i] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>The writer prefixes text starting with = + - @ tab or CR with ' against formula injection; undo exactly that.</summary>
    private static string Unguard(string field) =>
        field.Length > 1 && field[0] == '\'' && field[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? field[1..] : field;
}
