using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Core.Text;

namespace Extractor.Core.Legacy;

/// <summary>
/// Reads the old statistics table when it survives only as text (a crawler's one-line dump): 指标名称 计量单位 2018年度
/// 历年累计 主动公开文件数条206912106其中：1.政府网站公开数条2069121062.政府公报公开数条00 …. A row is a label, its unit
/// (条/件/元 …, followed by a digit or a space) and the digits up to the next label. The next sub-item's number glues onto
/// those digits (…121062.政府公报): it is this item's number plus one, and is cut off the run.
/// </summary>
internal static partial class LegacyTableText
{
    public static List<LegacyRow> TextToRows(string text, string at)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<LegacyRow>();

        // Mirrors carry traditional renderings (指標名稱 … 條): match on the simplified text, which keeps every offset
        // (the mapping is character for character), and take labels and units as written.
        var simplified = ChineseText.ToSimplified(text);
        var written = simplified.Length == text.Length ? text : simplified;
        var header = Header().Match(simplified);
        if (!header.Success)
        {
            return rows;
        }

        var offset = header.Index + header.Length;
        var body = simplified[offset..];
        var pending = 0;
        foreach (Match m in RowPattern().Matches(body))
        {
            var item = m.Groups["item"].Success ? DecimalDigits.ToInt(m.Groups["item"].ValueSpan) ?? pending : pending;
            pending = 0;
            var run = m.Groups["run"].Value.TrimEnd();
            if (run.Length > 0 && run[^1] is '.' or '．' or '、')
            {
                // The digits before the dot end with the next sub-item's number.
                var next = (item + 1).ToString(CultureInfo.InvariantCulture);
                var digits = run[..^1].TrimEnd();
                if (digits.EndsWith(next, StringComparison.Ordinal))
                {
                    run = digits[..^next.Length];
                    pending = item + 1;
                }
            }

            var labelGroup = m.Groups["label"];
            var unitGroup = m.Groups["unit"];
            var label = Spaces().Replace(written.Substring(offset + labelGroup.Index, labelGroup.Length), string.Empty);
            var unit = written.Substring(offset + unitGroup.Index, unitGroup.Length);
            var values = run.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            rows.Add(new LegacyRow(label, unit, values, run.Trim(), at));
        }

        return rows;
    }

    [GeneratedRegex(@"指\s*标\s*名\s*称\s*计\s*量\s*单\s*位\s*(?:(?:19|20)\d{2}\s*年\s*度?|本\s*年\s*度?)\s*历\s*年\s*累\s*计")]
    private static partial Regex Header();

    // A label is text without digits (its 其中：and 1. numbering in front); the unit must be followed by a digit, a space or
    // the end, so that 电子邮件申请数条 is not cut at the 件 of 邮件.
    [GeneratedRegex(@"(?:其\s*中\s*[：:]?\s*)?(?:(?<item>\d{1,2})\s*[.．、]\s*)?(?<label>[^\d.．]+?)\s*(?<unit>万元|元|人次|条|件|个|项|次|人|份|篇)(?=[\d\s]|$)(?<run>[\d\s.．、]*)", RegexOptions.CultureInvariant)]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
