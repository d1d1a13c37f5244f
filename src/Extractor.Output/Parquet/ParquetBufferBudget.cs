namespace Extractor.Output.Parquet;

/// <summary>
/// One byte budget for the rows that every Parquet file of one dataset write holds for its next row group. Each file
/// also cuts its own groups (by rows and bytes), but a file per table (or per partition) each buffering up to its own
/// cap would let memory grow with the number of files and, for the tables with a row or two per report, with the
/// number of reports until the row cap is reached. When the sum passes the budget, the file holding most is written
/// out as a row group. The choice depends only on the values and their order (ties go to the file opened first), so
/// the same reports give the same bytes.
/// </summary>
internal sealed class ParquetBufferBudget
{
    private readonly List<IRowGroupBuffer> _buffers = [];

    public ParquetBufferBudget(long limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        Limit = limit;
    }

    /// <summary>The estimated bytes all files together may hold before the largest is written out.</summary>
    public long Limit { get; }

    /// <summary>The estimated bytes held now, by every file together.</summary>
    public long Buffered { get; private set; }

    public void Join(IRowGroupBuffer buffer) => _buffers.Add(buffer);

    public void Leave(IRowGroupBuffer buffer) => _buffers.Remove(buffer);

    /// <summary>Counts bytes a file took (positive) or wrote out (negative).</summary>
    public void Add(long bytes) => Buffered += bytes;

    /// <summary>While the files hold more than the budget, writes out the one holding most.</summary>
    public async Task KeepWithinAsync(CancellationToken cancellationToken)
    {
        while (Buffered > Limit)
        {
            IRowGroupBuffer? largest = null;
            foreach (var buffer in _buffers)
            {
                if (buffer.BufferedBytes > (largest?.BufferedBytes ?? 0))
                {
                    largest = buffer;
                }
            }

            if (largest is null)
            {
                return;
            }

            await largest.FlushRowGroupAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
