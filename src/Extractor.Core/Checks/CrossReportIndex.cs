using System.Globalization;
using System.Runtime.InteropServices;
using Extractor.Core.Json;
using Extractor.Core.Records;

namespace Extractor.Core.Checks;

/// <summary>
/// The cross-report rules' side of a run, reduced while the reports are read and kept on disk, so that memory stays
/// flat in the number of reports: for each report that can pair with another (checkable, with a year and an agency)
/// only what those rules read (identity, year, status, the cells of table 二 and of 上年结转/结转下年度, the pre-2019
/// indicators) is appended to a temporary file as one JSON line; memory keeps 16 bytes per report (where its line is,
/// the previous report of its agency-year) and per agency-year a 64-bit hash of the agency and year with its last
/// report, not the agency's name (a crawl has about one report per agency-year, so names cost as much as the rest).
/// <see cref="ChecksFor"/> then reads back the report's line and those of its agency's year before, keeping only those
/// whose agency and year are really the ones asked (so a hash collision costs a read, never a wrong pair), and runs the
/// rules on them, as the spool is streamed
/// once. Gives the same results as <see cref="ReportChecker.CheckAcross"/>. The temporary file is deleted on
/// <see cref="Dispose"/> (on Unix it has no name from the start, so a killed run leaves nothing behind).
/// </summary>
public sealed class CrossReportIndex : IDisposable
{
    private const string Prefix = "extractor-xref-";

    private readonly string _folder;
    private readonly Func<string, int, ulong> _groupKey;
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<ulong, int> _groupIds = [];
    // Each agency-year's reports as a chain, newest first: a list per agency-year cost ~70 bytes more each.
    private readonly List<int> _groupLast = [];
    private FileStream? _spill;
    private bool _sealed;
    private bool _disposed;
    private int _cachedPosition = -1;
    private Result _cached = Result.None;

    /// <summary>Creates an empty index whose temporary file goes to the system's temporary folder.</summary>
    public CrossReportIndex()
        : this(null)
    {
    }

    /// <summary>Creates an empty index.</summary>
    /// <param name="folder">Where the temporary file goes; null for the system's temporary folder.</param>
    public CrossReportIndex(string? folder)
        : this(folder, GroupKey)
    {
    }

    /// <summary>Creates an empty index hashing agency-years with <paramref name="groupKey"/>: a test makes them all collide.</summary>
    internal CrossReportIndex(string? folder, Func<string, int, ulong> groupKey)
    {
        _folder = folder ?? Path.GetTempPath();
        _groupKey = groupKey;
    }

    /// <summary>The number of reports added.</summary>
    public int Count => _entries.Count;

    /// <summary>Bytes written to the temporary file so far (what the index would otherwise hold in memory).</summary>
    public long SpilledBytes => _spill?.Length ?? 0;

    /// <summary>
    /// The bytes the index holds in memory, counted from what it keeps (entries, positions per agency-year, the agency
    /// keys), so a test can bound them per report without timing or process-wide figures.
    /// </summary>
    internal long InMemoryBytes =>
        ((long)_entries.Capacity * Marshal.SizeOf<Entry>())
        + (4L * _groupLast.Capacity)

        // A dictionary slot: its hash code, next index, key and value (24 bytes aligned), and its bucket.
        + (28L * _groupIds.EnsureCapacity(0));

    /// <summary>Adds the next report in spool order.</summary>
    public void Add(ReportResult report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_sealed)
        {
            throw new InvalidOperationException("the cross-report results were already computed; add every report first");
        }

        if (!CanPair(report, out var agency, out var year))
        {
            // Never compared with another report: only its place in the order is kept.
            _entries.Add(new Entry(-1, 0, -1));
            return;
        }

        var key = _groupKey(agency, year);
        if (!_groupIds.TryGetValue(key, out var group))
        {
            group = _groupLast.Count;
            _groupIds.Add(key, group);
            _groupLast.Add(-1);
        }

        var spill = _spill ??= OpenSpill(_folder);
        var offset = spill.Position;
        ReportJsonWriter.Write(spill, Slim(report));
        _entries.Add(new Entry(offset, checked((int)(spill.Position - offset)), _groupLast[group]));
        _groupLast[group] = _entries.Count - 1;
    }

    /// <summary>The cross-report results of the report at <paramref name="position"/> (0-based, spool order).</summary>
    public IReadOnlyList<CheckResult> ChecksFor(int position) => ResultAt(position).Checks;

    /// <summary><paramref name="report"/> with its cross-report results in place of any from an earlier run.</summary>
    public ReportResult Apply(int position, ReportResult report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = ResultAt(position);

        // A legacy pair the year before resolved (resolved_by cross_year) comes back with the results.
        return report with
        {
            Checks = [.. report.Checks.Where(static c => !RuleCatalog.IsCrossReport(c.Rule)), .. result.Checks],
            LegacyIndicators = result.LegacyIndicators.Count > 0 ? result.LegacyIndicators : report.LegacyIndicators,
        };
    }

    /// <summary>Deletes the temporary file.</summary>
    public void Dispose()
    {
        _disposed = true;
        _spill?.Dispose();
        _spill = null;
    }

    private Result ResultAt(int position)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        if (position >= _entries.Count)
        {
            throw new InvalidOperationException($"the spool holds more reports than the {_entries.Count} indexed");
        }

        if (!_sealed)
        {
            _sealed = true;
            _spill?.Flush();
        }

        // ChecksFor and Apply of one position come in pairs: compute once.
        if (position != _cachedPosition)
        {
            _cached = Compute(position);
            _cachedPosition = position;
        }

        return _cached;
    }

    private Result Compute(int position)
    {
        var entry = _entries[position];
        if (entry.Offset < 0)
        {
            return Result.None;
        }

        var report = Read(entry);
        if (!CanPair(report, out var agency, out var year) || !_groupIds.TryGetValue(_groupKey(agency, year - 1), out var before))
        {
            // No report of the year before: no rule has anything to compare (the same as CheckAcross with no pair).
            return Result.None;
        }

        // Stable order by URI, as CheckAcross has it, from the members in spool order (the chain runs newest first);
        // only the reports of that very agency and year: another agency-year of the same hash is no pair.
        var members = new List<ReportResult>();
        for (var p = _groupLast[before]; p >= 0; p = _entries[p].Previous)
        {
            var member = Read(_entries[p]);
            if (CanPair(member, out var otherAgency, out var otherYear) && otherYear == year - 1 && string.Equals(otherAgency, agency, StringComparison.Ordinal))
            {
                members.Add(member);
            }
        }

        if (members.Count == 0)
        {
            return Result.None;
        }

        members.Reverse();
        var previous = members.Select(static m => new ReportView(m)).OrderBy(static v => v.Uri, StringComparer.Ordinal).ToList();
        var (current, across) = ReportChecker.AgainstYearBefore(new ReportView(report), previous);
        return across.Count == 0 ? Result.None : new Result(across, current.LegacyIndicators);
    }

    // FNV-1a over the agency key's UTF-16 code units and the year: deterministic across runs and processes, unlike
    // string.GetHashCode; 64 bits make a collision among millions of agency-years unlikely, and Compute checks anyway.
    internal static ulong GroupKey(string agency, int year)
    {
        const ulong Prime = 1099511628211;
        var hash = 14695981039346656037;
        foreach (var c in agency)
        {
            hash = (hash ^ c) * Prime;
        }

        return (hash ^ (uint)year) * Prime;
    }

    private ReportResult Read(Entry entry)
    {
        var buffer = new byte[entry.Length];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = RandomAccess.Read(_spill!.SafeFileHandle, buffer.AsSpan(read), entry.Offset + read);
            if (n == 0)
            {
                throw new IOException($"the cross-report index's temporary file ended early at {entry.Offset + read}");
            }

            read += n;
        }

        return ReportJsonReader.Read(buffer);
    }

    private static FileStream OpenSpill(string folder)
    {
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}.jsonl"));
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            // The open handle keeps the data; without a name nothing is left behind even if the process is killed.
            File.Delete(path);
        }

        return stream;
    }

    private static bool CanPair(ReportResult report, out string agency, out int year)
    {
        agency = string.Empty;
        year = 0;
        if (report.Status is not (ReportStatus.Parsed or ReportStatus.Partial) || report.Year is not { } y || AgencyKey.From(report.AgencySimplified) is not { } key)
        {
            return false;
        }

        agency = key;
        year = y;
        return true;
    }

    internal static ReportResult Slim(ReportResult report)
    {
        var cells = report.Cells.Where(static c => c.Table == "active" || c.Row is "carried_over" or "carried_forward").ToList();

        // Whether table 三 was found at all decides between "not found" and the blank policy: keep one found cell as witness.
        if (!cells.Any(static c => c.Table == "applications" && ReportView.IsFound(c))
            && report.Cells.FirstOrDefault(static c => c.Table == "applications" && ReportView.IsFound(c)) is { } witness)
        {
            cells.Add(witness);
        }

        return report with { Title = null, Sections = ReportSections.Empty, Cells = cells, Statements = [], Checks = [], Diagnostics = [] };
    }

    // Where a report's reduced line is in the temporary file (offset −1: a report that never pairs) and the position
    // of the report before it in its agency-year (−1: none).
    private readonly record struct Entry(long Offset, int Length, int Previous);

    private sealed record Result(IReadOnlyList<CheckResult> Checks, IReadOnlyList<LegacyIndicator> LegacyIndicators)
    {
        public static Result None { get; } = new([], []);
    }
}
