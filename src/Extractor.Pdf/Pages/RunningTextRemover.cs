using Extractor.Pdf.Text;

namespace Extractor.Pdf.Pages;

/// <summary>Drops headers and footers that repeat in the page margins (page numbers masked) on most pages.</summary>
internal static class RunningTextRemover
{
    public static void RemoveRepeated(IReadOnlyList<PageContent> pages)
    {
        var withText = pages.Where(static p => p.Lines.Count > 0).ToList();
        if (withText.Count < 2)
        {
            return;
        }

        var counts = new Dictionary<string, int>();
        foreach (var page in withText)
        {
            foreach (var signature in page.Lines.Where(l => PageChrome.InMargin(l, page.Height)).Select(Signature).Distinct())
            {
                counts[signature] = counts.GetValueOrDefault(signature) + 1;
            }
        }

        var needed = Math.Max(2, (withText.Count + 1) / 2);
        var repeated = counts.Where(kv => kv.Value >= needed).Select(static kv => kv.Key).ToHashSet();
        if (repeated.Count == 0)
        {
            return;
        }

        foreach (var page in withText)
        {
            page.Lines = page.Lines.Where(l => !(PageChrome.InMargin(l, page.Height) && repeated.Contains(Signature(l)))).ToList();
        }
    }

    private static string Signature(TextLine line) => PageChrome.Signature(TextJoiner.LineToText(line.Glyphs, isCell: false));
}
