using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Extractor.Worker.Hosting;

/// <summary>
/// Reads a site list (a province's agency sites) into sources, so that a thousand sites are one file, not a thousand
/// hand-written entries. CSV (UTF-8, header row): <c>name,start,allowedHosts,reportLinkText,reportUrlPattern,
/// nextPageText,pageUrlTemplate,maxPages</c>; only <c>name</c> and <c>start</c> are required, several start URLs or hosts
/// are separated by spaces or <c>;</c>, an empty cell keeps the default. JSON: an array of source objects with the keys
/// of a <c>sources</c> entry (or an object holding such a <c>sources</c> array). Every problem names the file and the
/// line (CSV) or the entry and key (JSON).
/// </summary>
internal static class SiteListReader
{
    private static readonly string[] s_columns = ["name", "start", "allowedHosts", "reportLinkText", "reportUrlPattern", "nextPageText", "pageUrlTemplate", "maxPages"];

    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads the file; <paramref name="errors"/> gets one message per problem, each starting with the file name.</summary>
    public static List<SourceOptions> Read(string path, List<string> errors)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            errors.Add($"siteLists: {path} not found.");
            return [];
        }

        try
        {
            return Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase)
                ? ReadJson(name, File.ReadAllBytes(path), errors)
                : ReadCsv(name, File.ReadAllText(path, Encoding.UTF8), errors);
        }
        catch (IOException ex)
        {
            errors.Add($"siteLists: {path} could not be read ({ex.Message}).");
            return [];
        }
    }

    public static List<SourceOptions> ReadCsv(string name, string text, List<string> errors)
    {
        var sources = new List<SourceOptions>();
        var records = Records(text).ToList();
        if (records.Count == 0)
        {
            errors.Add($"{name}: empty; the first line names the columns, e.g. name,start,allowedHosts.");
            return sources;
        }

        var header = records[0].Fields.Select(f => f.Trim()).ToList();
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var known = s_columns.FirstOrDefault(c => c.Equals(header[i], StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                errors.Add($"{name}:line 1: column '{header[i]}' is unknown; known columns: {string.Join(", ", s_columns)}.");
            }
            else if (!index.TryAdd(known, i))
            {
                errors.Add($"{name}:line 1: column '{header[i]}' appears twice.");
            }
        }

        foreach (var required in new[] { "name", "start" })
        {
            if (!index.ContainsKey(required))
            {
                errors.Add($"{name}:line 1: column '{required}' is missing.");
            }
        }

        if (!index.ContainsKey("name") || !index.ContainsKey("start"))
        {
            return sources;
        }

        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (fields.Count != header.Count)
            {
                errors.Add($"{name}:line {line}: {fields.Count} fields where the header has {header.Count}; quote a field that holds a comma.");
                continue;
            }

            string? Cell(string column) => index.TryGetValue(column, out var i) && !string.IsNullOrWhiteSpace(fields[i]) ? fields[i].Trim() : null;

            var source = new SourceOptions
            {
                Name = Cell("name") ?? string.Empty,
                Start = Split(Cell("start")),
                AllowedHosts = Split(Cell("allowedHosts")),
                Origin = $"{name}:line {line}",
            };
            source.ReportLinkText = Cell("reportLinkText") ?? source.ReportLinkText;
            source.ReportUrlPattern = Cell("reportUrlPattern") ?? source.ReportUrlPattern;
            source.NextPageText = Cell("nextPageText") ?? source.NextPageText;
            source.PageUrlTemplate = Cell("pageUrlTemplate") ?? source.PageUrlTemplate;
            if (Cell("maxPages") is { } maxPages)
            {
                if (int.TryParse(maxPages, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    source.MaxPages = n;
                }
                else
                {
                    errors.Add($"{name}:line {line}:maxPages: '{maxPages}' is not a whole number.");
                }
            }

            sources.Add(source);
        }

        return sources;
    }

    public static List<SourceOptions> ReadJson(string name, byte[] bytes, List<string> errors)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, ConfigFileChecker.DocumentOptions);
        }
        catch (JsonException ex)
        {
            errors.Add($"{name}: {ConfigFileChecker.SyntaxError(ex)}");
            return [];
        }

        using (document)
        {
            var array = document.RootElement;
            if (array.ValueKind == JsonValueKind.Object && array.TryGetProperty("sources", out var inner))
            {
                array = inner;
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                errors.Add($"{name}: expected an array of sources (or an object with a \"sources\" array).");
                return [];
            }

            var sources = new List<SourceOptions>();
            var i = 0;
            foreach (var element in array.EnumerateArray())
            {
                var key = $"{name}:{i++}";
                var before = errors.Count;
                ConfigFileChecker.CheckObject(typeof(SourceOptions), element, key, errors);
                if (errors.Count > before)
                {
                    continue;
                }

                try
                {
                    var source = element.Deserialize<SourceOptions>(s_json);
                    if (source is not null)
                    {
                        source.Origin = key;
                        sources.Add(source);
                    }
                }
                catch (JsonException ex)
                {
                    errors.Add($"{key}: {ex.Message}");
                }
            }

            return sources;
        }
    }

    private static List<string> Split(string? cell)
        => cell is null ? [] : [.. cell.Split([' ', ';', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    // RFC 4180 records with the line each starts on: quoted fields may hold commas, quotes ("") and line breaks.
    private static IEnumerable<(int Line, List<string> Fields)> Records(string text)
    {
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var ended = false;
            while (i < text.Length && !ended)
            {
                var c = text[i++];
                if (quoted)
                {
                    if (c == '"' && i < text.Length && text[i] == '"')
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
                        line += c == '\n' ? 1 : 0;
                        field.Append(c);
                    }
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c is '\n' or '\r')
                {
                    if (c == '\r' && i < text.Length && text[i] == '\n')
                    {
                        i++;
                    }

                    line++;
                    ended = true;
                }
                else
                {
                    field.Append(c);
                }
            }

            fields.Add(field.ToString());
            yield return (start, fields);
        }
    }
}
