using System.Text.RegularExpressions;

namespace Extractor.Core.Checks.Narrative;

/// <summary>
/// The quantity keys of the `statements` dataset for numbers no table carries (documented in docs/legacy-and-statements.md;
/// never rename one). A number is given a key when the words of its clause before it say what it counts and its unit
/// fits; everything else is `other`, kept with its sentence.
/// </summary>
internal static partial class StatementKeys
{
    /// <summary>A number whose quantity is not recognised.</summary>
    public const string Other = "other";

    /// <summary>Keys in documentation order: clause words (folded to simplified, before the number) and the units that fit.</summary>
    public static IReadOnlyList<(string Key, string Meaning, Regex Words, string[] Units)> All { get; } =
    [
        ("active_published", "主动公开政府信息 (the report's own total)", ActivePublished(), ["条", "件", "个", "篇"]),
        ("policy_documents", "政策文件、规范性文件 published or issued", PolicyDocuments(), ["件", "份", "个", "篇", "条"]),
        ("interpretations", "政策解读 items", Interpretations(), ["篇", "条", "件", "期", "次", "个"]),
        ("website_posts", "信息 posted on the government website", WebsitePosts(), ["条", "篇"]),
        ("website_visits", "访问量/浏览量 of the website or column", WebsiteVisits(), ["人次", "次"]),
        ("new_media_accounts", "政务新媒体 accounts (微博, 微信公众号 …)", NewMediaAccounts(), ["个"]),
        ("new_media_posts", "信息 posted on 政务新媒体", NewMediaPosts(), ["条", "篇"]),
        ("press_conferences", "新闻发布会 held", PressConferences(), ["场", "次", "期"]),
        ("hotline_requests", "requests via 12345/热线/便民服务平台", Hotline(), ["件", "个", "次", "通"]),
        ("consultations", "咨询 handled", Consultations(), ["人次", "次", "件", "个"]),
        ("bulletin_issues", "issues of 政府公报/政务公开栏", Bulletin(), ["期"]),
        ("trainings", "培训 sessions", Trainings(), ["次", "期", "场"]),
        ("fees_collected", "信息公开费用 collected", Fees(), ["元", "万元"]),
    ];

    /// <summary>The key for a number with <paramref name="unit"/> whose clause reads <paramref name="clause"/> before it.</summary>
    public static string KeyOf(string clause, string unit)
    {
        var bare = unit.TrimStart('余', '多');
        foreach (var (key, _, words, units) in All)
        {
            if (units.Contains(bare, StringComparer.Ordinal) && words.IsMatch(clause))
            {
                return key;
            }
        }

        return Other;
    }

    // The own total: 2018年全区主动公开政府信息2069条, 其中主动公开政府信息1853条 (其中 splits 制作、获取的信息总数 here);
    // not 区直各部门主动公开政府信息1592条, whose subject is another body.
    [GeneratedRegex(@"(?:^|\d{4}年度?|数量|情况|其中|共计?|累计|全年|本年度?|今年)(?:全(?:省|市|区|县|州|旗|镇|乡)|[我本](?:省|市|区|县|局|委|办|厅|机关|单位|部门))?(?:共计?|累计)?主动公开(?:了)?(?:各类|各项)?(?:政府)?信息(?:共计?|总数|数)?(?:为|达)?$")]
    private static partial Regex ActivePublished();

    [GeneratedRegex(@"(?:政策性?|规范性)文件")]
    private static partial Regex PolicyDocuments();

    [GeneratedRegex(@"解读")]
    private static partial Regex Interpretations();

    [GeneratedRegex(@"(?:网站|门户).*(?:发布|公开|更新)")]
    private static partial Regex WebsitePosts();

    [GeneratedRegex(@"访问量|浏览量|点击量|访问")]
    private static partial Regex WebsiteVisits();

    [GeneratedRegex(@"新媒体|微博|微信|公众号|头条号|抖音|客户端")]
    private static partial Regex NewMediaAccounts();

    [GeneratedRegex(@"(?:新媒体|微博|微信|公众号|头条号|抖音|客户端).*发布|发布.*(?:新媒体|微博|微信|公众号)")]
    private static partial Regex NewMediaPosts();

    [GeneratedRegex(@"发布会")]
    private static partial Regex PressConferences();

    [GeneratedRegex(@"12345|热线|便民服务平台|诉求")]
    private static partial Regex Hotline();

    [GeneratedRegex(@"咨询")]
    private static partial Regex Consultations();

    [GeneratedRegex(@"公报|公开栏")]
    private static partial Regex Bulletin();

    [GeneratedRegex(@"培训")]
    private static partial Regex Trainings();

    [GeneratedRegex(@"收取|收费|费用")]
    private static partial Regex Fees();
}
