namespace Extractor.Html.Limits;

/// <summary>
/// A tag name met by <see cref="TagScanner"/>, with what the scan needs to know about it, looked up once per distinct
/// name and scan instead of in three sets for every tag.
/// </summary>
/// <param name="Name">The lower-case name; one instance per name and scan, so the open stack compares by reference.</param>
/// <param name="IsVoid">An element without content (br, img, meta …).</param>
/// <param name="IsRawText">An element whose content is raw text, skipped up to its end tag (script, style …).</param>
/// <param name="ClosesP">A start tag that closes an open p.</param>
internal sealed record ScannedTag(string Name, bool IsVoid, bool IsRawText, bool ClosesP);
