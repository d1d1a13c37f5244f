using System.Globalization;

namespace Extractor.Core.Reading;

/// <summary>
/// The largest input each reader accepts before its parser runs: the libraries hold a whole document in memory,
/// several times its size, so an oversized file is refused with a reason instead of exhausting memory.
/// </summary>
internal static class InputLimits
{
    /// <summary>HTML: 16 MB. Report pages, even pasted from Word with inline styles, stay under 5 MB; AngleSharp needs about 35 bytes of memory per byte of markup.</summary>
    public const long Html = 16L * 1024 * 1024;

    /// <summary>PDF: 200 MB. Scanned reports with a page image each reach tens of MB.</summary>
    public const long Pdf = 200L * 1024 * 1024;

    /// <summary>DOCX: 64 MB compressed (the parts read are capped separately once expanded).</summary>
    public const long Docx = 64L * 1024 * 1024;

    /// <summary>Plain text: 16 MB.</summary>
    public const long Text = 16L * 1024 * 1024;

    /// <summary>Throws a <see cref="DocumentReadException"/> naming the limit when <paramref name="source"/> is larger than <paramref name="maxBytes"/>.</summary>
    public static void Check(SourceDocument source, long maxBytes, string format)
    {
        if (source.Content.Length > maxBytes)
        {
            throw new DocumentReadException(string.Create(
                CultureInfo.InvariantCulture,
                $"{source.Uri}: refused: the {format} file is {Megabytes(source.Content.Length)}, over the {Megabytes(maxBytes)} limit for {format} input"));
        }
    }

    public static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB");
}
