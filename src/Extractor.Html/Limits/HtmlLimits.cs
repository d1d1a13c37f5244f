using System.Globalization;
using Extractor.Core.Reading;

namespace Extractor.Html.Limits;

/// <summary>Refuses a page before parsing when it is larger or deeper than <see cref="HtmlReaderOptions"/> allow.</summary>
internal static class HtmlLimits
{
    /// <summary>Throws a <see cref="DocumentReadException"/> with the reason when the decoded page passes a limit.</summary>
    public static void Check(string uri, string text, HtmlReaderOptions options, CancellationToken cancellation = default)
    {
        var counts = TagScanner.Scan(text, options.MaxNestingDepth, options.MaxElements, cancellation);
        if (counts.Elements > options.MaxElements)
        {
            throw new DocumentReadException(string.Create(
                CultureInfo.InvariantCulture,
                $"{uri}: refused: the HTML page has more than {options.MaxElements:N0} elements (a report page has a few thousand; parsing this many would take minutes)"));
        }

        if (counts.MaxDepth > options.MaxNestingDepth)
        {
            throw new DocumentReadException(string.Create(
                CultureInfo.InvariantCulture,
                $"{uri}: refused: the HTML elements nest more than {options.MaxNestingDepth} deep (a page built to stall parsers, or broken markup that never closes its tags)"));
        }
    }
}
