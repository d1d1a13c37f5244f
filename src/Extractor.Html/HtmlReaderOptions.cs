namespace Extractor.Html;

/// <summary>Settings of the HTML reader.</summary>
public sealed record HtmlReaderOptions
{
    /// <summary>
    /// Record the source line of every block and cell in its location. Off by default: AngleSharp then keeps a source
    /// reference per element, which made parsing about 1.7 times slower on the Word-pasted fixtures; tables, rows and
    /// columns locate cells without it.
    /// </summary>
    public bool KeepSourceLines { get; init; }

    /// <summary>
    /// The largest page read, in bytes: 16 MB by default. Report pages, even pasted from Word, stay under 5 MB, and
    /// AngleSharp needs tens of bytes of memory per byte of markup; a larger page ends as a failed report.
    /// </summary>
    public long MaxInputBytes { get; init; } = Core.Reading.InputLimits.Html;

    /// <summary>
    /// How deep elements may nest (estimated from the tags before parsing): 10,000 by default. Word-pasted pages nest
    /// unclosed spans thousands deep; AngleSharp's time grows with the square of the depth (40,000 levels take 17 s),
    /// so a deeper page ends as a failed report instead of stalling the parser.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 10_000;

    /// <summary>
    /// The most elements (start tags) a page may have: 100,000 by default, some ten times a long Word-pasted report.
    /// AngleSharp takes tens of microseconds per element, so a page of 100,000 table rows would take over 10 s.
    /// </summary>
    public int MaxElements { get; init; } = 100_000;
}
