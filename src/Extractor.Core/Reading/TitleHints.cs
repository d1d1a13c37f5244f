namespace Extractor.Core.Reading;

/// <summary>Screens the title a file's metadata states (PDF Info, DOCX core properties) before it is used as a hint.</summary>
internal static class TitleHints
{
    /// <summary>
    /// Returns the title, or null when it is one of the placeholders word processors write (the file name,
    /// "Microsoft Word - …", 无标题): those say nothing about the report.
    /// </summary>
    public static string? Clean(string? title)
    {
        title = title?.Trim();
        if (string.IsNullOrEmpty(title)
            || title.Length < 2
            || !title.Any(char.IsLetter)
            || title.StartsWith("Microsoft Word", StringComparison.OrdinalIgnoreCase)
            || title.Equals("untitled", StringComparison.OrdinalIgnoreCase)
            || title is "标题" or "无标题" or "文档" or "PowerPoint 演示文稿"
            || title.EndsWith(".doc", StringComparison.OrdinalIgnoreCase)
            || title.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)
            || title.EndsWith(".wps", StringComparison.OrdinalIgnoreCase)
            || title.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return title;
    }
}
