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
}
