using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;

namespace Extractor.Worker.Tests.Mocks;

/// <summary>
/// Serves a folder (the demo site) with ETag and Last-Modified, answering 304 to a matching revalidation; single paths can
/// be replaced by other content or by a fault.
/// </summary>
internal sealed class StaticSite
{
    private static readonly DateTimeOffset s_modified = new(2024, 1, 22, 8, 0, 0, TimeSpan.Zero);

    private readonly string _root;

    public StaticSite(string root) => _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;

    /// <summary>Paths answered by a handler instead of the folder.</summary>
    public ConcurrentDictionary<string, Func<TestRequest, TestResponse>> Overrides { get; } = new(StringComparer.Ordinal);

    /// <summary>Paths whose content is replaced (a page that changed).</summary>
    public ConcurrentDictionary<string, byte[]> Content { get; } = new(StringComparer.Ordinal);

    /// <summary>Answers every request with a delay before it, to make a crawl slow enough to interrupt.</summary>
    public TimeSpan Latency { get; set; }

    public async Task<TestResponse> HandleAsync(TestRequest request)
    {
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency);
        }

        if (Overrides.TryGetValue(request.Path, out var handler))
        {
            return handler(request);
        }

        byte[] body;
        if (!Content.TryGetValue(request.Path, out body!))
        {
            var file = Path.GetFullPath(Path.Combine(_root, request.Path.TrimStart('/')));
            if (!file.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(file))
            {
                return TestResponse.Text(404, "<html><body>not found</body></html>");
            }

            body = await File.ReadAllBytesAsync(file);
        }

        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..16] + "\"";
        if (request.Header("If-None-Match") == etag)
        {
            return new TestResponse(304, []) { Headers = { ["ETag"] = etag } };
        }

        var type = Path.GetExtension(request.Path) switch
        {
            ".pdf" => "application/pdf",
            ".txt" => "text/plain",
            _ => "text/html",
        };
        return new TestResponse(200, body)
        {
            Headers =
            {
                ["Content-Type"] = type,
                ["ETag"] = etag,
                ["Last-Modified"] = s_modified.ToString("R", CultureInfo.InvariantCulture),
            },
        };
    }
}
