using System.IO.Compression;
using System.Text;
using Extractor.Output.Tables;
using SpreadCheetah;

namespace Extractor.Output.Workbook;

/// <summary>
/// Reads back, one row at a time, the values a <see cref="WorkbookSpoolWriter{TRow}"/> kept, as workbook cells. Each
/// value is a marker byte (null, present, or a whole number) followed by the value in <see cref="BinaryWriter"/>'s
/// encoding: text length-prefixed UTF-8, integers, day numbers, ticks and whole numbers 7-bit encoded, other numbers
/// as a 16-byte decimal; the whole compressed with Deflate. The file is private to one write and read once, so it carries
/// no header or version.
/// </summary>
internal sealed class WorkbookSpoolReader : IDisposable
{
    public const byte Null = 0;

    public const byte Present = 1;

    public const byte WholeNumber = 2;

    private readonly IReadOnlyList<ColumnInfo> _columns;
    private readonly WorkbookStyles _styles;
    private readonly Func<string, string> _fit;
    private readonly FileStream _file;
    private readonly DeflateStream _deflate;
    private readonly BufferedStream _buffer;
    private readonly BinaryReader _reader;

    /// <param name="path">The spool file.</param>
    /// <param name="columns">The table's columns, in the order they were written.</param>
    /// <param name="styles">The workbook's styles.</param>
    /// <param name="fit">Makes a text fit one cell.</param>
    public WorkbookSpoolReader(string path, IReadOnlyList<ColumnInfo> columns, WorkbookStyles styles, Func<string, string> fit)
    {
        _columns = columns;
        _styles = styles;
        _fit = fit;
        _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        _deflate = new DeflateStream(_file, CompressionMode.Decompress, leaveOpen: true);
        _buffer = new BufferedStream(_deflate, 1 << 16);
        _reader = new BinaryReader(_buffer, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>Fills <paramref name="row"/> with the next row's cells; false at the end of the file.</summary>
    public bool TryRead(Cell[] row)
    {
        // The first marker of a row, or the end of the file.
        var first = _buffer.ReadByte();
        if (first < 0)
        {
            return false;
        }

        for (var c = 0; c < _columns.Count; c++)
        {
            row[c] = ReadCell(_columns[c].Type, c == 0 ? (byte)first : _reader.ReadByte());
        }

        return true;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _buffer.Dispose();
        _deflate.Dispose();
        _file.Dispose();
    }

    private Cell ReadCell(ColumnType type, byte marker)
    {
        if (marker == Null)
        {
            return default;
        }

        return type switch
        {
            ColumnType.Integer => new Cell(_reader.Read7BitEncodedInt()),
            ColumnType.Decimal => new Cell(marker == WholeNumber ? (decimal)_reader.Read7BitEncodedInt64() : _reader.ReadDecimal()),
            ColumnType.Date => new Cell(DateOnly.FromDayNumber(_reader.Read7BitEncodedInt()).ToDateTime(TimeOnly.MinValue), _styles.Date),
            ColumnType.Timestamp => new Cell(new DateTime(_reader.Read7BitEncodedInt64(), DateTimeKind.Utc), _styles.Timestamp),
            _ => new Cell(_fit(_reader.ReadString()), _styles.Text),
        };
    }
}
