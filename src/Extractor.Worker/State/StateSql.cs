using System.Data.Common;

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

    /// <summary>The columns of a frontier item, in the order <see cref="ReadItem"/> reads them.</summary>
    public const string ItemColumns = "id, url, source, kind, page, state, attempts, etag, last_modified, sha256, content_type, charset";

    /// <summary>A frontier item from a row of <see cref="ItemColumns"/>.</summary>
    public static FrontierItem ReadItem(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        r.GetString(2),
        Enum.Parse<FrontierKind>(r.GetString(3), ignoreCase: true),
        r.GetInt32(4),
        Enum.Parse<FrontierState>(r.GetString(5), ignoreCase: true),
        r.GetInt32(6),
        r.IsDBNull(7) ? null : r.GetString(7),
        r.IsDBNull(8) ? null : r.GetString(8),
        r.IsDBNull(9) ? null : r.GetString(9),
        r.IsDBNull(10) ? null : r.GetString(10),
        r.IsDBNull(11) ? null : r.GetString(11));
}
