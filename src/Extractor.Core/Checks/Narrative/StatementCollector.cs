using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Core.Records;

namespace Extractor.Core.Checks.Narrative;

/// <summary>
/// Publishes every number the narrative states with a counting unit (件, 条, 个, 人次, 万元 …) as a statement. A number
/// the <see cref="NarrativeScanner"/> reads as a table quantity keeps that meaning (applications_received, reviews …),
/// the rest get a <see cref="StatementKeys"/> key from the words before them in their clause, else `other`. Dates,
/// percentages, ordinals and document numbers carry no counting unit and are not statements.
/// </summary>
internal static partial class StatementCollector
{
    private static readonly char[] s_clauseBreaks = "。，,；;：:、（(".ToCharArray();

    public static IReadOnlyList<NarrativeStatementRecord> Collect(ReportSections sections, int? year, params string?[] agencies)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var scanner = new NarrativeScanner(year, agencies);
        var result = new List<NarrativeStatementRecord>();
        foreach (var (section, text) in sections.AsPairs())
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var range = sections.AtOf(section);
            var n = 0;
            foreach (var raw in SentenceBreaks().Split(text))
            {
                var sentence = raw.Trim();
                if (sentence.Length == 0)
                {
                    continue;
                }

                n++;
                var folded = SimplifiedText.Fold(sentence);
                // The scanner's statements matter only for a sentence with a number (most have none); it keeps no state.
                List<NarrativeStatement>? known = null;
                foreach (Match m in Number().Matches(folded))
                {
                    known ??= scanner.Scan(section, sentence).ToList();
                    if (!decimal.TryParse(m.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                    {
                        continue;
                    }

                    var unit = m.Groups["unit"].Value;
                    var start = folded.LastIndexOfAny(s_clauseBreaks, Math.Max(0, m.Index - 1)) + 1;
                    var clause = start <= m.Index ? folded[start..m.Index] : string.Empty;
                    var phrase = clause + m.Value;
                    var table = known.FirstOrDefault(s => s.Number == value && s.Phrase.Contains(m.Value, StringComparison.Ordinal));
                    if (table is not null)
                    {
                        known.Remove(table);
                    }

                    var key = table is null ? StatementKeys.KeyOf(clause, unit) : NarrativeQuantityNames.Of(table).Statement;
                    var at = string.IsNullOrEmpty(range) ? $"sections/{section}, sentence {n}" : $"sections/{section}, sentence {n} ({range})";
                    result.Add(new NarrativeStatementRecord(key, value, unit, section, phrase, sentence, at));
                }
            }
        }

        return result;
    }

    [GeneratedRegex(@"[。！？；;!?\r\n]+")]
    private static partial Regex SentenceBreaks();

    [GeneratedRegex(@"(?<![\d.第])(?<n>\d+(?:\.\d+)?)(?<unit>(?:余|多)?(?:万元|亿元|元|人次|条|件|个|篇|次|场|期|份|项|人|家|户|宗|起|通))")]
    private static partial Regex Number();
}
