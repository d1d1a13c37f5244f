using System.Text.RegularExpressions;

namespace Extractor.Core.Legacy;

/// <summary>Strips the 其中：and 1. numbering off a statistics-table label; the rest stays as written.</summary>
internal static partial class LegacyLabels
{
    public static string Clean(string label) => Numbering().Replace(label.Trim(), string.Empty).Trim();

    [GeneratedRegex(@"^(?:其\s*中\s*[：:]?\s*)?(?:\d{1,2}\s*[.．、]\s*)?")]
    private static partial Regex Numbering();
}
