using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Extractor.Core.Text;
using Extractor.Html.Blocks;
using Extractor.Html.Layout;

namespace Extractor.Html.Metadata;

/// <summary>
/// Reads the title, date and agency that government CMS pages state around the report: the 索引号/发布机构/公开日期
/// table or line above the article, the CMS meta tags of the national site specification (ArticleTitle, PubDate,
/// ContentSource), and the page title.
/// </summary>
internal static partial class PageMetadataReader
{
    /// <summary>Metadata lines are short (发布机构：… 发布日期：…); skipping report paragraphs saves most of the matching.</summary>
    private const int MaxMetadataLine = 200;

    private static readonly string[] s_dateMetaNames = ["PubDate", "publishdate", "firstpublishedtime", "article:published_time", "dc.date"];

    private static readonly string[] s_agencyMetaNames = ["ContentSource", "publisher"];

    /// <summary>Date labels, most specific first; 时间 alone only after a colon, and not 采集时间/更新时间/访问时间.</summary>
    private static readonly Regex[] s_dateLabels =
    [
        PublishDate(), DisclosureDate(), WrittenDate(), IssueDate(), PublishTimeDate(), PrintDate(), TimeAfterColonDate(),
    ];

    private static readonly Regex[] s_agencyLabels =
    [
        PublishingBodyAgency(), IssuingOrganAgency(), PublishingUnitAgency(), IssuingUnitAgency(), InformationSourceAgency(), SourceAgency(),
    ];

    /// <summary>Reads the hints of <paramref name="document"/>; any of them may be null.</summary>
    public static PageMetadata Read(IDocument document) => Read(document, PageIndex.Of(document));

    /// <summary>As <see cref="Read(IDocument)"/>, with the elements the page's one walk found.</summary>
    public static PageMetadata Read(IDocument document, PageIndex page)
    {
        var lines = FlatLines(document.Body ?? document.DocumentElement);
        return new PageMetadata(Title(page), PublishedAt(page.Metas, lines), Agency(page.Metas, lines));
    }

    /// <summary>Cleans a page title of the site name that CMSs add after a separator ("报告-沭阳县发改局", "报告_XX市人民政府").</summary>
    internal static string? CleanTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var parts = TitleSeparator().Split(title).Select(static p => p.Trim()).Where(static p => p.Length > 0).ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        return parts.FirstOrDefault(static p => p.Contains("报告", StringComparison.Ordinal)) ?? parts[0];
    }

    private static string? Title(PageIndex page)
    {
        if (MetaContent(page.Metas, ["ArticleTitle"]) is string articleTitle && articleTitle.Length > 0)
        {
            return articleTitle;
        }

        if (page.UcapTitle is IElement ucapTitle && BlockWalker.ElementText(ucapTitle) is { Length: > 0 } ucap)
        {
            return ucap;
        }

        var headings = page.Headings
            .Where(static h => !InChrome(h))
            .Select(BlockWalker.ElementText)
            .Where(static t => t.Length > 0)
            .ToList();
        var cleanedTitle = CleanTitle(page.Title is null ? null : Collapse(page.Title.TextContent));
        return headings.FirstOrDefault(static h => h.Contains("报告", StringComparison.Ordinal))
            ?? (cleanedTitle is not null && cleanedTitle.Contains("报告", StringComparison.Ordinal) ? cleanedTitle : null)
            ?? cleanedTitle
            ?? headings.FirstOrDefault();
    }

    private static bool InChrome(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (ChromeFilter.IsChromeElement(e))
            {
                return true;
            }
        }

        return false;
    }

    private static string? PublishedAt(List<IElement> metas, IReadOnlyList<string> lines)
    {
        if (MetaContent(metas, s_dateMetaNames) is string meta && DateIn(meta) is string fromMeta)
        {
            return fromMeta;
        }

        foreach (var label in s_dateLabels)
        {
            foreach (var line in lines)
            {
                var match = label.Match(line);
                if (match.Success && ToDate(match) is string date)
                {
                    return date;
                }
            }
        }

        return null;
    }

    private static string? Agency(List<IElement> metas, IReadOnlyList<string> lines)
    {
        foreach (var label in s_agencyLabels)
        {
            foreach (var line in lines)
            {
                foreach (Match match in label.Matches(line))
                {
                    var value = match.Groups["v"].Value.Trim();
                    if (IsAgencyName(value))
                    {
                        return value;
                    }
                }
            }
        }

        return MetaContent(metas, s_agencyMetaNames) is string meta && IsAgencyName(meta) ? meta : null;
    }

    private static bool IsAgencyName(string value) =>
        value.Length is >= 2 and <= 40
        && value.Any(static ch => ch is >= '\u4E00' and <= '\u9FFF')
        && !value.Contains("http", StringComparison.OrdinalIgnoreCase)
        && !value.Contains("www.", StringComparison.OrdinalIgnoreCase)
        && !value.Contains('/', StringComparison.Ordinal);

    private static string? MetaContent(List<IElement> metas, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            foreach (var meta in metas)
            {
                var key = DomSearch.Attribute(meta, "name") ?? DomSearch.Attribute(meta, "property");
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && DomSearch.Attribute(meta, "content") is { } content && content.Trim().Length > 0)
                {
                    return content.Trim();
                }
            }
        }

        return null;
    }

    private static string? DateIn(string text) => BareDate().Match(text) is { Success: true } match ? ToDate(match) : null;

    private static string? ToDate(Match match)
    {
        var year = DecimalDigits.ToInt(match.Groups["y"].Value) ?? -1;
        var month = DecimalDigits.ToInt(match.Groups["m"].Value) ?? -1;
        var day = DecimalDigits.ToInt(match.Groups["d"].Value) ?? -1;
        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The page as lines of text joined like report text (no gaps next to Chinese characters), where a table row is one
    /// line with its cells separated by spaces, so that a label cell and its value cell read "发布机构 沭阳县发展和改革局".
    /// </summary>
    private static List<string> FlatLines(IElement? root)
    {
        var flat = new FlatText();
        if (root is not null)
        {
            flat.Visit(root, 0);
        }

        flat.EndLine();
        return flat.Lines;
    }

    private sealed class FlatText
    {
        private readonly InlineTextBuilder _segment = new();
        private readonly List<string> _segments = [];

        /// <summary>The length of the current line's finished segments joined; past the limit the line is only skipped.</summary>
        private int _lineLength;
        private bool _overlong;

        public List<string> Lines { get; } = [];

        public void Visit(INode node, int depth)
        {
            var children = node.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                var child = children[i];
                if (NodeKinds.AsText(child) is { } text)
                {
                    if (!_overlong)
                    {
                        _segment.Append(text.Data);
                        _overlong = _lineLength + (_segments.Count > 0 ? 1 : 0) + _segment.Length > MaxMetadataLine;
                    }
                }
                else if (NodeKinds.AsElement(child) is { } element && !ChromeFilter.IsSkipped(element) && depth < 200)
                {
                    var name = element.LocalName;
                    var lineBreak = name is "br" or "tr" || (HtmlTags.IsBlock(name) && !HtmlTags.IsCell(name) && name is not ("tbody" or "thead" or "tfoot" or "table"));
                    var cell = HtmlTags.IsCell(name);
                    Boundary(lineBreak, cell);
                    Visit(element, depth + 1);
                    Boundary(lineBreak, cell);
                }
            }
        }

        public void EndLine()
        {
            EndSegment();
            if (_segments.Count > 0 && !_overlong)
            {
                Lines.Add(string.Join(' ', _segments));
            }

            _segments.Clear();
            _lineLength = 0;
            _overlong = false;
        }

        private void Boundary(bool lineBreak, bool cell)
        {
            if (lineBreak)
            {
                EndLine();
            }
            else if (cell)
            {
                EndSegment();
            }
        }

        private void EndSegment()
        {
            var text = _segment.Flush();
            if (text.Length > 0 && !_overlong)
            {
                _lineLength += text.Length + (_segments.Count > 0 ? 1 : 0);
                _segments.Add(text);
            }
        }
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    // Source-generated (label + the date or agency pattern): compiled-at-start-up regexes cost JIT time in every process.
    [GeneratedRegex(@"发布日期\s*[:：]?\s*(?<y>\d{4})\s*[-年/.]\s*(?<m>\d{1,2})\s*[-月/.]\s*(?<d>\d{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex PublishDate();

    [GeneratedRegex(@"公开日期\s*[:：]?\s*(?<y>\d{4})\s*[-年/.]\s*(?<m>\d{1,2})\s*[-月/.]\s*(?<d>\d{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex DisclosureDate();

    [GeneratedRegex(@"成文日期\s*[:：]?\s*(?<y>\d{4})\s*[-年/.]\s*(?<m>\d{1,2})\s*[-月/.]\s*(?<d>\d{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"发文日期\s*[:：]?\s*(?<y>\d{4})\s*[-年/.]\s*(?<m>\d{1,2})\s*[-月/.]\s*(?<d>\d{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex IssueDate();

    [GeneratedRegex(@"发布时间\s*[:：]?\s*(?<y>\d{4})\s*[-年/.]\s*(?<m>\d{1,2})\s*[-月/.]\s*(?<d>\d{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex PublishTimeDate();

    [GeneratedRegex(@"印发日期\s*[:：]?\s*(?<y>\d{4})\s*[-年/.]\s*(?<m>\d{1,2})\s*[-月/.]\s*(?<d>\d{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex PrintDate();

    [GeneratedRegex(@"(?<![采集更新访问修改生成])时间\s*[:：]\s*[:：]?\s*(?<y>\d{4})\s*[-年/.]\s*(?<m>\d{1,2})\s*[-月/.]\s*(?<d>\d{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex TimeAfterColonDate();

    [GeneratedRegex(@"发布机构\s*[:：]?\s*(?<v>[^\s:：|｜]+?)(?=\s|$|[|｜]|发布日期|公开日期|成文日期|发文日期|发布时间|索引号|文号|分类|时间|日期|浏览|字号|字体)", RegexOptions.CultureInvariant)]
    private static partial Regex PublishingBodyAgency();

    [GeneratedRegex(@"发文机关\s*[:：]?\s*(?<v>[^\s:：|｜]+?)(?=\s|$|[|｜]|发布日期|公开日期|成文日期|发文日期|发布时间|索引号|文号|分类|时间|日期|浏览|字号|字体)", RegexOptions.CultureInvariant)]
    private static partial Regex IssuingOrganAgency();

    [GeneratedRegex(@"发布单位\s*[:：]?\s*(?<v>[^\s:：|｜]+?)(?=\s|$|[|｜]|发布日期|公开日期|成文日期|发文日期|发布时间|索引号|文号|分类|时间|日期|浏览|字号|字体)", RegexOptions.CultureInvariant)]
    private static partial Regex PublishingUnitAgency();

    [GeneratedRegex(@"发文单位\s*[:：]?\s*(?<v>[^\s:：|｜]+?)(?=\s|$|[|｜]|发布日期|公开日期|成文日期|发文日期|发布时间|索引号|文号|分类|时间|日期|浏览|字号|字体)", RegexOptions.CultureInvariant)]
    private static partial Regex IssuingUnitAgency();

    [GeneratedRegex(@"信息来源\s*[:：]?\s*(?<v>[^\s:：|｜]+?)(?=\s|$|[|｜]|发布日期|公开日期|成文日期|发文日期|发布时间|索引号|文号|分类|时间|日期|浏览|字号|字体)", RegexOptions.CultureInvariant)]
    private static partial Regex InformationSourceAgency();

    [GeneratedRegex(@"(?<![采集])来源\s*[:：]?\s*(?<v>[^\s:：|｜]+?)(?=\s|$|[|｜]|发布日期|公开日期|成文日期|发文日期|发布时间|索引号|文号|分类|时间|日期|浏览|字号|字体)", RegexOptions.CultureInvariant)]
    private static partial Regex SourceAgency();

    [GeneratedRegex(@"(?<y>\d{4})\s*[-年/.]\s*(?<m>\d{1,2})\s*[-月/.]\s*(?<d>\d{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex BareDate();

    [GeneratedRegex(@"\s*(?:[|｜_]|(?<!\d)-(?!\d)|——|—)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
