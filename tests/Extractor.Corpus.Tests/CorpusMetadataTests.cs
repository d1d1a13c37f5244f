using System.Text.RegularExpressions;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Core.Text;
using Extractor.Testing;
using Extractor.Worker.Cli;
using Xunit.Abstractions;

namespace Extractor.Corpus.Tests;

/// <summary>
/// Title, agency, year and publication date of every corpus document (and the seed), compared with what MANIFEST.tsv
/// and the expected files record and, for what they do not record (title, publication date), with what the document
/// states, read by eye. Rules:
/// <list type="bullet">
/// <item>year = MANIFEST report_year (null where it says unknown) = the expected file's year where there is one;</item>
/// <item>agency = the name the document gives itself (title, page field or signature), as written; simplified, it
/// is MANIFEST's agency (its bracketed note dropped) or a part of it (洪泽区人民政府 of 淮安市洪泽区人民政府), except where the
/// document writes another name (listed with the reason); null only where the document never names itself;</item>
/// <item>title = the document's title line(s) without layout spaces, page furniture or compatibility radicals; null
/// where an excerpt has no title line;</item>
/// <item>published_at = the page's own publication-date field (发布时间, 公开日期, 日期) when the page has one, else the
/// date printed under the title or after the signature; null where the document prints no such date.</item>
/// </list>
/// </summary>
public sealed partial class CorpusMetadataTests(ITestOutputHelper output)
{
    /// <summary>What each document states, read by eye: title, agency, publication date.</summary>
    private static readonly Dictionary<string, (string? Title, string? Agency, string? PublishedAt)> s_stated = new(StringComparer.Ordinal)
    {
        // PDFs 001 and 003 print no date: every page's text (pdftotext) and render shows only the statistics period,
        // the files have no images, and their embedded dates are the WPS file's creation, not the report's.
        ["001_huaian-hongze-district-gov-2023.pdf"] = ("洪泽区人民政府2023年政府信息公开工作年度报告", "洪泽区人民政府", null),
        ["003_huaian-city-gov-2024.pdf"] = ("淮安市人民政府2024年政府信息公开工作年度报告", "淮安市人民政府", null),
        ["004_pingtan-2021-flat.txt"] = ("平潭综合实验区2021年度政府信息公开工作年度报告", "平潭综合实验区", "2022-02-08"),
        ["005_pingtan-2019-flat.txt"] = ("平潭综合实验区2019年度政府信息公开工作年度报告", "平潭综合实验区", "2020-01-20"),
        ["006_pingtan-2020-flat.txt"] = ("平潭综合实验区2020年度政府信息公开工作年度报告", "平潭综合实验区", "2021-03-05"),
        ["007_pingtan-2022-flat.txt"] = ("平潭综合实验区2022年度政府信息公开工作年度报告", "平潭综合实验区", "2023-02-20"),
        ["011_pingtan-2018-pre2019-flat.txt"] = ("平潭综合实验区2018年度政府信息公开工作年度报告", "平潭综合实验区", "2019-01-10"),
        ["012_pingtan-county-2013-pre2019-flat.txt"] = ("平潭县人民政府2013年政府信息公开工作年度报告", "平潭县人民政府", "2014-01-22"),
        ["014_shuyang-county-gov-2025-md.txt"] = ("沐阳县人民政府2025年政府信息公开工作年度报告", "沐阳县人民政府", "2026-01-23"),
        ["016_shanghai-gov-office-2025-pdf2md.md"] = ("2025年上海市人民政府办公厅政府信息公开工作年度报告", "上海市人民政府办公厅", null),
        ["017_shuyang-county-fgj-2023.html"] = ("沭阳县发展和改革局2023年政府信息公开年度报告", "沭阳县发展和改革局", "2024-01-17"),
        ["018_wuhan-hanyang-gov-office-2022-partial-pipes.txt"] = (null, null, null),
        ["019_chongqing-jiulongpo-erlang-street-2022-partial-pipes.txt"] = ("重庆市九龙坡区二郎街道办事处2022年政府信息公开工作年度报告", "重庆市九龙坡区二郎街道办事处", null),
        ["020_tianjin-hebei-district-zwfwb-2022-partial-pipes.txt"] = (null, null, null),

        // 发布时间 is empty on the page; 更新时间 2026-01-15 is when it was edited, not published.
        ["021_wuhan-donghu-chengxiang-office-2025-partial-blanklines.txt"] = ("武汉市东湖生态旅游风景区城乡工作办事处2025年政府信息公开工作年度报告", "武汉市东湖生态旅游风景区城乡工作办事处", null),
        ["022_wuhan-hongshan-jxkcj-2025-partial-blanklines.txt"] = ("洪山区经济信息化和科技创新局2025年政府信息公开工作年度报告", "洪山区经济信息化和科技创新局", "2026-01-29"),
        ["023_wuhan-huangpi-district-2022-traditional-partial.txt"] = ("武漢市黃陂區2022年政府信息公開工作年度報告", "武漢市黃陂區", null),
        ["024_shanghai-city-2012-traditional-pre2019-partial.txt"] = (null, null, null),
        ["025_pingtan-local-tax-bureau-2013-pre2019-flat.txt"] = ("平潭综合实验区地方税务局2013年信息公开年度报告", "平潭综合实验区地方税务局", "2014-02-25"),

        // The page's 发布时间 (2012-04-11) is the publication; the signature's 二○一二年二月二十日 is when it was signed.
        ["027_pingtan-2011-pre2019-flat.txt"] = ("平潭综合实验区2011年政府信息公开工作年度报告", "平潭综合实验区", "2012-04-11"),
        ["028_guangzhou-sasac-2020-traditional-partial.txt"] = ("廣州市國資委2020年政府信息公開工作年度報告", "廣州市國資委", null),
        ["029_district-statistics-bureau-2023-partial-slash-empty.txt"] = (null, null, null),
        ["030_county-bureau-2023-old-template-partial-pipes.txt"] = (null, null, null),
        ["031_xuwen-county-bureau-partial-pipes.txt"] = (null, null, null),
        ["000_cf5be25a97365a4f.txt"] = ("新榮區政務服務中心2021年政府信息公開工作年度報告", "新榮區政務服務中心", null),
    };

    /// <summary>Documents that name themselves otherwise than MANIFEST's agency, and why.</summary>
    private static readonly Dictionary<string, string> s_otherName = new(StringComparer.Ordinal)
    {
        ["014_shuyang-county-gov-2025-md.txt"] = "the OCR'd document writes 沐阳 throughout for 沭阳; we report what it says",
        ["028_guangzhou-sasac-2020-traditional-partial.txt"] = "the title abbreviates 国有资产监督管理委员会 as 国资委 and omits 人民政府",
        ["000_cf5be25a97365a4f.txt"] = "the seed has no MANIFEST row; its expected file names the agency",
    };

    /// <summary>Excerpts that never name their agency: they say 我办, 我局 or 区政府办公室 of an unnamed district.</summary>
    private static readonly HashSet<string> s_unnamed = new(StringComparer.Ordinal)
    {
        "018_wuhan-hanyang-gov-office-2022-partial-pipes.txt", "020_tianjin-hebei-district-zwfwb-2022-partial-pipes.txt",
        "024_shanghai-city-2012-traditional-pre2019-partial.txt", "029_district-statistics-bureau-2023-partial-slash-empty.txt",
        "030_county-bureau-2023-old-template-partial-pipes.txt", "031_xuwen-county-bureau-partial-pipes.txt",
    };

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        if (TestPaths.Shared is { } shared && File.Exists(Path.Combine(shared, "corpus", "MANIFEST.tsv")))
        {
            foreach (var line in File.ReadLines(Path.Combine(shared, "corpus", "MANIFEST.tsv")).Skip(1).Where(static l => l.Length > 0))
            {
                data.Add(line.Split('\t')[0]);
            }

            data.Add("000_cf5be25a97365a4f.txt");
        }
        else
        {
            data.Add(string.Empty);
        }

        return data;
    }

    [Fact]
    public void Manifest_EveryDocumentHasItsStatedMetadataHere()
    {
        if (TestPaths.Shared is not { } shared || !File.Exists(Path.Combine(shared, "corpus", "MANIFEST.tsv")))
        {
            output.WriteLine("../shared/corpus not present: skipped");
            return;
        }

        var listed = Manifest(shared).Keys.Append("000_cf5be25a97365a4f.txt").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(listed, s_stated.Keys.Order(StringComparer.Ordinal).ToList());
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parse_CorpusDocument_MetadataIsCleanAndAsStated(string file)
    {
        if (file.Length == 0 || TestPaths.Shared is not { } shared)
        {
            output.WriteLine("../shared/corpus not present: skipped");
            return;
        }

        var path = File.Exists(Path.Combine(shared, "corpus", file)) ? Path.Combine(shared, "corpus", file) : Path.Combine(shared, "seeds", file);
        var result = Readers.CreateParser().Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        output.WriteLine($"{file}: title {result.Title} | agency {result.Agency} | year {result.Year} | published_at {result.PublishedAt}");

        (string Agency, string Year)? manifest = Manifest(shared).TryGetValue(file, out var row) ? row : null;
        var expectedFile = Path.Combine(shared, "corpus", "expected", Path.ChangeExtension(file, ".json"));
        var expectation = File.Exists(expectedFile) ? CorpusExpectation.Load(expectedFile) : null;

        // Year: MANIFEST, and the expected file where there is one.
        int? year = manifest is null ? expectation?.Year : int.TryParse(manifest.Value.Year, out var y) ? y : null;
        Assert.Equal(year, result.Year);
        if (expectation is not null)
        {
            Assert.Equal(expectation.Year, result.Year);
        }

        // What the document states.
        var (title, agency, published) = s_stated[file];
        Assert.Equal(title, result.Title);
        Assert.Equal(agency, result.Agency);
        Assert.Equal(published, result.PublishedAt);

        // Agency: MANIFEST's (or the expected file's) name or a part of it, unless the document names itself otherwise.
        var recorded = Bare(manifest?.Agency ?? expectation?.Agency);
        if (result.AgencySimplified is { } named)
        {
            Assert.True(
                s_otherName.ContainsKey(file) || (recorded is not null && recorded.Contains(named, StringComparison.Ordinal)),
                $"agency {named} is not MANIFEST's {recorded}");
        }
        else
        {
            Assert.Contains(file, s_unnamed);
        }

        // Clean: no radicals, no layout spaces, no furniture; a title names its year and its agency.
        foreach (var text in new[] { result.Title, result.Agency }.OfType<string>())
        {
            Assert.DoesNotMatch(DirtyPattern(), text);
        }

        if (result.Title is { } t)
        {
            Assert.Matches(@"(报告|報告|年报|年報)$", t);
            Assert.Contains($"{result.Year}年", t, StringComparison.Ordinal);
            if (result.Agency is { } a)
            {
                Assert.Contains(a, t, StringComparison.Ordinal);
            }
        }
    }

    private static string? Bare(string? agency) =>
        agency is null || agency.StartsWith('某') ? null : ChineseText.ToSimplified(BracketPattern().Replace(agency, string.Empty));

    private static Dictionary<string, (string Agency, string Year)> Manifest(string shared) =>
        File.ReadLines(Path.Combine(shared, "corpus", "MANIFEST.tsv")).Skip(1).Where(static l => l.Length > 0)
            .Select(static l => l.Split('\t'))
            .ToDictionary(static f => f[0], static f => (f[2], f[3]), StringComparer.Ordinal);

    [GeneratedRegex(@"[（(][^）)]*[）)]")]
    private static partial Regex BracketPattern();

    /// <summary>Radicals blocks, a space beside a Han character, page fields, links.</summary>
    [GeneratedRegex(@"[\u2E80-\u2FDF]|\s(?=\p{IsCJKUnifiedIdeographs})|(?<=\p{IsCJKUnifiedIdeographs})\s|[:：]|https?://")]
    private static partial Regex DirtyPattern();
}
