namespace Extractor.Worker.State;

/// <summary>
/// The crawl state, whichever database holds it: <see cref="StateStore"/> (SQLite, one worker, the default) or
/// <see cref="PostgresStateStore"/> (any number of workers sharing one crawl through leases). Every method is safe to
/// call from the concurrent host lanes and readers.
/// </summary>
internal interface IStateStore : IDisposable
{
    /// <summary>Whether other worker processes may work on the same state (then a pass ends only when nobody holds items).</summary>
    bool Shared { get; }

    /// <summary>
    /// Continues the unfinished pass if there is one; otherwise starts a new pass that queues every known URL of the
    /// configured sources again, for revalidation, plus the seeds.
    /// </summary>
    (long PassId, bool Resumed) BeginPass(IReadOnlyList<DiscoveredLink> seeds, IReadOnlyCollection<string> sources);

    /// <summary>Whether a pass was started and not finished (killed, stopped, or still running elsewhere).</summary>
    bool HasOpenPass();

    /// <summary>The hosts that have claimable items, the host of the oldest item first ("" for local files).</summary>
    IReadOnlyList<string> QueuedHosts();

    /// <summary>Takes the oldest claimable item of <paramref name="host"/> for this worker; null when the host has none.</summary>
    FrontierItem? Claim(string host);

    /// <summary>Marks an item not taken through <see cref="Claim"/> as being fetched.</summary>
    void MarkFetching(FrontierItem item);

    /// <summary>Records how a fetch ended, all or nothing; returns the hosts of links new to the frontier.</summary>
    IReadOnlyCollection<string> Complete(long passId, ItemCompletion c);

    /// <summary>Whether a version with these bytes is already stored for the URL.</summary>
    bool HasVersion(string url, string sha256);

    /// <summary>Marks every item still queued as skipped, when the pass hit its document limit.</summary>
    int SkipRemaining(string reason);

    void FinishPass(long passId);

    /// <summary>The current result of every report as stored JSON, ordered by source and URL (ordinal).</summary>
    IEnumerable<(string Url, string Status, string Json, string? WithdrawnAt)> CurrentResults();

    /// <summary>How many sources still have queued or fetching items.</summary>
    int OpenSources();

    /// <summary>How many items are queued or being fetched (by any worker).</summary>
    int OpenItems();

    IReadOnlyDictionary<string, string> Withdrawn();

    IReadOnlyDictionary<FrontierState, int> CountByState();

    IReadOnlyList<(string Url, FrontierState State, string? Reason)> Problems();

    IReadOnlyList<SiteRun> SiteRuns(long? passId = null);

    /// <summary>
    /// Waits until this worker may send a request to <paramref name="host"/> across all workers (null: nothing to
    /// coordinate); disposing the result ends the request and starts the host's delay.
    /// </summary>
    Task<IDisposable?> AcquireHostAsync(string host, TimeSpan delay, CancellationToken cancellationToken);

    /// <summary>Keeps every worker off <paramref name="host"/> for <paramref name="duration"/> (its circuit opened).</summary>
    void PauseHost(string host, TimeSpan duration);

    /// <summary>The right to publish the datasets, or null when another worker is publishing now.</summary>
    IDisposable? TryLockPublishing();

    /// <summary>Joins the open re-read of the archive, or starts one.</summary>
    long BeginReparse();

    /// <summary>Takes up to <paramref name="count"/> current report versions not yet re-read in this run.</summary>
    IReadOnlyList<ReparseItem> ClaimReparse(long runId, int count);

    /// <summary>Stores a version's new result (null: keep the stored one, marked done); false when this worker's lease on it was lost (another worker has it).</summary>
    bool CompleteReparse(long runId, ReparseItem item, string? status, string? json);

    /// <summary>How many current versions are not yet re-read in this run (claimed by someone or not).</summary>
    int ReparseLeft(long runId);

    void FinishReparse(long runId);
}
