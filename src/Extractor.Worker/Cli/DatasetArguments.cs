using Extractor.Output;

namespace Extractor.Worker.Cli;

/// <summary>The dataset options of `parse --out`: `--partition-by year|none` and `--no-workbook`.</summary>
internal static class DatasetArguments
{
    public const string Usage = "[--partition-by year] [--no-workbook]";

    /// <summary>Takes the dataset options out of <paramref name="args"/>, leaving the other arguments in order.</summary>
    /// <returns>False with <paramref name="error"/> set when an option is malformed.</returns>
    public static bool TryExtract(string[] args, out string[] rest, out DatasetWriterOptions options, out string error)
    {
        var kept = new List<string>();
        options = new DatasetWriterOptions();
        error = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--partition-by" when i + 1 < args.Length && !char.IsAsciiDigit(args[i + 1].FirstOrDefault()) && Enum.TryParse<DatasetPartitioning>(args[i + 1], ignoreCase: true, out var partitioning) && Enum.IsDefined(partitioning):
                    options = options with { PartitionBy = partitioning };
                    i++;
                    break;
                case "--partition-by":
                    rest = [];
                    error = "--partition-by needs 'year' or 'none'";
                    return false;
                case "--no-workbook":
                    options = options with { WriteWorkbook = false };
                    break;
                default:
                    kept.Add(args[i]);
                    break;
            }
        }

        rest = [.. kept];
        return true;
    }
}
