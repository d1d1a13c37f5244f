using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Testing;

/// <summary>
/// Reads the figures of tables 三 and 四 straight from a fixture's HTML source with a few regular expressions, so that the
/// DOCX and PDF pipelines are compared with what was typed into the source and not with anything the pipelines themselves know.
/// </summary>
internal static partial class HtmlSourceFigures
{
    // Written out from SCHEMA.md §3 rather than taken from Core's TemplateCatalog, so a wrong catalogue cannot agree with itself.
    private static readonly string[] s_applicantColumns = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"];
    private static readonly string[] s_appealRows = ["review", "litigation_direct", "litigation_after_review"];
    private static readonly string[] s_appealColumns = ["upheld", "corrected", "other", "pending", "total"];

    private static readonly string[] s_outcomeRows2021 =
    [
        "granted", "partially_granted",
        "withheld_state_secret", "withheld_prohibited_by_law", "withheld_three_safeties", "withheld_third_party",
        "withheld_internal_affairs", "withheld_process_info", "withheld_enforcement_file", "withheld_query_matter",
        "unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear",
        "not_processed_petition", "not_processed_duplicate", "not_processed_publication", "not_processed_excessive", "not_processed_confirmation",
    ];

    /// <summary>Row keys of table 三 in printed order for a template ("2021" or "2019").</summary>
    public static IReadOnlyList<string> ApplicationRows(string template) => template switch
    {
        "2021" => ["new_received", "carried_over", .. s_outcomeRows2021, "other_no_correction", "other_unpaid_fee", "other_misc", "total_processed", "carried_forward"],
        "2019" => ["new_received", "carried_over", .. s_outcomeRows2021, "other_handling", "total_processed", "carried_forward"],
        _ => throw new ArgumentOutOfRangeException(nameof(template), template, "only the 2021 and 2019 formats have table 三"),
    };

    /// <summary>Every number of tables 三 and 四 in <paramref name="htmlPath"/>, keyed <c>table/row/col</c>.</summary>
    public static Dictionary<string, decimal> Read(string htmlPath, string template)
    {
        var html = File.ReadAllText(htmlPath);
        var figures = new Dictionary<string, decimal>(StringComparer.Ordinal);

        // Table 三: every row that ends in seven numbers, in printed order.
        var applicationRows = ApplicationRows(template);
        var numbered = Rows(TableAfter(html, "三、收到和处理政府信息公开申请情况"))
            .Where(static cells => cells.Count >= 7 && cells[^7..].All(IsNumber))
            .ToList();
        if (numbered.Count != applicationRows.Count)
        {
            throw new InvalidDataException($"{htmlPath}: table 三 has {numbered.Count} rows of numbers, the {template} format has {applicationRows.Count}");
        }

        for (var r = 0; r < numbered.Count; r++)
        {
            for (var c = 0; c < 7; c++)
            {
                figures[$"applications/{applicationRows[r]}/{s_applicantColumns[c]}"] = Number(numbered[r][^7..][c]);
            }
        }

        // Table 四: one printed row of fifteen numbers, review ×5, direct ×5, after review ×5.
        var appeals = Rows(TableAfter(html, "四、政府信息公开行政复议、行政诉讼情况")).Single(static cells => cells.Count == 15 && cells.All(IsNumber));
        for (var i = 0; i < 15; i++)
        {
            figures[$"appeals/{s_appealRows[i / 5]}/{s_appealColumns[i % 5]}"] = Number(appeals[i]);
        }

        return figures;
    }

    private static string TableAfter(string html, string heading)
    {
        var at = html.IndexOf(heading, StringComparison.Ordinal);
        var start = at < 0 ? -1 : html.IndexOf("<table", at, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidDataException($"no table after 「{heading}」");
        }

        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    private static IEnumerable<List<string>> Rows(string table) =>
        RowPattern().Matches(table).Select(static row => CellPattern().Matches(row.Groups[1].Value)
            .Select(static cell => Whitespace().Replace(Tag().Replace(cell.Groups[1].Value, string.Empty), string.Empty))
            .ToList());

    private static bool IsNumber(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
