using Extractor.Core.Records;

namespace Extractor.Core.Documents;

/// <summary>What a reader makes of one source file: its blocks in reading order, whatever the format was.</summary>
public sealed class ReportDocument
{
    /// <summary>Creates a document from its blocks.</summary>
    /// <param name="blocks">Text and tables in reading order.</param>
    /// <param name="diagnostics">What the reader noticed but could recover from (bad glyphs, a skipped page).</param>
    public ReportDocument(IReadOnlyList<Block> blocks, IReadOnlyList<Diagnostic>? diagnostics = null)
    {
        Blocks = blocks ?? throw new ArgumentNullException(nameof(blocks));
        Diagnostics = diagnostics ?? [];
    }

    /// <summary>Text and tables in reading order.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>Recoverable problems the reader met, with their locations.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The page's own title (HTML &lt;title&gt;, PDF Title), a hint when the body has none.</summary>
    public string? TitleHint { get; init; }

    /// <summary>A publication date the page states in its metadata (e.g. 发布日期), as yyyy-MM-dd.</summary>
    public string? PublishedAtHint { get; init; }

    /// <summary>The publishing agency the page states in its metadata (e.g. 发布机构), if any.</summary>
    public string? AgencyHint { get; init; }

    /// <summary>
    /// Set by a reader that found the text layer unusable (no text at all, or glyphs without a Unicode map).
    /// The mapper then reports the document as failed with this reason instead of guessing.
    /// </summary>
    public string? UnreadableReason { get; init; }

    /// <summary>Run on the mapped and checked report when the reader has doubts of its own (OCR), else null.</summary>
    public IReportVerifier? Verifier { get; init; }
}
