using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Core.Documents;
using Extractor.Core.Text;

namespace Extractor.Core.Mapping;

/// <summary>Finds title, agency, report year, publication date and script in a report's text.</summary>
internal static partial class MetadataExtractor
{
    /// <summary>The title is one of the first few lines; later ones are body text.</summary>
    private const int TitleSearchDepth = 8;

    /// <param name="document">The document read.</param>
    /// <param name="sections">Its sections.</param>
    /// <param name="preferBodyDate">True for files (PDF, DOCX) whose embedded dates are the file's creation or a printed
    /// browser header, not the report's: the date the report states wins over them.</param>
    public static ReportMetadata Extract(ReportDocument document, SectionedDocument sections, bool preferBodyDate = false)
    {
        // Fonts that map glyphs to radicals (⼈ for 人) must not cost the title or the agency.
        var text = sections.Text.Select(static t => t with { Text = RadicalFolding.Fold(t.Text) }).ToList();
        var labelled = LabelledFields(text);
        var title = Tidy(TrimFurniture(FindTitle(text) ?? CleanHint(labelled.Title) ?? CleanHint(Fold(document.TitleHint))));
        var allText = string.Join("\n", text.Select(static t => t.Text));

        var year = YearFromTitle(title) ?? YearFromTitle(document.TitleHint) ?? YearFromBody(allText);
        var agency = AgencyFromTitle(title) ?? CleanAgency(Fold(document.AgencyHint)) ?? CleanAgency(labelled.Agency) ?? AgencyFromSignature(text, sections);
        var pageDate = labelled.PublishedAt ?? DateField(document);
        var published = preferBodyDate
            ? pageDate ?? DateAtEnd(text, sections) ?? document.PublishedAtHint ?? DateNearTop(text, title)
            : document.PublishedAtHint ?? pageDate ?? DateNearTop(text, title) ?? DateAtEnd(text, sections);

        var tableText = string.Concat(sections.Tables.Values.SelectMany(static t => t).Select(static i => i.Cell.Text));
        var script = ChineseText.DetectScript(allText + tableText);

        var simplifiedTitle = ChineseText.ToSimplified(title ?? string.Empty);
        // A title is not enough: listing pages of the 年报 column and report pages whose report is an attachment carry
        // the same words. It counts only with a section heading or a table of the template beside it.
        var hasBody = sections.HeadingsFound.Count >= 1 || sections.Tables.Values.Any(static t => t.Any(static i => !i.FromText));
        var titled = simplifiedTitle.Contains("信息公开", StringComparison.Ordinal)
            && (simplifiedTitle.Contains("报告", StringComparison.Ordinal) || simplifiedTitle.Contains("年报", StringComparison.Ordinal));
        var looksLikeReport = (hasBody && (titled || MentionsReport(string.Concat(text.Take(TitleSearchDepth).Select(static t => t.Text)))))
            || sections.HeadingsFound.Count >= 3
            || sections.Tables["applications"].Count > 20;
        return new ReportMetadata(title, agency, year, published, script, looksLikeReport);
    }

    private static string? Fold(string? text) => text is null ? null : RadicalFolding.Fold(text);

    /// <summary>
    /// Converters and PDF text layers put spaces around digits and between characters (沭阳县人民政府 2025 年 政府…);
    /// Chinese is written without them, so a space beside a Han character is layout, not part of the name.
    /// </summary>
    private static string? Tidy(string? name) => name is null ? null : SpaceBesideHanPattern().Replace(name.Trim(), string.Empty);

    /// <summary>
    /// Page furniture that crawlers glue onto a title (…年度报告-沭阳县发改局单位：沭阳县发改局来源：http://…) ends at the
    /// report's own word 报告/年报: what follows a separator or a labelled field is cut.
    /// </summary>
    private static string? TrimFurniture(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var m = FurniturePattern().Match(title);
        return m.Success ? title[..m.Index].TrimEnd() : title;
    }

    /// <summary>Crawler dumps and some pages start with labelled fields: 标题: …, 发布时间: …, 发布机构: ….</summary>
    private static (string? Title, string? Agency, string? PublishedAt) LabelledFields(List<TextBlock> text)
    {
        string? title = null, agency = null, published = null;
        foreach (var block in text.Take(TitleSearchDepth * 2))
        {
            var m = LabelledFieldPattern().Match(ChineseText.ToSimplified(block.Text));
            if (!m.Success)
            {
                continue;
            }

            var value = block.Text[m.Groups["value"].Index..].Trim();
            switch (m.Groups["label"].Value)
            {
                case "标题" or "题名" or "名称":
                    title ??= value.Length > 0 ? value : null;
                    break;
                case "发布机构" or "发文机关" or "来源" or "发布单位":
                    agency ??= value.Length > 0 ? value : null;
                    break;
                default:
                    published ??= DateText.Find(value);
                    break;
            }
        }

        return (title, agency, published);
    }

    /// <summary>
    /// A page's field line under the title (日期:2026-01-29 16:00 来源:… 字号:) holds the publication date anywhere on it.
    /// Read from the document's own lines, since the line as a whole is page chrome and the sections drop it.
    /// </summary>
    private static string? DateField(ReportDocument document)
    {
        foreach (var block in document.Blocks.OfType<TextBlock>().Take(TitleSearchDepth * 2))
        {
            var m = InlineDateFieldPattern().Match(ChineseText.ToSimplified(RadicalFolding.Fold(block.Text)));
            if (m.Success && DateText.Find(m.Groups["value"].Value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static bool MentionsReport(string line)
    {
        var s = ChineseText.ToSimplified(line);
        return s.Contains("信息公开", StringComparison.Ordinal) && (s.Contains("报告", StringComparison.Ordinal) || s.Contains("年报", StringComparison.Ordinal));
    }

    private static string? FindTitle(List<TextBlock> text)
    {
        var depth = Math.Min(text.Count, TitleSearchDepth);
        for (var i = 0; i < depth; i++)
        {
            var block = text[i];
            var s = ChineseText.ToSimplified(block.Text);
            // A title wrapped over two lines (…政府信息公开 / 工作年度报告) is one title.
            var wrapped = i + 1 < text.Count && text[i + 1].Text.Trim().Length <= 12
                && !s.Contains("报告", StringComparison.Ordinal) && ChineseText.ToSimplified(text[i + 1].Text).Contains("报告", StringComparison.Ordinal);
            if (wrapped)
            {
                s += ChineseText.ToSimplified(text[i + 1].Text.Trim());
            }

            // A title is never a sentence: a dump's lead (title, a space, then the intro's first sentence) is not one.
            if (block.Text.Length <= 100 && !s.Contains('。', StringComparison.Ordinal) && s.Contains("信息公开", StringComparison.Ordinal)
                && (s.Contains("报告", StringComparison.Ordinal) || s.Contains("年报", StringComparison.Ordinal))
                && !IntroPattern().IsMatch(s)
                && !FieldPrefixPattern().IsMatch(s))
            {
                var title = wrapped ? block.Text.Trim() + text[i + 1].Text.Trim() : block.Text.Trim();

                // WPS and Word title pages often set the agency on its own line above "2023年政府信息公开工作年度报告".
                if (i > 0 && TitleYearPattern().Match(title) is { Success: true, Index: 0 })
                {
                    var above = text[i - 1].Text.Trim();
                    if (above.Length <= 30 && AgencySuffixPattern().IsMatch(ChineseText.ToSimplified(above)) && !DateText.IsDateLine(above))
                    {
                        return above + title;
                    }
                }

                return title;
            }
        }

        return null;
    }

    private static string? CleanHint(string? hint)
    {
        if (string.IsNullOrWhiteSpace(hint))
        {
            return null;
        }

        var s = ChineseText.ToSimplified(hint);
        return s.Contains("报告", StringComparison.Ordinal) || s.Contains("年报", StringComparison.Ordinal) ? hint.Trim() : null;
    }

    private static int? YearFromTitle(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var m = TitleYearPattern().Match(title);
        return m.Success ? DecimalDigits.ToInt(m.Groups[1].ValueSpan) : null;
    }

    private static int? YearFromBody(string text)
    {
        var simplified = ChineseText.ToSimplified(text);
        var m = PeriodYearPattern().Match(simplified);
        if (!m.Success)
        {
            m = ReportYearPattern().Match(simplified);
        }

        return m.Success ? DecimalDigits.ToInt(m.Groups[1].ValueSpan) : null;
    }

    private static string? AgencyFromTitle(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var m = TitleYearPattern().Match(title);
        if (!m.Success)
        {
            return null;
        }

        if (m.Index > 0)
        {
            return CleanAgency(title[..m.Index]);
        }

        // Year first (2019年上海市人民政府办公厅政府信息公开工作年度报告): the agency sits between the year and the report's name.
        var rest = title[(m.Index + m.Length)..];
        var end = YearFirstAgencyEndPattern().Match(rest);
        var candidate = end.Success ? rest[..end.Index].Trim() : string.Empty;
        return candidate.Length >= 2 && AgencySuffixPattern().IsMatch(ChineseText.ToSimplified(candidate)) ? CleanAgency(candidate) : null;
    }

    private static string? CleanAgency(string? agency)
    {
        if (string.IsNullOrWhiteSpace(agency))
        {
            return null;
        }

        var s = Tidy(agency)!.TrimEnd('：', ':', '，', ',', '、', ' ');
        foreach (var suffix in new[] { "关于", "關於" })
        {
            if (s.EndsWith(suffix, StringComparison.Ordinal))
            {
                s = s[..^suffix.Length].TrimEnd();
            }
        }

        return s.Length is > 1 and <= 60 ? s : null;
    }

    /// <summary>The signature under the last section; an excerpt cut before its end has none.</summary>
    private static string? AgencyFromSignature(List<TextBlock> text, SectionedDocument sections)
    {
        if (!sections.HeadingsFound.Contains("other"))
        {
            return null;
        }

        foreach (var block in text.AsEnumerable().Reverse().Take(6))
        {
            var line = block.Text.Trim();
            if (line.Length <= 30 && !DateText.IsDateLine(line) && !NumberedPattern().IsMatch(line) && AgencySuffixPattern().IsMatch(ChineseText.ToSimplified(line)))
            {
                return line;
            }
        }

        return null;
    }

    private static string? DateNearTop(List<TextBlock> text, string? title)
    {
        var start = title is null ? 0 : Math.Max(0, text.FindIndex(t => t.Text.Trim() == title));
        foreach (var block in text.Skip(start).Take(4))
        {
            if (DateText.IsDateLine(block.Text))
            {
                return DateText.Find(block.Text);
            }
        }

        return null;
    }

    private static string? DateAtEnd(List<TextBlock> text, SectionedDocument sections)
    {
        if (!sections.HeadingsFound.Contains("other"))
        {
            return null;
        }

        foreach (var block in text.AsEnumerable().Reverse().Take(5))
        {
            if (DateText.IsDateLine(block.Text))
            {
                return DateText.Find(block.Text);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?<label>标题|题名|名称|发布机构|发文机关|来源|发布单位|发布时间|发布日期|公开日期|成文日期|发文日期)\s*[:：]\s*(?<value>.*)$")]
    private static partial Regex LabelledFieldPattern();

    /// <summary>A page field such as 栏目: or 标题: — its value may name the report without being the title line.</summary>
    [GeneratedRegex(@"^\s*[^\s:：，。,]{1,6}\s*[:：]")]
    private static partial Regex FieldPrefixPattern();

    [GeneratedRegex(@"^[(（]?[一二三四五六七八九十\d]+[)）、.．]")]
    private static partial Regex NumberedPattern();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    private static partial Regex TitleYearPattern();

    /// <summary>The statistics-period sentence: 统计期限自2025年1月1日起至2025年12月31日止 and its variants.</summary>
    [GeneratedRegex(@"统计[期时]限.{0,6}?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日")]
    private static partial Regex PeriodYearPattern();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年度?(?:政府)?信息公开(?:工作)?(?:年度)?(?:情况)?报告")]
    private static partial Regex ReportYearPattern();

    /// <summary>Where the report's own name starts after a year-first title's agency.</summary>
    [GeneratedRegex(@"(政府|政务)?信息公开|年度报告|工作报告")]
    private static partial Regex YearFirstAgencyEndPattern();

    /// <summary>After 报告/年报: a separator or a labelled page field (单位：, 来源：, 采集时间：, a URL) starts furniture.</summary>
    [GeneratedRegex(@"(?<=报告|年报)\s*(?:[-_|—–]+|(?=[^\s，。（(]{1,6}[:：])|(?=https?://))")]
    private static partial Regex FurniturePattern();

    /// <summary>A date field inside a line of page fields; 更新时间 (an edit, not the publication) is not one.</summary>
    [GeneratedRegex(@"(?:^|(?<=\s))(?:发布时间|发布日期|公开日期|成文日期|发文日期|日期|时间)\s*[:：]\s*(?<value>[\d０-９]{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2})")]
    private static partial Regex InlineDateFieldPattern();

    [GeneratedRegex(@"\s+(?=\p{IsCJKUnifiedIdeographs})|(?<=\p{IsCJKUnifiedIdeographs})\s+")]
    private static partial Regex SpaceBesideHanPattern();

    [GeneratedRegex(@"^(根据|按照|依据|依照|现将|本报告)")]
    private static partial Regex IntroPattern();

    [GeneratedRegex(@"(政府|局|委员会|委|办公室|办|中心|办事处|管委会|院|厅|署|站|队|部|镇|乡|街道|公司)$")]
    private static partial Regex AgencySuffixPattern();
}
