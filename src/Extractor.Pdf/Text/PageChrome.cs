using System.Text.RegularExpressions;

namespace Extractor.Pdf.Text;

/// <summary>
/// Recognises running page furniture: page numbers such as "— 5 —", "- 5 -", "第 5 页 共 9 页" or "5/9" in the top
/// or bottom margin, and headers or footers repeated on several pages. Government reports printed from WPS or Word
/// carry these, and left in place they would split paragraphs and tables that continue over a page break.
/// </summary>
internal static partial class PageChrome
{
    /// <summary>Share of the page height at the top and at the bottom where furniture lives.</summary>
    public const double MarginShare = 0.1;

    public static bool IsPageNumber(string text) => PageNumberPattern().IsMatch(text);

    public static bool InMargin(TextLine line, double pageHeight) =>
        line.Box.Bottom < pageHeight * MarginShare || line.Box.Top > pageHeight * (1 - MarginShare);

    /// <summary>Text for comparing headers across pages: digits vary (page numbers), so they are masked.</summary>
    public static string Signature(string text) => DigitsPattern().Replace(text, "#");

    [GeneratedRegex(@"^[\s\-—–－_~·•\.]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／]\s*\d{1,4})?(\s*(共\s*)?\d{1,4}\s*页)?[\s\-—–－_~·•\.]*$")]
    private static partial Regex PageNumberPattern();

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsPattern();
}
