using System.Text.Encodings.Web;
using System.Text.Json;

namespace Extractor.Site.Writing;

/// <summary>
/// Writes one data file of the site: a script that stores a JSON value under a key of <c>window.SITE_DATA</c>. Pages load
/// data with script tags because browsers refuse to fetch files from file:// pages.
/// </summary>
internal static class DataScript
{
    private static readonly JsonWriterOptions s_options = new()
    {
        // Chinese stays as UTF-8 (a third of the size of \u escapes); the file is a script, never inlined into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static async Task WriteAsync(string path, string key, Action<Utf8JsonWriter> value, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        var prefix = System.Text.Encoding.UTF8.GetBytes($"(window.SITE_DATA=window.SITE_DATA||{{}})[{JsonSerializer.Serialize(key)}]=");
        await file.WriteAsync(prefix, ct).ConfigureAwait(false);
        await using (var writer = new Utf8JsonWriter(file, s_options))
        {
            value(writer);
            await writer.FlushAsync(ct).ConfigureAwait(false);
        }

        await file.WriteAsync(";\n"u8.ToArray(), ct).ConfigureAwait(false);
    }

    /// <summary>A decimal as the dataset means it: DECIMAL(28,8) scale dropped, so 12.00000000 is written 12.</summary>
    public static void Number(Utf8JsonWriter w, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumberValue(v / 1.0000000000000000000000000000m);
        }
        else
        {
            w.WriteNullValue();
        }
    }

    public static void Text(Utf8JsonWriter w, string? value)
    {
        if (value is null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStringValue(value);
        }
    }

    public static void Int(Utf8JsonWriter w, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumberValue(v);
        }
        else
        {
            w.WriteNullValue();
        }
    }
}
