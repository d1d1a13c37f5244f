using System.Text.RegularExpressions;

namespace Extractor.Core.Checks.Narrative;

/// <summary>
/// The split a pre-2019 statement opened in its sentence: a bare channel or reply word (网上3件, 同意公开2件) counts only
/// directly after the total it splits, with nothing but punctuation and 其中/包括 between (收到申请7件，其中网上3件、信函4件;
/// 答复3件，其中同意公开2件). Any other number in between closes it, so a split never reaches across another count.
/// </summary>
/// <param name="Family">What the last kept statement was.</param>
/// <param name="End">Where its phrase ends in the folded sentence.</param>
internal readonly partial record struct SplitChain(SplitFamily Family, int End)
{
    /// <summary>True when an item of <paramref name="item"/> at <paramref name="at"/> directly continues the split.</summary>
    public bool Continues(SplitFamily item, string folded, int at) =>
        Family != SplitFamily.None
        && (Family == item || (Family == SplitFamily.Received && item is SplitFamily.Channel or SplitFamily.Reply))
        && at >= End
        && Gap().IsMatch(folded[End..at]);

    /// <summary>The split after a kept statement of <paramref name="family"/>.</summary>
    public SplitChain After(SplitFamily family, Match match) => new(family, match.Index + match.Length);

    [GeneratedRegex(@"^[，,、；;：:（(]?(?:其中|包括|含|分别是|分别为)?[：:，,]?$")]
    private static partial Regex Gap();
}
