using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Core.Checks;

/// <summary>A report as the rules see it: cells by key, a `missing` cell for any cell the report lacks, and its template.</summary>
internal sealed class ReportView
{
    // Keyed by the three parts, so a look-up builds no `table/row/col` string (the equation rules ask thousands per report).
    private readonly Dictionary<(string Table, string Row, string Col), CellRecord> _cells = [];

    // What the document has (see IsFound), filled on first use: the rules ask once per row or column, and a scan of every
    // cell per question was a visible part of the checks' time.
    private HashSet<string>? _foundTables;
    private HashSet<(string Table, string Row)>? _foundRows;
    private IReadOnlyList<RowDefinition>? _applicationRows;
    private IReadOnlyList<RowDefinition>? _outcomeRows;

    public ReportView(ReportResult report)
    {
        Report = report ?? throw new ArgumentNullException(nameof(report));
        Template = TemplateCatalog.Get(report.Template);
        foreach (var cell in report.Cells)
        {
            // The mapper keeps the first of duplicate rows; do the same here.
            _cells.TryAdd((cell.Table, cell.Row, cell.Col), cell);
        }
    }

    /// <summary>The report viewed.</summary>
    public ReportResult Report { get; }

    /// <summary>The template definition, or null for legacy and unknown reports.</summary>
    public TemplateDefinition? Template { get; }

    /// <summary>The report's source URI, shown in the evidence of cross-report results.</summary>
    public string Uri => Report.Source.Uri;

    /// <summary>True when the rules may look at this report at all: it was read and is a report.</summary>
    public bool IsCheckable => Report.Status is ReportStatus.Parsed or ReportStatus.Partial;

    /// <summary>The cell at (<paramref name="table"/>, <paramref name="row"/>, <paramref name="col"/>); `missing` when the report has none.</summary>
    public CellRecord Cell(string table, string row, string col) =>
        _cells.TryGetValue((table, row, col), out var cell)
            ? cell
            : new CellRecord(table, row, col, CellKind.Missing, null, string.Empty, string.Empty, string.Empty);

    /// <summary>
    /// True when the document has the cell (even empty, or a glued run we could not split); false for a cell the mapper
    /// filled in as missing (or, in reports written before the `missing` kind, as a blank without raw text or location).
    /// </summary>
    public static bool IsFound(CellRecord cell) =>
        cell.Kind is not (CellKind.Blank or CellKind.Missing) || cell.Raw.Length > 0 || cell.At.Length > 0;

    /// <summary>True when the document has at least one cell of <paramref name="row"/>.</summary>
    public bool HasRow(string table, string row)
    {
        Found();
        return _foundRows!.Contains((table, row));
    }

    /// <summary>True when not one cell of the table was found: its rules cannot judge anything.</summary>
    public bool IsTableMissing(string table)
    {
        Found();
        return !_foundTables!.Contains(table);
    }

    private void Found()
    {
        if (_foundTables is not null)
        {
            return;
        }

        var tables = new HashSet<string>(StringComparer.Ordinal);
        var rows = new HashSet<(string Table, string Row)>();
        foreach (var cell in Report.Cells)
        {
            if (IsFound(cell))
            {
                tables.Add(cell.Table);
                rows.Add((cell.Table, cell.Row));
            }
        }

        _foundRows = rows;
        _foundTables = tables;
    }

    /// <summary>The rows of table 三 as this report has them: the template's rows plus the 2019 （六） row a 2021 report may keep.</summary>
    public IReadOnlyList<RowDefinition> ApplicationRows() => _applicationRows ??= FindApplicationRows();

    private List<RowDefinition> FindApplicationRows()
    {
        var table = Template?.FindTable("applications");
        if (table is null)
        {
            return [];
        }

        var rows = table.Rows.ToList();
        var extra = TemplateCatalog.OtherHandlingRow;
        if (table.FindRow(extra.Key) is null && HasRow(table.Key, extra.Key))
        {
            // The single row replaces the 2021 sub-rows, which then come out missing (SCHEMA.md §3.2): they are not in the sum.
            rows.RemoveAll(r => r.Key is "other_no_correction" or "other_unpaid_fee" or "other_misc" && !HasRow(table.Key, r.Key));
            // Keep template order: the single （六） row sits where the sub-rows are, before （七）总计.
            var at = rows.FindIndex(r => r.Key == "total_processed");
            rows.Insert(at < 0 ? rows.Count : at, extra);
        }

        return rows;
    }

    /// <summary>The outcome rows T3-SUM adds up for this report.</summary>
    public IReadOnlyList<RowDefinition> OutcomeRows() => _outcomeRows ??= ApplicationRows().Where(r => r.IsOutcome).ToList();
}
