using System.Text.RegularExpressions;

namespace Extractor.Core.Checks.Narrative;

/// <summary>
/// Joins the lines of a sentence that a converter wrapped (PDF lines, HTML `&lt;br&gt;`): a line break after a character that
/// does not end a sentence or clause, followed by more text, is not a boundary. A blank line still is (a paragraph).
/// </summary>
internal static partial class WrappedLines
{
    public static string Join(string text) => Wrap().Replace(text, string.Empty);

    [GeneratedRegex(@"(?<=[^。！？；;!?：:\s])[ \t]*\r?\n[ \t]*(?=\S)")]
    private static partial Regex Wrap();
}
