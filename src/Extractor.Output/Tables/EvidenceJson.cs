using System.Text.Encodings.Web;
using System.Text.Json;
using Extractor.Core.Records;

namespace Extractor.Output.Tables;

/// <summary>Renders the evidence of a check as one line of JSON, keys as in `parse --json`.</summary>
internal static class EvidenceJson
{
    private static readonly JsonWriterOptions s_options = new()
    {
        // Chinese stays readable in a spreadsheet; the text is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string ToJson(IReadOnlyList<CheckEvidence> evidence)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, s_options))
        {
            w.WriteStartArray();
            foreach (var e in evidence)
            {
                w.WriteStartObject();
                w.WriteString("ref", e.Ref);
                w.WriteString("raw", e.Raw);
                w.WriteString("at", e.At);
                if (e.Source is null)
                {
                    w.WriteNull("source");
                }
                else
                {
                    w.WriteString("source", e.Source);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
