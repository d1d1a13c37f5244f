using System.Security.Cryptography;
using Extractor.Site.Model;

namespace Extractor.Site.Writing;

/// <summary>
/// Copies each report's archived bytes into the site (<c>archive/ab/cdef….ext</c>, named by SHA-256 so a copy is stored
/// once), so the site stays whole when it alone is moved to a web host. A copy is made only of bytes whose SHA-256 is the
/// report's: a local file edited since it was read is not the copy the figures came from.
/// </summary>
internal sealed class SiteArchive
{
    /// <summary>The site's folder of archived copies.</summary>
    public const string Folder = "archive";

    // Formats a browser shows or hands to a viewer as they are; anything else (HTML above all: its scripts would run
    // inside the site) is archived with .txt appended, so that it is shown as text and never executed.
    private static readonly HashSet<string> s_keptExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".docx", ".doc", ".xlsx", ".xls", ".wps", ".et", ".ofd", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".txt",
    };

    private readonly string _buildDir;
    private readonly string? _rawArchive;
    private readonly long _maxBytes;
    private readonly Dictionary<string, ArchiveLink> _bySha = new(StringComparer.Ordinal);

    public SiteArchive(string buildDir, SiteOptions options)
    {
        _buildDir = buildDir;
        _rawArchive = options.RawArchiveFolder;
        _maxBytes = options.ArchiveMaxBytes;
    }

    /// <summary>The archived copy of <paramref name="report"/> inside the site, or why there is none.</summary>
    public async Task<ArchiveLink> CopyAsync(SiteReport report, CancellationToken ct)
    {
        var sha = report.Sha256.ToLowerInvariant();
        if (sha.Length != 64 || !sha.All(char.IsAsciiHexDigit))
        {
            return ArchiveLink.None;
        }

        if (_bySha.TryGetValue(sha, out var done))
        {
            return done;
        }

        var link = await CopyOnceAsync(report, sha, ct).ConfigureAwait(false);
        _bySha[sha] = link;
        return link;
    }

    private async Task<ArchiveLink> CopyOnceAsync(SiteReport report, string sha, CancellationToken ct)
    {
        var from = Source(report.SourceUri, sha);
        if (from is null)
        {
            return ArchiveLink.None;
        }

        var size = new FileInfo(from).Length;
        if (size > _maxBytes)
        {
            return new(null, ArchiveLink.TooLarge, size, _maxBytes);
        }

        var name = $"{Folder}/{sha[..2]}/{sha[2..]}{Extension(from, report.Format)}";
        var target = Path.Combine(_buildDir, name.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = target + ".tmp";
        using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            var input = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            var output = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await using (input.ConfigureAwait(false))
            await using (output.ConfigureAwait(false))
            {
                var buffer = new byte[1 << 16];
                int n;
                while ((n = await input.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
                {
                    hash.AppendData(buffer, 0, n);
                    await output.WriteAsync(buffer.AsMemory(0, n), ct).ConfigureAwait(false);
                }
            }

            if (!string.Equals(Convert.ToHexStringLower(hash.GetHashAndReset()), sha, StringComparison.Ordinal))
            {
                File.Delete(temp);
                return new(null, ArchiveLink.Changed, size, _maxBytes);
            }
        }

        File.Move(temp, target, overwrite: true);
        return new(string.Join('/', name.Split('/').Select(Uri.EscapeDataString)), ArchiveLink.Copied, size, _maxBytes);
    }

    /// <summary>The crawl's raw archive entry, else (parse) the local file read; null when neither exists.</summary>
    private string? Source(string sourceUri, string sha)
    {
        if (_rawArchive is not null)
        {
            var stored = Path.Combine(_rawArchive, sha[..2], sha[2..]);
            if (File.Exists(stored))
            {
                return stored;
            }
        }

        if (sourceUri.Length == 0 || sourceUri.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        var local = Path.GetFullPath(sourceUri);
        return File.Exists(local) ? local : null;
    }

    private static string Extension(string file, string? format)
    {
        var ext = Path.GetExtension(file);
        if (ext.Length > 0 && s_keptExtensions.Contains(ext))
        {
            return ext.ToLowerInvariant();
        }

        var byFormat = format is null ? null : "." + format.ToLowerInvariant();
        if (byFormat is not null && s_keptExtensions.Contains(byFormat))
        {
            return byFormat;
        }

        // .html.txt, .md.txt, .txt: shown as text.
        var stem = ext.Length > 0 ? ext : byFormat ?? string.Empty;
        return stem.All(c => c == '.' || char.IsAsciiLetterOrDigit(c)) ? stem.ToLowerInvariant() + ".txt" : ".txt";
    }
}
