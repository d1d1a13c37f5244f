using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Extractor.Worker.Tests.Mocks;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 (one request per connection) that lets tests send faults a real server would:
/// truncated and slow bodies, redirects, 304s. Bounded: it stops accepting after <see cref="MaxRequests"/> and on dispose.
/// </summary>
internal sealed class TestSiteServer : IAsyncDisposable
{
    public const int MaxRequests = 2000;

    private readonly int _maxRequests;
    private readonly TcpListener _listener;
    private int _open;
    private int _maxOpen;
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<TestRequest, Task<TestResponse>> _handler;
    private readonly Task _loop;

    /// <param name="handler">Answers each request.</param>
    /// <param name="bind">The address to listen on; default 127.0.0.1 (IPAddress.Any serves every 127.x.y.z address too).</param>
    /// <param name="maxRequests">Stops accepting after this many connections.</param>
    public TestSiteServer(Func<TestRequest, Task<TestResponse>> handler, IPAddress? bind = null, int maxRequests = MaxRequests)
    {
        _handler = handler;
        _maxRequests = maxRequests;
        _listener = new TcpListener(bind ?? IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        var address = bind is null || bind.Equals(IPAddress.Any) ? IPAddress.Loopback : bind;
        BaseUri = new Uri($"http://{address}:{Port}/");
        _loop = Task.Run(AcceptLoopAsync);
    }

    public Uri BaseUri { get; }

    public int Port { get; }

    /// <summary>The most requests being answered at the same time, over the server's life.</summary>
    public int MaxConcurrent => Volatile.Read(ref _maxOpen);

    /// <summary>Every request served, in order.</summary>
    public ConcurrentQueue<TestRequest> Requests { get; } = new();

    public int Count(string path) => Requests.Count(r => r.Path == path);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        for (var served = 0; served < _maxRequests && !_stop.IsCancellationRequested; served++)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequestAsync(stream, timeout.Token);
                if (request is null)
                {
                    return;
                }

                Requests.Enqueue(request);
                var open = Interlocked.Increment(ref _open);
                int seen;
                while (open > (seen = Volatile.Read(ref _maxOpen)) && Interlocked.CompareExchange(ref _maxOpen, open, seen) != seen)
                {
                }

                try
                {
                    var response = await _handler(request);
                    await WriteResponseAsync(stream, response, response.HangAfter is null ? timeout.Token : _stop.Token);
                }
                finally
                {
                    Interlocked.Decrement(ref _open);
                }
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // The client went away (a timeout on its side, or the worker was killed): nothing to do.
            }
        }
    }

    private static async Task<TestRequest?> ReadRequestAsync(NetworkStream stream, CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), ct);
            if (read == 0)
            {
                return null;
            }

            length += read;
            var text = Encoding.Latin1.GetString(buffer, 0, length);
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end < 0)
            {
                continue;
            }

            var lines = text[..end].Split("\r\n");
            var parts = lines[0].Split(' ');
            var headers = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in lines.Skip(1))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
                }
            }

            return new TestRequest(parts[0], Uri.UnescapeDataString(parts[1]), headers) { At = Stopwatch.GetTimestamp() };
        }

        return null;
    }

    private static async Task WriteResponseAsync(NetworkStream stream, TestResponse response, CancellationToken ct)
    {
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {response.Status} {ReasonOf(response.Status)}\r\n");
        head.Append(CultureInfo.InvariantCulture, $"Content-Length: {response.Body.Length}\r\n");
        head.Append("Connection: close\r\n");
        foreach (var (name, value) in response.Headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        head.Append("\r\n");
        await stream.WriteAsync(Encoding.UTF8.GetBytes(head.ToString()), ct);

        var body = (response.TruncateAt ?? response.HangAfter) is int cut ? response.Body.AsMemory(0, Math.Min(cut, response.Body.Length)) : response.Body;
        if (response.TrickleDelay > TimeSpan.Zero)
        {
            for (var offset = 0; offset < body.Length; offset += 64)
            {
                await stream.WriteAsync(body[offset..Math.Min(offset + 64, body.Length)], ct);
                await stream.FlushAsync(ct);
                await Task.Delay(response.TrickleDelay, ct);
            }
        }
        else
        {
            await stream.WriteAsync(body, ct);
        }

        await stream.FlushAsync(ct);
        if (response.HangAfter is not null)
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
    }

    private static string ReasonOf(int status) => status switch
    {
        200 => "OK",
        302 => "Found",
        304 => "Not Modified",
        403 => "Forbidden",
        404 => "Not Found",
        410 => "Gone",
        412 => "Precondition Failed",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        _ => "Status",
    };
}
