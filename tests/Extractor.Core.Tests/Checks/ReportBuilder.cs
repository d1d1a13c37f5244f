using System.Globalization;
using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Core.Tests.Checks;

/// <summary>
/// Builds mapped reports for check tests from compact text rows. It starts from a report of the template whose every cell
/// is found and 0 (all rules pass), and rows overwrite it. Row lines read `row_key v v v …` in the template's column order.
/// Tokens: a number; `_` an empty cell; `?` a cell the document lacks (`missing`); `/ — - 无 不适用` not applicable; anything else text.
/// </summary>
internal sealed class ReportBuilder
{
    private readonly List<CellRecord> _cells = [];
    private string _template;
    private int? _year;
    private string _uri = "test://report";
    private string? _agency = "测试县人民政府";
    private string? _agencySimplified = "测试县人民政府";
    private ReportStatus _status = ReportStatus.Parsed;
    private ReportSections _sections = new("总体情况。", null, null, null, "存在问题。", "其他事项。");

    private ReportBuilder(string template, int? year)
    {
        _template = template;
        _year = year;
        foreach (var (table, row, col) in TemplateCatalog.Get(template)!.Cells())
        {
            _cells.Add(Parse(table.Key, row.Key, col.Key, "0"));
        }
    }

    /// <summary>An all-zero report in the 2021 format.</summary>
    public static ReportBuilder V2021(int? year = 2021) => new(TemplateIds.V2021, year);

    /// <summary>An all-zero report in the 2019 trial format.</summary>
    public static ReportBuilder V2019(int? year = 2020) => new(TemplateIds.V2019, year);

    /// <summary>Overwrites rows of <paramref name="table"/>, one `row_key v v …` per line; a row the template lacks is added after the template's cells.</summary>
    public ReportBuilder Rows(string table, string text)
    {
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var row = tokens[0];
            var columns = ColumnsOf(table, row);
            if (tokens.Length - 1 != columns.Count)
            {
                throw new ArgumentException($"row {row} has {tokens.Length - 1} values, the template has {columns.Count} columns");
            }

            for (var i = 0; i < columns.Count; i++)
            {
                Set(Parse(table, row, columns[i].Key, tokens[i + 1]));
            }
        }

        return this;
    }

    /// <summary>Overwrites one cell by its `table/row/col` key.</summary>
    public ReportBuilder Cell(string key, string token)
    {
        var parts = key.Split('/');
        Set(Parse(parts[0], parts[1], parts[2], token));
        return this;
    }

    /// <summary>Makes every cell of <paramref name="table"/> (or of one row of it) a cell the document lacks.</summary>
    public ReportBuilder Without(string table, string? row = null)
    {
        for (var i = 0; i < _cells.Count; i++)
        {
            var c = _cells[i];
            if (c.Table == table && (row is null || c.Row == row))
            {
                _cells[i] = Parse(c.Table, c.Row, c.Col, "?");
            }
        }

        return this;
    }

    public ReportBuilder Template(string template)
    {
        _template = template;
        return this;
    }

    public ReportBuilder Year(int? year)
    {
        _year = year;
        return this;
    }

    public ReportBuilder Uri(string uri)
    {
        _uri = uri;
        return this;
    }

    public ReportBuilder Agency(string? agency, string? simplified)
    {
        _agency = agency;
        _agencySimplified = simplified;
        return this;
    }

    public ReportBuilder Status(ReportStatus status)
    {
        _status = status;
        return this;
    }

    public ReportBuilder Sections(ReportSections sections)
    {
        _sections = sections;
        return this;
    }

    /// <summary>Puts <paramref name="text"/> into 一、总体情况, keeping the other sections.</summary>
    public ReportBuilder Overall(string text)
    {
        _sections = _sections with { Overall = text };
        return this;
    }

    public ReportResult Build() => new()
    {
        Source = new ReportSource(_uri, new string('0', 64), "text"),
        Status = _status,
        Agency = _agency,
        AgencySimplified = _agencySimplified,
        Year = _year,
        Template = _template,
        Script = "simplified",
        Sections = _sections,
        Cells = _cells.ToList(),
    };

    /// <summary>A cell from a token, located like an HTML reader would locate it.</summary>
    public static CellRecord Parse(string table, string row, string col, string token)
    {
        var at = $"{table} {row} {col}";
        if (token == "?")
        {
            return new(table, row, col, CellKind.Missing, null, string.Empty, string.Empty, string.Empty);
        }

        if (token == "_")
        {
            return new(table, row, col, CellKind.Blank, null, string.Empty, string.Empty, at);
        }

        if (token is "/" or "—" or "-" or "－" or "无" or "不适用")
        {
            return new(table, row, col, CellKind.Na, null, token, string.Empty, at);
        }

        return decimal.TryParse(token, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? new(table, row, col, CellKind.Number, value, token, string.Empty, at)
            : new(table, row, col, CellKind.Text, null, token, string.Empty, at);
    }

    private IReadOnlyList<ColumnDefinition> ColumnsOf(string table, string row)
    {
        var own = TemplateCatalog.Get(_template) ?? TemplateCatalog.V2021;
        var other = own == TemplateCatalog.V2021 ? TemplateCatalog.V2019 : TemplateCatalog.V2021;
        var definition = own.FindTable(table)?.FindRow(row) ?? other.FindTable(table)?.FindRow(row);
        return definition?.Columns ?? throw new ArgumentException($"unknown row {table}/{row}");
    }

    private void Set(CellRecord cell)
    {
        var i = _cells.FindIndex(c => c.Key == cell.Key);
        if (i >= 0)
        {
            _cells[i] = cell;
        }
        else
        {
            _cells.Add(cell);
        }
    }
}
