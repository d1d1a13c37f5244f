using Extractor.Core.Text;

namespace Extractor.Core.Legacy;

/// <summary>
/// The key set of the pre-2019 statistics table (SCHEMA.md §7). The old table had no national wording, so each key is
/// recognised by its distinctive words; a row none of them names is kept as `other` with its label. Sub-items
/// (其中：1. …) name their total in <see cref="ParentOf"/>, which the LEG-SUB rule and the splitter use.
/// Documented in docs/legacy-and-statements.md: keep the two lists in step, and never rename a key.
/// </summary>
internal static class LegacyIndicatorKeys
{
    /// <summary>A row whose label no key names.</summary>
    public const string Other = "other";

    /// <summary>Keys in documentation order with their Chinese label, and the words that recognise them (first hit wins, so narrower words come first).</summary>
    public static IReadOnlyList<(string Key, string Label, string[] Words)> All { get; } =
    [
        ("active_website", "政府网站公开数", ["网站公开", "网上公开"]),
        ("active_gazette", "政府公报公开数", ["公报公开", "公报"]),
        ("active_other_channels", "其他方式公开数", ["其他方式公开", "其它方式公开", "其他形式公开", "其它形式公开"]),
        ("active_published", "主动公开文件数 / 主动公开信息数", ["主动公开"]),
        ("applications_in_person", "当面申请数", ["当面申请", "现场申请"]),
        ("applications_letter_fax", "信函、传真申请数", ["信函、传真", "信函传真"]),
        ("applications_fax", "传真申请数", ["传真申请"]),
        ("applications_email", "电子邮件申请数", ["电子邮件申请", "邮件申请"]),
        ("applications_online", "网上申请数", ["网上申请", "网络申请", "在线申请"]),
        ("applications_letter", "信函申请数", ["信函申请"]),
        ("applications_other_form", "其它形式申请数", ["其它形式申请", "其他形式申请", "其他方式申请", "其它方式申请"]),
        ("applications_received", "受理依申请公开信息总数 / 受理申请总数", ["受理", "申请总数", "申请数"]),
        ("replies_partially_granted", "同意部分公开答复数", ["部分公开"]),
        ("replies_granted", "同意公开答复数", ["同意公开"]),
        ("replies_refused", "不予公开答复数 / 否决公开答复数", ["不予公开", "否决公开", "不同意公开"]),
        ("replies_other", "其他类型答复数", ["其他类型答复", "其它类型答复", "其他答复", "其它答复", "其它公开答复", "其他公开答复", "信息不存在", "非本机关"]),
        ("replies_total", "对申请的答复总数", ["答复"]),
        ("reviews", "行政复议数", ["行政复议", "复议"]),
        ("lawsuits", "行政诉讼数", ["行政诉讼", "诉讼"]),
        ("complaints", "行政申诉数 / 举报数", ["申诉", "举报", "投诉"]),
        ("fees_collected", "收取费用", ["收取费用", "收费"]),
        ("fees_waived", "减免费用", ["减免"]),
        ("consultations", "咨询数", ["咨询"]),
        ("staff_full_time", "全职人员数", ["全职"]),
        ("staff_part_time", "兼职人员数", ["兼职"]),
        ("spending", "信息公开事务支出", ["支出", "经费"]),
    ];

    /// <summary>The total each sub-item is part of.</summary>
    public static IReadOnlyDictionary<string, string> ParentOf { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["active_website"] = "active_published",
        ["active_gazette"] = "active_published",
        ["active_other_channels"] = "active_published",
        ["applications_in_person"] = "applications_received",
        ["applications_letter_fax"] = "applications_received",
        ["applications_fax"] = "applications_received",
        ["applications_email"] = "applications_received",
        ["applications_online"] = "applications_received",
        ["applications_letter"] = "applications_received",
        ["applications_other_form"] = "applications_received",
        ["replies_granted"] = "replies_total",
        ["replies_partially_granted"] = "replies_total",
        ["replies_refused"] = "replies_total",
        ["replies_other"] = "replies_total",
    };

    /// <summary>The key a row label names; <see cref="Other"/> when none does.</summary>
    public static string KeyOf(string label)
    {
        var norm = ChineseText.NormalizeLabel(label).Replace("其它", "其他", StringComparison.Ordinal);
        foreach (var (key, _, words) in All)
        {
            if (words.Any(w => norm.Contains(ChineseText.NormalizeLabel(w).Replace("其它", "其他", StringComparison.Ordinal), StringComparison.Ordinal)))
            {
                // 接受行政诉讼、举报数 counts complaints and lawsuits together: not the lawsuits of 行政诉讼数.
                return key == "lawsuits" && (norm.Contains("举报", StringComparison.Ordinal) || norm.Contains("申诉", StringComparison.Ordinal)) ? "complaints" : key;
            }
        }

        return Other;
    }
}
