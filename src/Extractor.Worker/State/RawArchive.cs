using System.Security.Cryptography;

namespace Extractor.Worker.State;

/// <summary>Keeps every fetched byte under <c>raw/ab/cdef…</c>, named by SHA-256, so identical content is stored once.</summary>
internal sealed class RawArchive
{
    private readonly string _root;

    public RawArchive(string stateFolder)
    {
        _root = Path.Combine(stateFolder, "raw");
        Directory.CreateDirectory(_root);
    }

    /// <summary>Stores <paramref name="content"/> unless already there and returns its lower-case hex SHA-256.</summary>
    public string Put(ReadOnlySpan<byte> content)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var path = PathOf(sha);
        if (File.Exists(path))
        {
            return sha;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // Write beside, then rename: a kill mid-write leaves a temp file, never a truncated archive entry. The temp name
        // is unique, since readers running side by side may store the same bytes at once (every site's 404 page).
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }

        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
        }

        return sha;
    }

    /// <summary>The stored bytes for <paramref name="sha256"/>, or null when missing.</summary>
    public byte[]? Get(string sha256)
    {
        var path = PathOf(sha256);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    public string PathOf(string sha256) => Path.Combine(_root, sha256[..2], sha256[2..]);
}
