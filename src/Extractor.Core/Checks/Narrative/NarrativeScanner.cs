using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Core.Checks.Narrative;

/// <summary>
/// Finds sentences that state a number for a quantity of tables 三 and 四. Built to miss rather than misread:
/// a statement is kept only when nothing before it in its clause points at another body, another year or a share.
/// </summary>
internal sealed partial class NarrativeScanner
{
    // Clause boundaries: a statement's own subject sits after the last of these.
    private const string ClauseBreaks = "，,；;：:、（(";

    private static readonly (NarrativeQuantity Quantity, Regex Pattern, Func<string, bool> MidOk)[] s_patterns =
    [
        (NarrativeQuantity.Received, ReceivedVerbFirst(), static mid => (mid.Contains("申请", StringComparison.Ordinal) || mid.Contains("公开", StringComparison.Ordinal)) && !ReceivedMidStop().IsMatch(mid)),
        (NarrativeQuantity.Received, ReceivedNumberFirst(), static mid => !ReceivedMidStop().IsMatch(mid)),
        (NarrativeQuantity.CarriedForward, CarriedForwardWordsFirst(), static _ => true),
        (NarrativeQuantity.CarriedForward, CarriedForwardNumberFirst(), static _ => true),
        (NarrativeQuantity.CarriedOver, CarriedOverWordsFirst(), static _ => true),
        (NarrativeQuantity.CarriedOver, CarriedOverNumberFirst(), static _ => true),
        (NarrativeQuantity.Processed, Processed(), static mid => (mid.Length == 0 || mid.Contains("申请", StringComparison.Ordinal) || mid.Contains("公开", StringComparison.Ordinal)) && !ProcessedMidStop().IsMatch(mid)),
        (NarrativeQuantity.Review, Review(), static mid => !AppealMidStop().IsMatch(mid)),
        (NarrativeQuantity.Litigation, Litigation(), static mid => !AppealMidStop().IsMatch(mid)),
        (NarrativeQuantity.Applicant, Applicant(), static _ => true),
    ];

    // Pre-2019 reports: the quantities of the old statistics table (SCHEMA.md §7), counted in 条 as often as in 件.
    private static readonly (NarrativeQuantity Quantity, Regex Pattern, Func<string, bool> MidOk)[] s_legacyPatterns =
    [
        (NarrativeQuantity.Received, LegacyReceivedVerbFirst(), static mid => (mid.Contains("申请", StringComparison.Ordinal) || mid.Contains("公开", StringComparison.Ordinal)) && !ReceivedMidStop().IsMatch(mid)),
        (NarrativeQuantity.Received, LegacyReceivedTotal(), static _ => true),
        (NarrativeQuantity.Channel, LegacyChannel(), static _ => true),
        (NarrativeQuantity.Reply, LegacyRepliesTotal(), static _ => true),
        (NarrativeQuantity.Reply, LegacyReplyKind(), static _ => true),
        (NarrativeQuantity.Review, LegacyReview(), static mid => !AppealMidStop().IsMatch(mid)),
        (NarrativeQuantity.Litigation, LegacyLitigation(), static mid => !AppealMidStop().IsMatch(mid)),
        (NarrativeQuantity.Fee, LegacyFee(), static mid => !FeeMidStop().IsMatch(mid)),
    ];

    private readonly int? _year;
    private readonly bool _isGovernment;
    private readonly IReadOnlyList<string> _ownNames;
    private readonly bool _legacy;

    /// <param name="year">The report year; a sentence naming another year is about that year.</param>
    /// <param name="agencies">The agency as written and simplified; its own name in a subject is not another body.</param>
    public NarrativeScanner(int? year, params string?[] agencies)
        : this(year, legacy: false, agencies)
    {
    }

    private NarrativeScanner(int? year, bool legacy, string?[] agencies)
    {
        _year = year;
        _legacy = legacy;
        var names = agencies.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => SimplifiedText.Fold(a!)).ToList();
        var bare = names.Select(n => Brackets().Replace(n, string.Empty)).ToList();
        _isGovernment = bare.Any(n => GovernmentName().IsMatch(n));

        // Reports name themselves by place too (淮安市人民政府 → 淮安市): that is still the agency speaking.
        var places = bare.Select(n => GovernmentSuffix().Replace(n, string.Empty)).Where(p => p.Length >= 2);
        _ownNames = names.Concat(bare).Concat(places).Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length).ToList();
    }

    /// <summary>
    /// A scanner for the quantities of the pre-2019 statistics table: applications received (受理/收到…申请N条, 申请总数),
    /// by channel (网上/当面/信函/传真/电子邮件/其他形式), replies in all and by kind (答复总数, 同意公开, 同意部分公开,
    /// 不予公开), reviews, lawsuits and fees collected. The same policy as NARR-NUM's scan: the words name one row, a
    /// subject of another body, year or comparison is no statement; a bare channel or reply word (网上3件, 同意公开2件)
    /// counts only as the split of the total it directly follows (收到申请7件，其中网上3件、信函4件). A line break inside
    /// a sentence (a wrapped PDF or HTML line) does not end it.
    /// </summary>
    public static NarrativeScanner ForLegacyTable(int? year, params string?[] agencies) => new(year, legacy: true, agencies);

    /// <summary>The statements in <paramref name="text"/>, in reading order.</summary>
    public IEnumerable<NarrativeStatement> Scan(string section, string text)
    {
        if (_legacy)
        {
            text = WrappedLines.Join(text);
        }

        foreach (var sentence in SentenceBreaks().Split(text))
        {
            var trimmed = sentence.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var folded = SimplifiedText.Fold(trimmed);
            NarrativeQuantity? last = null;
            var lastKept = false;
            string? lastIncluding = null;
            var split = new SplitChain();
            foreach (var (quantity, match, mid) in FindAll(folded, _legacy ? s_legacyPatterns : s_patterns))
            {
                // A run of digits too long for a count (a mutated or garbled text) is no statement about one.
                if (!decimal.TryParse(match.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    || number >= Mapping.CellValueParser.MaxMagnitude)
                {
                    split = default;
                    continue;
                }

                var prefix = ClausePrefix(folded, match.Index);
                var after = folded[(match.Index + match.Length)..];
                if (quantity == NarrativeQuantity.Applicant)
                {
                    // 其中自然人N件 means something only right after the number received it splits, and counts what that number counts.
                    if (last == NarrativeQuantity.Received && lastKept && !ApplicantPrefixStop().IsMatch(prefix))
                    {
                        var own = CarriedOverAfter().Match(after);
                        yield return new(section, trimmed, quantity, ApplicantKey(match.Groups["label"].Value), number, match.Value,
                            own.Success ? own.Groups["w"].Value : lastIncluding);
                    }

                    continue;
                }

                if (quantity is NarrativeQuantity.Channel or NarrativeQuantity.Reply)
                {
                    var (indicator, family) = LegacyIndicatorOf(quantity, match);
                    // Outside a split the phrase must say what it counts: 网上申请3件, 同意公开答复2条.
                    var named = family == SplitFamily.Channel
                        ? match.Value.Contains("申请", StringComparison.Ordinal)
                        : match.Value.Contains("答复", StringComparison.Ordinal) || match.Value.Contains("回复", StringComparison.Ordinal);
                    var chained = split.Continues(family, folded, match.Index);
                    var keep = indicator is not null && (chained || (named && IsOwnStatement(folded, match.Index, prefix, quantity)));
                    split = keep ? split.After(indicator == "replies_total" ? SplitFamily.Reply : family, match) : default;
                    if (keep)
                    {
                        yield return new(section, trimmed, quantity, null, number, match.Value, Indicator: indicator, Unit: match.Groups["unit"].Value);
                    }

                    continue;
                }

                var kept = mid is not null && IsOwnStatement(folded, match.Index, prefix, quantity);
                var including = kept ? Including(quantity, match.Value, folded[..match.Index], after) : null;

                // 受理…N件（含上年结转M件），其中自然人…: the carried count inside the qualifier does not end the split.
                if (!(quantity == NarrativeQuantity.CarriedOver && last == NarrativeQuantity.Received && lastIncluding is not null))
                {
                    last = quantity;
                    lastKept = kept;
                    lastIncluding = including;
                }

                // Applications received open the split by channel and by reply kind; a count that also holds carried ones does not.
                split = kept && quantity == NarrativeQuantity.Received && including is null ? new SplitChain(SplitFamily.Received, match.Index + match.Length) : default;
                if (kept)
                {
                    yield return new(section, trimmed, quantity, null, number, match.Value, including,
                        Indicator: _legacy ? LegacyIndicatorOf(quantity) : null, Unit: match.Groups["unit"].Success ? match.Groups["unit"].Value : null);
                }
            }
        }
    }

    private static IEnumerable<(NarrativeQuantity Quantity, Match Match, string? Mid)> FindAll(
        string folded, (NarrativeQuantity Quantity, Regex Pattern, Func<string, bool> MidOk)[] patterns)
    {
        var found = new List<(NarrativeQuantity Quantity, Match Match, string? Mid)>();
        foreach (var (quantity, pattern, midOk) in patterns)
        {
            foreach (Match m in pattern.Matches(folded))
            {
                var mid = m.Groups["mid"].Success ? m.Groups["mid"].Value : string.Empty;

                // A rejected phrase still occupies its words, so that a weaker pattern cannot re-read them; Mid null marks it.
                found.Add((quantity, m, midOk(mid) ? mid : null));
            }
        }

        // Earlier first; at the same place the longer phrase wins; a phrase overlapping one already taken is dropped.
        var ordered = found.OrderBy(f => f.Match.Index).ThenByDescending(f => f.Match.Length).ToList();
        var end = -1;
        foreach (var f in ordered)
        {
            if (f.Match.Index < end)
            {
                continue;
            }

            end = Math.Max(end, f.Match.Index + f.Match.Length);
            yield return f;
        }
    }

    private bool IsOwnStatement(string folded, int at, string prefix, NarrativeQuantity quantity)
    {
        foreach (Match y in Year().Matches(folded[..at]))
        {
            if (_year is null || Text.DecimalDigits.ToInt(y.Groups["y"].Value) != _year)
            {
                return false;
            }
        }

        var subject = prefix;
        foreach (var name in _ownNames)
        {
            subject = subject.Replace(name, string.Empty, StringComparison.Ordinal);
        }

        subject = OwnBody().Replace(subject, string.Empty);
        if (WholeArea().IsMatch(subject))
        {
            // 全区/全市 in a department's report is the area's figure, not the department's own.
            if (!_isGovernment)
            {
                return false;
            }

            subject = WholeArea().Replace(subject, string.Empty);
        }

        if (PrefixStop().IsMatch(subject) || OtherBody().IsMatch(subject))
        {
            return false;
        }

        // 行政诉讼和行政复议共3件: the number is a joint count.
        return quantity is not (NarrativeQuantity.Review or NarrativeQuantity.Litigation) || !JointAppeal().IsMatch(subject);
    }

    /// <summary>
    /// The words that widen a count to the carried applications, or null. Only the statement's own words count: a bare 共/共计
    /// ("in all") is how reports state the new figure too (共受理…21件 = 本年新收), so it decides nothing.
    /// </summary>
    private static string? Including(NarrativeQuantity quantity, string phrase, string before, string after)
    {
        switch (quantity)
        {
            case NarrativeQuantity.Received:
                // 受理申请80件（含上年结转6件） / 80件，其中上年结转6件 / 加上上年结转6件，共受理80件.
                var m = CarriedOverAfter().Match(after);
                if (m.Success)
                {
                    return m.Groups["w"].Value;
                }

                var b = CarriedOverBefore().Matches(before);
                return b.Count > 0 ? b[^1].Groups["w"].Value : null;
            case NarrativeQuantity.Processed:
                // 办结/答复 name the answered row whatever follows (答复3050件（含上年结转34件） is still 办理结果总计); only
                // 办理N件 with 其中/含 … 结转下年度 counts the applications still in hand as well.
                if (!phrase.StartsWith("办理", StringComparison.Ordinal) || phrase.StartsWith("办理完毕", StringComparison.Ordinal))
                {
                    return null;
                }

                var f = CarriedForwardAfter().Match(after);
                return f.Success ? f.Groups["w"].Value : null;
            default:
                return null;
        }
    }

    /// <summary>The row of the old statistics table a received, review, litigation or fee statement names.</summary>
    private static string? LegacyIndicatorOf(NarrativeQuantity quantity) => quantity switch
    {
        NarrativeQuantity.Received => "applications_received",
        NarrativeQuantity.Review => "reviews",
        NarrativeQuantity.Litigation => "lawsuits",
        NarrativeQuantity.Fee => "fees_collected",
        _ => null,
    };

    /// <summary>The row a channel or reply phrase names (its own words, one row each), and the split it belongs to.</summary>
    private static (string? Indicator, SplitFamily Family) LegacyIndicatorOf(NarrativeQuantity quantity, Match match)
    {
        if (quantity == NarrativeQuantity.Channel)
        {
            var ch = match.Groups["ch"].Value;
            string? key = ch switch
            {
                "当面" or "现场" => "applications_in_person",
                "传真" => "applications_fax",
                "电子邮件" or "电子邮箱" or "邮件" => "applications_email",
                "网上" or "网络" or "在线" or "互联网" => "applications_online",
                "信函" or "来信" or "邮寄" => "applications_letter",
                "其他形式" or "其它形式" or "其他方式" or "其它方式" => "applications_other_form",
                _ when ch.Contains("信函", StringComparison.Ordinal) && ch.Contains("传真", StringComparison.Ordinal) => "applications_letter_fax",
                _ => null,
            };
            return (key, SplitFamily.Channel);
        }

        if (!match.Groups["kind"].Success)
        {
            return ("replies_total", SplitFamily.Reply);
        }

        return (match.Groups["kind"].Value switch
        {
            "同意部分公开" or "部分公开" => "replies_partially_granted",
            "同意公开" or "予以公开" or "全部公开" => "replies_granted",
            "不予公开" or "否决公开" or "不同意公开" => "replies_refused",
            _ => "replies_other",
        }, SplitFamily.Reply);
    }

    private static string ClausePrefix(string folded, int at)
    {
        var start = folded.LastIndexOfAny(ClauseBreaks.ToCharArray(), Math.Max(0, at - 1)) + 1;
        return start <= at ? folded[start..at] : string.Empty;
    }

    private static string ApplicantKey(string label) => label switch
    {
        "自然人" => "natural_person",
        "商业企业" => "commercial",
        "科研机构" => "research",
        "社会公益组织" => "social_welfare",
        "法律服务机构" => "legal_service",
        _ => "legal_persons",
    };

    private const string Unit = @"(?:件|宗|起)(?!次)";

    private const string Mid = @"(?<mid>[^\d，,。；;：:、（）()]{0,20}?)";

    [GeneratedRegex(@"[。！？；;!?\r\n]+")]
    private static partial Regex SentenceBreaks();

    [GeneratedRegex(@"(?:新收|收到|受理|接收|接到|收悉)" + Mid + @"(?<![\d.])(?<n>\d+)" + Unit)]
    private static partial Regex ReceivedVerbFirst();

    [GeneratedRegex(@"(?:新收|收到|受理|接收|接到)(?<mid>[^\d，,。；;：:、（）()]{0,4}?)(?<n>\d+)(?:件|宗)(?:政府信息公开|依申请公开|信息公开)?申请")]
    private static partial Regex ReceivedNumberFirst();

    [GeneratedRegex(@"结转|复议|诉讼|办结|答复|自然人|法人|企业|机构|组织|其中|同比|较|比|上年|去年|增|减|占|信访|投诉|举报|咨询|留言|诉求|审批|事项|来信|人次")]
    private static partial Regex ReceivedMidStop();

    [GeneratedRegex(@"(?<![未尚正待])(?:办结|答复|办理完毕|处理完毕|办理)" + Mid + @"(?<![\d.])(?<n>\d+)" + Unit)]
    private static partial Regex Processed();

    [GeneratedRegex(@"结转|复议|诉讼|收到|受理|新收|自然人|法人|企业|机构|组织|其中|同比|较|比|上年|去年|增|减|占|率|信访|投诉|举报|咨询|留言|诉求|审批|事项|来信")]
    private static partial Regex ProcessedMidStop();

    [GeneratedRegex(@"结转(?:至|到)?下一?年度?(?:继续)?(?:办理|处理)?的?(?:政府信息公开)?(?:申请)?(?<n>\d+)(?:件|宗)")]
    private static partial Regex CarriedForwardWordsFirst();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d+)(?:件|宗)(?:申请)?(?:已|将)?结转(?:至|到)?下一?年")]
    private static partial Regex CarriedForwardNumberFirst();

    [GeneratedRegex(@"上一?年度?结转(?:的|下来的|过来的)?(?:政府信息公开)?(?:申请)?(?<n>\d+)(?:件|宗)")]
    private static partial Regex CarriedOverWordsFirst();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d+)(?:件|宗)(?:为|系|属|属于)上一?年度?结转")]
    private static partial Regex CarriedOverNumberFirst();

    [GeneratedRegex(@"行政复议(?:案件|申请)?(?<mid>[^\d，,。；;：:、（）()]{0,6}?)(?<n>\d+)" + Unit)]
    private static partial Regex Review();

    [GeneratedRegex(@"行政诉讼(?:案件)?(?<mid>[^\d，,。；;：:、（）()]{0,6}?)(?<n>\d+)" + Unit)]
    private static partial Regex Litigation();

    [GeneratedRegex(@"诉讼|复议|和|及|与|或|决定|维持|纠正|结果|审结|其中|同比|较|比|上年|去年|增|减|占|率")]
    private static partial Regex AppealMidStop();

    [GeneratedRegex(@"(?<label>自然人|商业企业|科研机构|社会公益组织|法律服务机构|法人或者?其他组织|法人和其他组织|法人及其他组织|法人)(?:提出的?|的)?(?:申请)?(?<n>\d+)(?:件|宗)")]
    private static partial Regex Applicant();

    [GeneratedRegex(@"同比|较|比|上年|去年|办结|答复|增|减|占|结转|复议|诉讼")]
    private static partial Regex ApplicantPrefixStop();

    // 上年/上一年度/2024年(度): the year before, named either way.
    [GeneratedRegex(@"^[（(，,]?(?<w>(?:其中|含有?|包括|包含)(?:了)?(?:上一?年度?|(?:19|20)\d{2}年度?)结转)")]
    private static partial Regex CarriedOverAfter();

    [GeneratedRegex(@"(?<w>(?:加上|连同|加)(?:上一?年度?|(?:19|20)\d{2}年度?)结转)")]
    private static partial Regex CarriedOverBefore();

    [GeneratedRegex(@"^[（(，,]?(?<w>(?:其中|含有?|包括|包含)[^。；;）)]{0,12}?(?:结转(?:至|到)?下|转入下|继续办理|正在办理|尚未办结|未办结))")]
    private static partial Regex CarriedForwardAfter();

    // The old table counts applications in 条 as often as in 件 (its 计量单位).
    private const string LegacyUnit = @"(?<unit>件|条|项|宗|个|份|起)(?!次)";

    [GeneratedRegex(@"(?:新收|收到|受理|接收|接到|收悉)" + Mid + @"(?<![\d.])(?<n>\d+)" + LegacyUnit)]
    private static partial Regex LegacyReceivedVerbFirst();

    [GeneratedRegex(@"(?:依申请公开|政府信息公开|信息公开)?申请(?:总数|总量|总件数)(?:为|共计?|达|有)?(?<![\d.])(?<n>\d+)" + LegacyUnit)]
    private static partial Regex LegacyReceivedTotal();

    // 网上申请数3条, 以信函形式提出申请4件, 通过电子邮件申请的2件; bare 网上3件 only inside a split (see SplitChain).
    [GeneratedRegex(@"(?:通过|以|经|采用)?(?<ch>信函[、和或及/]传真|传真[、和或及/]信函|信函传真|当面|现场|传真|电子邮件|电子邮箱|邮件|网上|网络|在线|互联网|信函|来信|邮寄|其他形式|其它形式|其他方式|其它方式)(?:的)?(?:方式|形式|渠道|途径)?(?:提出|提交|递交|报送)?(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:数量|件数|数|的)?(?:为|有|共计?|达)?(?<![\d.])(?<n>\d+)" + LegacyUnit)]
    private static partial Regex LegacyChannel();

    [GeneratedRegex(@"(?<![未尚正待不])(?:答复|回复)(?:申请)?(?:总数|总量|数量|件数|数)?(?:共计?|为|有|达)?(?<![\d.])(?<n>\d+)" + LegacyUnit)]
    private static partial Regex LegacyRepliesTotal();

    [GeneratedRegex(@"(?<kind>同意部分公开|部分公开|同意公开|予以公开|全部公开|不予公开|否决公开|不同意公开|其他类型|其它类型|其他公开|其它公开)(?:的)?(?:答复)?(?:数量|件数|数)?(?:的)?(?:为|有|共计?)?(?<![\d.])(?<n>\d+)" + LegacyUnit)]
    private static partial Regex LegacyReplyKind();

    [GeneratedRegex(@"行政复议(?:案件|申请)?(?<mid>[^\d，,。；;：:、（）()]{0,6}?)(?<n>\d+)" + LegacyUnit)]
    private static partial Regex LegacyReview();

    [GeneratedRegex(@"行政诉讼(?:案件)?(?<mid>[^\d，,。；;：:、（）()]{0,6}?)(?<n>\d+)" + LegacyUnit)]
    private static partial Regex LegacyLitigation();

    [GeneratedRegex(@"(?<![免减退])(?:收取|收)(?<mid>[^\d，,。；;：:、（）()]{0,12}?)费用?(?:共计?|合计|总额|为)?(?<![\d.])(?<n>\d+(?:\.\d+)?)(?<unit>万元|元)")]
    private static partial Regex LegacyFee();

    [GeneratedRegex(@"支出|经费|减免|免|退|罚|税|其中|同比|较|比|上年|去年|增|减")]
    private static partial Regex FeeMidStop();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})年")]
    private static partial Regex Year();

    [GeneratedRegex(@"[（(][^）)]*[）)]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"(?:人民政府|政府|管委会|管理委员会|办事处|[省市区县州盟旗镇乡])$")]
    private static partial Regex GovernmentName();

    [GeneratedRegex(@"(?:人民政府|政府|管委会|管理委员会|街道办事处|办事处)$")]
    private static partial Regex GovernmentSuffix();

    [GeneratedRegex(@"[本我](?:机关|单位|部门|局|委|办|中心|厅|街道|镇|乡|院|室|公司|站|所)")]
    private static partial Regex OwnBody();

    [GeneratedRegex(@"(?:全(?:省|市|区|县|州|盟|旗|镇|乡|街道|系统)|[我本](?:省|市|区|县|州|旗)|各级)(?:各级)?(?:行政机关|政府部门|各部门|各单位|部门|单位|机关)?")]
    private static partial Regex WholeArea();

    [GeneratedRegex(@"其中|同比|较|比|上年|去年|上一年|前年|累计|历年|平均|每|约|近|超过|以上|同期|各|分别|另|涉及|占|未|尚未|正在|待|没有|无|仅")]
    private static partial Regex PrefixStop();

    [GeneratedRegex(@"局|委员会|办公室|中心|街道|乡|镇|部门|单位|公司|政府|机关|系统|厅|法院|检察院|医院|学校")]
    private static partial Regex OtherBody();

    [GeneratedRegex(@"复议|诉讼")]
    private static partial Regex JointAppeal();
}
