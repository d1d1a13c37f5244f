using SpreadCheetah;
using SpreadCheetah.Styling;

namespace Extractor.Output.Workbook;

/// <summary>The cell styles of the workbook, registered once per file.</summary>
internal sealed class WorkbookStyles
{
    public WorkbookStyles(Spreadsheet book)
    {
        Key = book.AddStyle(new Style { Font = { Bold = true } });
        Label = book.AddStyle(new Style { Font = { Bold = true }, Fill = { Color = System.Drawing.Color.FromArgb(0xDD, 0xEB, 0xF7) } });
        Title = book.AddStyle(new Style { Font = { Bold = true, Size = 14 } });

        // The Text format (@) is how Excel keeps a cell text when someone edits it: a value like =1+1 or -18 typed back
        // in stays text instead of becoming a formula or a number. The stored value is the text as found, like Parquet;
        // a string cell is never evaluated, so no leading ' is needed as in the CSV.
        Text = book.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.Text) });
        Date = book.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd") });
        Timestamp = book.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd hh:mm:ss") });
    }

    /// <summary>Row 1: the column keys, as in the CSV header.</summary>
    public StyleId Key { get; }

    /// <summary>Row 2: the Chinese labels.</summary>
    public StyleId Label { get; }

    public StyleId Title { get; }

    public StyleId Text { get; }

    public StyleId Date { get; }

    /// <summary>Instants, in UTC.</summary>
    public StyleId Timestamp { get; }
}
