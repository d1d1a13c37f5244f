namespace Extractor.Worker.Tests.Mocks;

/// <summary>What the test server answers, including the faults it can inject.</summary>
internal sealed record TestResponse(int Status, byte[] Body)
{
    public Dictionary<string, string> Headers { get; init; } = [];

    /// <summary>Sends only this many body bytes, though Content-Length announces all of them, then closes.</summary>
    public int? TruncateAt { get; init; }

    /// <summary>Waits this long between body chunks of 64 bytes.</summary>
    public TimeSpan TrickleDelay { get; init; }

    /// <summary>Sends only this many body bytes, then keeps the connection open without sending more until the server stops.</summary>
    public int? HangAfter { get; init; }

    public static TestResponse Text(int status, string body, string contentType = "text/html; charset=utf-8")
        => new(status, System.Text.Encoding.UTF8.GetBytes(body)) { Headers = { ["Content-Type"] = contentType } };

    public TestResponse WithHeader(string name, string value)
    {
        var copy = this with { Headers = new Dictionary<string, string>(Headers) };
        copy.Headers[name] = value;
        return copy;
    }

    public static TestResponse Redirect(string location)
        => new(302, []) { Headers = { ["Location"] = location } };
}
