namespace Extractor.Site.Reading;

/// <summary>Opens a dataset file by stem: the Parquet file when present (typed, exact), else the CSV.</summary>
internal sealed class DatasetFiles
{
    private readonly string _folder;

    public DatasetFiles(string folder) => _folder = folder;

    public bool Has(string stem) => Locate(stem) is not null;

    public IAsyncEnumerable<TableRow> ReadAsync(string stem, CancellationToken cancellationToken) => Locate(stem) switch
    {
        null => Empty(),
        var p when p.EndsWith(".parquet", StringComparison.Ordinal) => ParquetTableReader.ReadAsync(p, cancellationToken),
        var p => CsvTableReader.ReadAsync(p, cancellationToken),
    };

    private string? Locate(string stem)
    {
        var parquet = Path.Combine(_folder, stem + ".parquet");
        if (File.Exists(parquet))
        {
            return parquet;
        }

        var csv = Path.Combine(_folder, stem + ".csv");
        return File.Exists(csv) ? csv : null;
    }

    private static async IAsyncEnumerable<TableRow> Empty()
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield break;
    }
}
