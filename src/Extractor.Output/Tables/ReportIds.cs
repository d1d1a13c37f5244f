using System.Security.Cryptography;
using System.Text;
using Extractor.Core.Records;

namespace Extractor.Output.Tables;

/// <summary>The stable `report_id` that joins the datasets.</summary>
internal static class ReportIds
{
    /// <summary>
    /// The first 16 lower-case hex digits of SHA-256 over the UTF-8 text `{source.sha256}\n{source.uri}`: the same
    /// bytes from the same place keep their id across runs, and the same bytes mirrored elsewhere get another one.
    /// </summary>
    public static string For(ReportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = source.Sha256 + "\n" + source.Uri;
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
