namespace Extractor.Worker.State;

/// <summary>
/// What both state stores (SQLite and PostgreSQL) write word for word: the statement and its values, named with the
/// provider's parameter prefix (SQLite's are part of the name, Npgsql's are not).
/// </summary>
internal static class StateSql
{
    /// <summary>A new version of a report URL; the same bytes again are not a new version.</summary>
    public const string InsertVersion = """
        INSERT INTO versions(url, sha256, pass_id, fetched_at, status, result_json)
        VALUES (@url, @sha, @pass, @now, @status, @json)
        ON CONFLICT(url, sha256) DO NOTHING
        """;

    /// <summary>The values of <see cref="InsertVersion"/>.</summary>
    public static (string Name, object? Value)[] VersionValues(string prefix, ItemCompletion c, string sha256, (string Status, string Json) version, long passId, string now) =>
    [
        (prefix + "url", c.Item.Url),
        (prefix + "sha", sha256),
        (prefix + "pass", passId),
        (prefix + "now", now),
        (prefix + "status", version.Status),
        (prefix + "json", version.Json),
    ];
}
