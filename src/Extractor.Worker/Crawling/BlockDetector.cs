using System.Text;
using Extractor.Core.Reading;

namespace Extractor.Worker.Crawling;

/// <summary>
/// Tells an anti-bot or captcha answer from a real page, so that it is recorded as <c>blocked</c> and never as
/// "no report". WAFs in front of government sites answer 412 or 403 with a JavaScript challenge, or 200 with a
/// 验证码 / 安全验证 page.
/// </summary>
internal static class BlockDetector
{
    private static readonly string[] s_markers =
    [
        "验证码", "安全验证", "人机验证", "滑动验证", "访问验证", "请开启JavaScript", "请启用JavaScript",
        "captcha", "are you a robot", "challenge-form", "cf-challenge", "_waf_", "访问过于频繁",
    ];

    /// <summary>Whether the answer is a block page.</summary>
    /// <param name="status">The HTTP status, or 200 for files.</param>
    /// <param name="body">The first bytes of the body, decoded.</param>
    public static bool IsBlocked(int status, string body)
    {
        var hasMarker = s_markers.Any(m => body.Contains(m, StringComparison.OrdinalIgnoreCase));
        if (status == 412)
        {
            // 412 to a plain GET is the signature of script-challenge WAFs; nothing else sends it here.
            return true;
        }

        if (status is 401 or 403 or 429 or 503)
        {
            return hasMarker || body.Contains("<script", StringComparison.OrdinalIgnoreCase);
        }

        // A real page may mention a captcha in a login widget or a URL, so a 200 counts only when short, table-less,
        // and the marker is in the visible text.
        if (status is < 200 or >= 300 || !hasMarker || body.Length >= 16 * 1024 || body.Contains("<table", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var visible = LinkExtractor.CleanText(body);
        return s_markers.Any(m => visible.Contains(m, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Decodes at most the first 64 KiB of a body for <see cref="IsBlocked"/>.</summary>
    public static string Head(ReadOnlySpan<byte> bytes, string? charset)
        => TextDecoder.DecodeHtml(bytes[..Math.Min(bytes.Length, 64 * 1024)], charset).Text;

    /// <summary>Only HTML-ish content can be a block page; a PDF that mentions 验证码 is still a PDF.</summary>
    public static bool MayBeBlockPage(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 512)]).TrimStart();
        return !head.StartsWith("%PDF", StringComparison.Ordinal) && !head.StartsWith("PK", StringComparison.Ordinal)
            && !head.StartsWith("\u00D0\u00CF", StringComparison.Ordinal);
    }
}
