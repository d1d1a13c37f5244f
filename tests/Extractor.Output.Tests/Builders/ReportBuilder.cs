using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Output.Tests.Builders;

/// <summary>Builds a <see cref="ReportResult"/> with every cell of a template, numbers made up from a seed, and chosen cells overridden.</summary>
public sealed class ReportBuilder
{
    private readonly Dictionary<string, CellRecord> _overrides = new(StringComparer.Ordinal);
    private readonly List<CellRecord> _extra = [];
    private readonly List<CheckResult> _checks = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private string _template = TemplateIds.V2021;
    private string _uri = "https://example.gov.cn/report.html";
    private string? _agency = "某某市人民政府办公室";
    private int? _year = 2022;
    private string? _publishedAt = "2023-01-20";
    private ReportSections _sections = new("本年度共收到政府信息公开申请12件。", null, null, null, "问题与改进。", null);
    private int _seed = 1;

    public ReportBuilder WithTemplate(string template)
    {
        _template = template;
        return this;
    }

    public ReportBuilder WithUri(string uri)
    {
        _uri = uri;
        return this;
    }

    public ReportBuilder WithSeed(int seed)
    {
        _seed = seed;
        return this;
    }

    public ReportBuilder WithAgency(string? agency)
    {
        _agency = agency;
        return this;
    }

    public ReportBuilder WithYear(int? year)
    {
        _year = year;
        return this;
    }

    public ReportBuilder WithPublishedAt(string? publishedAt)
    {
        _publishedAt = publishedAt;
        return this;
    }

    public ReportBuilder WithSections(ReportSections sections)
    {
        _sections = sections;
        return this;
    }

    public ReportBuilder WithNumber(string table, string row, string col, decimal value, string? raw = null, string unit = "") =>
        With(new CellRecord(table, row, col, CellKind.Number, value, raw ?? value.ToString(CultureInfo.InvariantCulture), unit, $"{table} {row} {col}"));

    public ReportBuilder WithBlank(string table, string row, string col) =>
        With(new CellRecord(table, row, col, CellKind.Blank, null, "", "", ""));

    public ReportBuilder WithNa(string table, string row, string col, string raw = "/") =>
        With(new CellRecord(table, row, col, CellKind.Na, null, raw, "", $"{table} {row} {col}"));

    public ReportBuilder WithText(string table, string row, string col, string raw) =>
        With(new CellRecord(table, row, col, CellKind.Text, null, raw, "", $"{table} {row} {col}"));

    /// <summary>Adds a cell after the template's cells, as the mapper does for a deviating row.</summary>
    public ReportBuilder WithExtraCell(CellRecord cell)
    {
        _extra.Add(cell);
        return this;
    }

    public ReportBuilder WithCheck(CheckResult check)
    {
        _checks.Add(check);
        return this;
    }

    public ReportBuilder WithDiagnostic(Diagnostic diagnostic)
    {
        _diagnostics.Add(diagnostic);
        return this;
    }

    /// <summary>Every cell of the template in template order: numbers from the seed (fees and amounts with two decimals), then the overrides.</summary>
    public ReportResult Build()
    {
        var template = TemplateCatalog.Get(_template) ?? throw new InvalidOperationException($"No cells for template {_template}.");
        var cells = new List<CellRecord>();
        var n = 0;
        foreach (var (table, row, column) in template.Cells())
        {
            var key = $"{table.Key}/{row.Key}/{column.Key}";
            if (_overrides.TryGetValue(key, out var cell))
            {
                cells.Add(cell);
            }
            else
            {
                decimal value = ((_seed * 31) + (n * 7)) % 97;
                if (column.Unit.Length > 0)
                {
                    value += 0.25m;
                }

                cells.Add(new CellRecord(table.Key, row.Key, column.Key, CellKind.Number, value, value.ToString(CultureInfo.InvariantCulture), column.Unit, $"table {table.Key}, row {row.Key}, col {column.Key}"));
            }

            n++;
        }

        cells.AddRange(_extra);
        var bytes = Encoding.UTF8.GetBytes($"{_uri}#{_seed}");
        return new ReportResult
        {
            Source = new ReportSource(_uri, Convert.ToHexStringLower(SHA256.HashData(bytes)), "html"),
            Status = ReportStatus.Parsed,
            Title = $"{_agency}{_year}年政府信息公开工作年度报告",
            Agency = _agency,
            AgencySimplified = _agency,
            Year = _year,
            Template = _template,
            Script = "simplified",
            PublishedAt = _publishedAt,
            Sections = _sections,
            Cells = cells,
            Checks = [.. _checks],
            Diagnostics = [.. _diagnostics],
        };
    }

    private ReportBuilder With(CellRecord cell)
    {
        _overrides[cell.Key] = cell;
        return this;
    }
}
