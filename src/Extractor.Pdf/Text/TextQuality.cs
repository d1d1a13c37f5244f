namespace Extractor.Pdf.Text;

/// <summary>What the quality gate made of one page's text layer.</summary>
internal enum TextQuality
{
    /// <summary>Text that maps to Unicode and can be used.</summary>
    Good,

    /// <summary>No text at all (a scanned or image-only page, or a blank one).</summary>
    Empty,

    /// <summary>Text whose glyphs have no Unicode map: U+FFFD, private-use characters, control codes or (cid:…) names.</summary>
    Unmapped,
}
