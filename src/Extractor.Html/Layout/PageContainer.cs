using AngleSharp.Dom;

namespace Extractor.Html.Layout;

/// <summary>A body container candidate of a page, measured by the page's one walk.</summary>
/// <param name="Element">The container.</param>
/// <param name="TextLength">How many characters of its text (its <c>TextContent</c>) are not whitespace.</param>
/// <param name="HasTable">Whether a table element is inside it.</param>
internal readonly record struct PageContainer(IElement Element, int TextLength, bool HasTable);
