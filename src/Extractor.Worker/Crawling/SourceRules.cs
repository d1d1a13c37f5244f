using System.Text.RegularExpressions;
using Extractor.Worker.Hosting;
using Extractor.Worker.State;

namespace Extractor.Worker.Crawling;

/// <summary>One configured source made ready for use: seeds, allowed scope, and which links are reports or next pages.</summary>
internal sealed class SourceRules
{
    private static readonly TimeSpan s_regexTimeout = TimeSpan.FromSeconds(1);

    private readonly HashSet<string> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _fileRoots = [];
    private readonly Regex _reportText;
    private readonly Regex? _reportUrl;
    private readonly Regex? _nextPage;
    private readonly HashSet<string> _attachments;

    public SourceRules(SourceOptions options, string configDirectory)
    {
        Name = options.Name;
        MaxPages = options.MaxPages;
        _reportText = new Regex(options.ReportLinkText, RegexOptions.IgnoreCase, s_regexTimeout);
        _reportUrl = string.IsNullOrEmpty(options.ReportUrlPattern) ? null : new Regex(options.ReportUrlPattern, RegexOptions.IgnoreCase, s_regexTimeout);
        _nextPage = string.IsNullOrEmpty(options.NextPageText) ? null : new Regex(options.NextPageText, RegexOptions.IgnoreCase, s_regexTimeout);
        _attachments = new HashSet<string>(options.AttachmentExtensions, StringComparer.OrdinalIgnoreCase);
        foreach (var host in options.AllowedHosts)
        {
            _hosts.Add(host);
        }

        var seeds = new List<DiscoveredLink>();
        Uri? firstListing = null;
        foreach (var start in options.Start)
        {
            if (Uri.TryCreate(start, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                _hosts.Add(uri.Host);
                seeds.Add(new DiscoveredLink(LinkExtractor.WithoutFragment(uri).AbsoluteUri, Name, FrontierKind.Listing, 1));
                firstListing ??= uri;
                continue;
            }

            var path = uri is { IsFile: true } ? uri.LocalPath : Path.GetFullPath(start, configDirectory);
            if (Directory.Exists(path))
            {
                // A plain folder: every file in it is a report; nothing to page through.
                _fileRoots.Add(Path.TrimEndingDirectorySeparator(path) + Path.DirectorySeparatorChar);
                seeds.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal)
                    .Select(f => new DiscoveredLink(new Uri(f).AbsoluteUri, Name, FrontierKind.Report, 0)));
            }
            else
            {
                // A file listing: links may reach anything in its folder and below.
                _fileRoots.Add(Path.GetDirectoryName(path) + Path.DirectorySeparatorChar);
                var fileUri = new Uri(path);
                seeds.Add(new DiscoveredLink(fileUri.AbsoluteUri, Name, FrontierKind.Listing, 1));
                firstListing ??= fileUri;
            }
        }

        if (options.PageUrlTemplate is { } template && firstListing is not null)
        {
            for (var n = options.FirstPage; n <= options.MaxPages; n++)
            {
                var page = new Uri(firstListing, template.Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
                seeds.Add(new DiscoveredLink(page.AbsoluteUri, Name, FrontierKind.Listing, n));
            }
        }

        Seeds = seeds;
    }

    public string Name { get; }

    public int MaxPages { get; }

    public IReadOnlyList<DiscoveredLink> Seeds { get; }

    /// <summary>Whether a URL is inside this source: an allowed host, or a file under a start folder.</summary>
    public bool IsAllowed(Uri uri)
    {
        if (uri.Scheme is "http" or "https")
        {
            return _hosts.Contains(uri.Host);
        }

        if (uri.IsFile)
        {
            var path = Path.GetFullPath(uri.LocalPath);
            return _fileRoots.Any(root => path.StartsWith(root, StringComparison.Ordinal));
        }

        return false;
    }

    /// <summary>What a link on a page of the given kind leads to, or null when it is not followed.</summary>
    public DiscoveredLink? Classify(PageLink link, FrontierKind pageKind, int page)
    {
        if (!IsAllowed(link.Url))
        {
            return null;
        }

        var url = link.Url.AbsoluteUri;
        if (pageKind == FrontierKind.Listing)
        {
            if (_nextPage is not null && _nextPage.IsMatch(link.Text))
            {
                return page < MaxPages ? new DiscoveredLink(url, Name, FrontierKind.Listing, page + 1) : null;
            }

            if (_reportText.IsMatch(link.Text) || (_reportUrl?.IsMatch(url) ?? false))
            {
                return new DiscoveredLink(url, Name, FrontierKind.Report, 0);
            }

            return null;
        }

        return pageKind == FrontierKind.Report && IsAttachment(link.Url)
            ? new DiscoveredLink(url, Name, FrontierKind.Attachment, 0)
            : null;
    }

    public bool IsAttachment(Uri uri) => _attachments.Contains(Path.GetExtension(uri.AbsolutePath));
}
