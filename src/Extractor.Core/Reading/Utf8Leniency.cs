using System.Buffers;
using System.Text;

namespace Extractor.Core.Reading;

/// <summary>
/// Tells text that is UTF-8 with a few damaged bytes (a truncated download, one pasted GBK character) from text in
/// another encoding: GB18030 text almost never forms valid multi-byte UTF-8 sequences, so when nearly all non-ASCII
/// sequences are valid UTF-8 the few invalid ones are damage, and decoding the whole as GB18030 would garble it all.
/// </summary>
internal static class Utf8Leniency
{
    /// <summary>At least this many valid multi-byte sequences before a verdict: a short text proves nothing.</summary>
    private const int MinValidSequences = 16;

    /// <summary>At most one invalid sequence per this many valid multi-byte ones (98% valid).</summary>
    private const int ValidPerInvalid = 50;

    /// <summary>Counts the invalid byte sequences of <paramref name="bytes"/> read as UTF-8.</summary>
    /// <returns>True when the text is overwhelmingly UTF-8 (and has at least one invalid sequence, in <paramref name="invalid"/>).</returns>
    public static bool IsMostlyUtf8(ReadOnlySpan<byte> bytes, out int invalid)
    {
        invalid = 0;
        var valid = 0;
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                if (consumed > 1)
                {
                    valid++;
                }
            }
            else
            {
                invalid++;
            }

            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return invalid > 0 && valid >= MinValidSequences && (long)invalid * ValidPerInvalid <= valid;
    }
}
