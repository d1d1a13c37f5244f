using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Core.Checks.Narrative;

/// <summary>
/// Finds completion rates (办结率/答复率/按时办结率 N%) stated with the counts they are a ratio of: within the sentence,
/// between the rate and the rate before it (or the sentence start), exactly one count received (受理/收到/接收…N件) and
/// exactly one count completed of the rate's own verb (办结 for 办结率, 答复/回复 for 答复率), in the same unit. Built to
/// miss rather than misread: a group that names carried-over or earlier work (上年结转, 遗留, 累计), a count inside a
/// comparison (同比, 较上年, 增) or two counts of one kind is no statement. Line breaks inside a sentence do not end it.
/// </summary>
internal static partial class RateScanner
{
    public static IEnumerable<RateStatement> Scan(string section, string text)
    {
        foreach (var raw in SentenceBreaks().Split(WrappedLines.Join(text)))
        {
            var sentence = raw.Trim();
            if (sentence.Length == 0)
            {
                continue;
            }

            var folded = SimplifiedText.Fold(sentence);
            var rates = Rate().Matches(folded);
            var from = 0;
            foreach (Match rate in rates)
            {
                var window = folded[from..rate.Index];
                from = rate.Index + rate.Length;
                if (Read(section, sentence, window, rate) is { } statement)
                {
                    yield return statement;
                }
            }
        }
    }

    private static RateStatement? Read(string section, string sentence, string window, Match rate)
    {
        if (CarriedWork().IsMatch(window))
        {
            return null;
        }

        // 答复率 is answered over received, 办结率 completed over received; 按时办结率 names its verb too.
        var word = rate.Groups["kind"].Value;
        var replies = word.Contains("答复", StringComparison.Ordinal) || word.Contains("回复", StringComparison.Ordinal);
        var kind = word.StartsWith("按时", StringComparison.Ordinal) || word.StartsWith("按期", StringComparison.Ordinal) || word.StartsWith("及时", StringComparison.Ordinal)
            ? "on_time_rate"
            : replies ? "reply_rate" : "completion_rate";

        var received = Counts(Received(), window).ToList();
        var done = Counts(Done(), window).Where(m => (m.Groups["verb"].Value is "答复" or "回复") == replies).ToList();
        if (received.Count != 1 || done.Count != 1 || received[0].Groups["unit"].Value != done[0].Groups["unit"].Value)
        {
            return null;
        }

        var r = rate.Groups["r"].Value;
        var decimals = r.Contains('.', StringComparison.Ordinal) ? r.Length - r.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        if (!decimal.TryParse(r, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var stated)
            || !decimal.TryParse(received[0].Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var x)
            || !decimal.TryParse(done[0].Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || x == 0)
        {
            return null;
        }

        return new RateStatement(section, sentence, kind, rate.Value, stated, decimals, received[0].Value, x, done[0].Value, y);
    }

    /// <summary>The counts of one kind in the window whose clause holds no comparison and whose number fits a count.</summary>
    private static IEnumerable<Match> Counts(Regex pattern, string window) =>
        pattern.Matches(window).Where(m => !MidStop().IsMatch(m.Groups["mid"].Value) && !Comparison().IsMatch(ClausePrefix(window, m.Index)) && m.Groups["n"].Value.Length <= 12);

    private static string ClausePrefix(string folded, int at)
    {
        var start = folded.LastIndexOfAny(['，', ',', '；', ';', '：', ':', '、', '（', '('], Math.Max(0, at - 1)) + 1;
        return start <= at ? folded[start..at] : string.Empty;
    }

    private const string Unit = @"(?<unit>件|项|条|宗|个|起|份|笔|人次|次)";

    // Not ；: one sentence may list several groups, each closed by its own rate.
    [GeneratedRegex(@"[。！？!?]+|\r?\n\s*\r?\n")]
    private static partial Regex SentenceBreaks();

    [GeneratedRegex(@"(?<kind>按时办结率|按期办结率|及时办结率|按时答复率|按期答复率|及时答复率|办结率|结案率|答复率|回复率)(?:为|达到?|是|均为|均达到?|高达|实现)?(?<![\d.])(?<r>\d{1,3}(?:\.\d+)?)(?:%|％)")]
    private static partial Regex Rate();

    [GeneratedRegex(@"(?:新收|收到|受理|接收|接到|收悉|登记)(?<mid>[^\d，,。；;：:、（）()]{0,20}?)(?<![\d.])(?<n>\d+)" + Unit)]
    private static partial Regex Received();

    [GeneratedRegex(@"(?<![未尚正待])(?<verb>办结|办理完毕|处理完毕|结案|答复|回复)(?<mid>[^\d，,。；;：:、（）()]{0,12}?)(?<![\d.])(?<n>\d+)" + Unit)]
    private static partial Regex Done();

    [GeneratedRegex(@"其中|同比|较|比|上年|去年|增|减|占|率|结转|办结|答复|回复|受理|收到")]
    private static partial Regex MidStop();

    [GeneratedRegex(@"同比|较|比上|增|减|占")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"结转|上年|上一年|去年|往年|历年|以前年度|遗留|积存|积案|存量|累计")]
    private static partial Regex CarriedWork();
}
