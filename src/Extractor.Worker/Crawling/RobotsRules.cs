using System.Globalization;

namespace Extractor.Worker.Crawling;

/// <summary>
/// The robots.txt rules that apply to our user agent (RFC 9309): the group naming our product token, else <c>*</c>;
/// the longest matching Allow/Disallow wins, Allow on a tie; <c>*</c> and <c>$</c> in patterns; Crawl-delay as an extension.
/// </summary>
internal sealed class RobotsRules
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsRules(List<(string Pattern, bool Allow)> rules, TimeSpan? crawlDelay, string? unreachable = null)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        UnreachableReason = unreachable;
    }

    /// <summary>Everything allowed (no robots.txt, or 4xx).</summary>
    public static RobotsRules AllowAll { get; } = new([], null);

    /// <summary>Nothing allowed (robots.txt unreachable: RFC 9309 §2.3.1.4 says assume complete disallow).</summary>
    public static RobotsRules DisallowAll { get; } = new([("/", false)], null);

    public TimeSpan? CrawlDelay { get; }

    /// <summary>
    /// Set when robots.txt could not be fetched (network error, timeout, 5xx): nothing is fetched from the host, as
    /// RFC 9309 §2.3.1.4 asks, and each of its URLs is a <em>failure</em> of the source with this reason, never "disallowed".
    /// </summary>
    public string? UnreachableReason { get; }

    /// <summary>Rules for a host whose robots.txt could not be fetched: complete disallow, recorded as a failure.</summary>
    public static RobotsRules Unreachable(string reason) => new([("/", false)], null, reason);

    public static RobotsRules Parse(string text, string userAgent)
    {
        var token = ProductToken(userAgent);
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var hash = rawLine.IndexOf('#', StringComparison.Ordinal);
            var line = hash >= 0 ? rawLine[..hash] : rawLine;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                // Consecutive user-agent lines share one group.
                if (!lastWasAgent || current is null)
                {
                    current = new Group();
                    groups.Add(current);
                }

                current.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            if (current is null)
            {
                continue;
            }

            if (key is "allow" or "disallow" && value.Length > 0)
            {
                current.Rules.Add((value, key == "allow"));
            }
            else if (key == "crawl-delay"
                && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            {
                current.Delay = TimeSpan.FromSeconds(seconds);
            }
        }

        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && token.Contains(a, StringComparison.Ordinal))).ToList();
        if (mine.Count == 0)
        {
            mine = [.. groups.Where(g => g.Agents.Contains("*"))];
        }

        return new RobotsRules([.. mine.SelectMany(g => g.Rules)], mine.Select(g => g.Delay).FirstOrDefault(d => d is not null));
    }

    public bool IsAllowed(Uri uri)
    {
        var path = uri.PathAndQuery;
        var best = -1;
        var allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (Matches(pattern, path) && (pattern.Length > best || (pattern.Length == best && allow)))
            {
                best = pattern.Length;
                allowed = allow;
            }
        }

        return allowed;
    }

    private static string ProductToken(string userAgent)
    {
        var slash = userAgent.IndexOfAny(['/', ' ']);
        return (slash > 0 ? userAgent[..slash] : userAgent).ToLowerInvariant();
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var p = anchored ? pattern[..^1] : pattern;
        return Match(p, 0, path, 0, anchored);
    }

    private static bool Match(string p, int pi, string s, int si, bool anchored)
    {
        while (pi < p.Length)
        {
            if (p[pi] == '*')
            {
                for (var k = si; k <= s.Length; k++)
                {
                    if (Match(p, pi + 1, s, k, anchored))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (si >= s.Length || p[pi] != s[si])
            {
                return false;
            }

            pi++;
            si++;
        }

        return !anchored || si == s.Length;
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];

        public List<(string Pattern, bool Allow)> Rules { get; } = [];

        public TimeSpan? Delay { get; set; }
    }
}
