using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace Extractor.Worker.Hosting;

/// <summary>
/// Reads pipeline.json (and JSON site lists) the way a person wrote it, before binding: a syntax error is reported with
/// its line and column, and a key the options do not have ("politness", "reportLinkTxt") is an error naming it with
/// the nearest known key, instead of being ignored by the configuration binder.
/// </summary>
internal static class ConfigFileChecker
{
    /// <summary>Top-level sections that belong to the host rather than to <see cref="PipelineOptions"/>.</summary>
    private static readonly HashSet<string> s_hostSections = new(StringComparer.OrdinalIgnoreCase) { "Logging" };

    public static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The problems of the file at <paramref name="path"/>, each naming the key (or line and column); empty when fine.</summary>
    public static IReadOnlyList<string> Check(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), DocumentOptions);
        }
        catch (JsonException ex)
        {
            return [SyntaxError(ex)];
        }

        using (document)
        {
            var errors = new List<string>();
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add("the file must hold one JSON object ({ \"sources\": [...] , ... }).");
                return errors;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!s_hostSections.Contains(property.Name))
                {
                    CheckProperty(typeof(PipelineOptions), property, string.Empty, errors);
                }
            }

            return errors;
        }
    }

    /// <summary>The unknown keys of a JSON object meant to bind to <paramref name="type"/>, under the key <paramref name="prefix"/>.</summary>
    public static void CheckObject(Type type, JsonElement element, string prefix, List<string> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return; // a wrong value type is the binder's to report
        }

        foreach (var property in element.EnumerateObject())
        {
            CheckProperty(type, property, prefix, errors);
        }
    }

    /// <summary>"line 4, column 17: …" for a JSON syntax error (both counted from 1).</summary>
    public static string SyntaxError(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        return ex.LineNumber is long line
            ? $"line {line + 1}, column {ex.BytePositionInLine + 1 ?? 0}: {message}"
            : message;
    }

    private static void CheckProperty(Type type, JsonProperty property, string prefix, List<string> errors)
    {
        var key = prefix.Length == 0 ? property.Name : prefix + ":" + property.Name;
        var known = Properties(type);
        var match = known.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            var nearest = known.Select(p => p.Name).MinBy(n => Distance(n.ToLowerInvariant(), property.Name.ToLowerInvariant()));
            var hint = nearest is not null && Distance(nearest.ToLowerInvariant(), property.Name.ToLowerInvariant()) <= Math.Max(3, property.Name.Length / 3)
                ? $"did you mean \"{Camel(nearest)}\"?"
                : "known keys: " + string.Join(", ", known.Select(p => Camel(p.Name))) + ".";
            errors.Add($"{key}: unknown key; {hint}");
            return;
        }

        var valueType = match.PropertyType;
        if (IsOptionsClass(valueType))
        {
            CheckObject(valueType, property.Value, key, errors);
        }
        else if (valueType.IsGenericType && valueType.GetGenericTypeDefinition() == typeof(List<>)
            && IsOptionsClass(valueType.GetGenericArguments()[0]) && property.Value.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in property.Value.EnumerateArray())
            {
                CheckObject(valueType.GetGenericArguments()[0], item, $"{key}:{i++}", errors);
            }
        }
    }

    private static bool IsOptionsClass(Type type)
        => type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type) && type.Namespace == typeof(PipelineOptions).Namespace;

    private static List<PropertyInfo> Properties(Type type)
        => [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.SetMethod!.IsPublic)];

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    // Levenshtein distance, for the "did you mean" hint.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
