using Extractor.Core.Templates;

namespace Extractor.Core.Reading.Text.Flat;

/// <summary>
/// Chooses between the remaining splits of table 三 rows that their own total could not settle, using the column
/// identities T3-ID (新收 + 结转 = 总计 + 结转下年度) and T3-SUM (总计 = the outcome rows) in all seven columns. It
/// only ever narrows rows that are still ambiguous, and only when exactly one combination of their splits makes
/// every identity hold: a row already determined is never changed, so a document whose figures do not add up (the
/// Pingtan 2020 report) is reported as printed.
/// </summary>
internal static class ColumnIdentityResolver
{
    /// <summary>Beyond this many combinations the choice is not attempted; the rows stay uncertain.</summary>
    private const int MaximumCombinations = 10_000;

    private static readonly string[] s_identityRows = ["new_received", "carried_over", "total_processed", "carried_forward"];

    private static readonly string[] s_otherSubRows = ["other_no_correction", "other_unpaid_fee", "other_misc"];

    public static void Resolve(IReadOnlyList<FlatRow> rows, TemplateDefinition template)
    {
        var byKey = new Dictionary<string, FlatRow>(StringComparer.Ordinal);
        foreach (var row in rows.Where(static r => r.Key is not null && r.Definition is not null))
        {
            byKey.TryAdd(row.Key!, row);
        }

        var outcomeKeys = OutcomeKeys(template, byKey);
        var participants = s_identityRows.Concat(outcomeKeys).Select(k => byKey.GetValueOrDefault(k)).ToList();
        if (participants.Any(static r => r is null || r.Candidates.Count == 0 || r.Raw?.Capped != false || (r.Candidates.Count > 1 && !r.CheckHolds)))
        {
            return;
        }

        var ambiguous = participants.Where(static r => r!.Candidates.Count > 1).Select(static r => r!).Distinct().ToList();
        if (ambiguous.Count == 0 || ambiguous.Aggregate(1L, static (n, r) => Math.Min(n * r.Candidates.Count, MaximumCombinations + 1L)) > MaximumCombinations)
        {
            return;
        }

        int[]? chosen = null;
        var satisfying = 0;
        var pick = new int[ambiguous.Count];
        do
        {
            if (IdentitiesHold(byKey, outcomeKeys, ambiguous, pick))
            {
                satisfying++;
                chosen = (int[])pick.Clone();
            }
        }
        while (Next(pick, ambiguous));

        if (satisfying != 1 || chosen is null)
        {
            return;
        }

        for (var i = 0; i < ambiguous.Count; i++)
        {
            var row = ambiguous[i];
            row.Narrowing = $"{row.Narrowing}; T3-ID and T3-SUM over all columns leave one combination";
            row.Candidates = [row.Candidates[chosen[i]]];
        }
    }

    /// <summary>The outcome rows T3-SUM adds up; a 2021 table that keeps the 2019 single row （六）其他处理 counts it instead of the sub-rows.</summary>
    private static List<string> OutcomeKeys(TemplateDefinition template, Dictionary<string, FlatRow> byKey)
    {
        var keys = template.FindTable("applications")!.Rows.Where(static r => r.IsOutcome).Select(static r => r.Key).ToList();
        if (byKey.ContainsKey(TemplateCatalog.OtherHandlingRow.Key) && !keys.Contains(TemplateCatalog.OtherHandlingRow.Key) && !s_otherSubRows.Any(byKey.ContainsKey))
        {
            keys.RemoveAll(k => s_otherSubRows.Contains(k));
            keys.Add(TemplateCatalog.OtherHandlingRow.Key);
        }

        return keys;
    }

    private static bool IdentitiesHold(Dictionary<string, FlatRow> byKey, List<string> outcomeKeys, List<FlatRow> ambiguous, int[] pick)
    {
        string[] Cells(string key)
        {
            var row = byKey[key];
            var index = ambiguous.IndexOf(row);
            return row.Candidates[index < 0 ? 0 : pick[index]];
        }

        var width = Cells("total_processed").Length;
        for (var c = 0; c < width; c++)
        {
            decimal V(string key) => FlatRowChecks.Value(Cells(key)[c]);
            var total = V("total_processed");
            if (V("new_received") + V("carried_over") != total + V("carried_forward") || outcomeKeys.Sum(V) != total)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Advances the combination like an odometer; false after the last one.</summary>
    private static bool Next(int[] pick, List<FlatRow> ambiguous)
    {
        for (var i = 0; i < pick.Length; i++)
        {
            if (++pick[i] < ambiguous[i].Candidates.Count)
            {
                return true;
            }

            pick[i] = 0;
        }

        return false;
    }
}
