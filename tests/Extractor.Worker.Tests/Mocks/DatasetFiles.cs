using System.Text.Json.Nodes;

namespace Extractor.Worker.Tests.Mocks;

/// <summary>Compares two dataset folders byte for byte, leaving out crawl_log (the record of the runs themselves).</summary>
internal static class DatasetFiles
{
    public static async Task AssertSameAsync(string expectedFolder, string actualFolder)
    {
        var expected = Directory.GetFiles(expectedFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var actual = Directory.GetFiles(actualFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
        Assert.Contains("reports.csv", expected);
        Assert.Contains("cells.parquet", expected);
        expected.RemoveAll(f => f!.StartsWith("crawl_log.", StringComparison.Ordinal));
        foreach (var name in expected)
        {
            var a = await File.ReadAllBytesAsync(Path.Combine(expectedFolder, name!));
            var b = await File.ReadAllBytesAsync(Path.Combine(actualFolder, name!));
            if (name == "datapackage.json")
            {
                (a, b) = (WithoutCrawlLog(a), WithoutCrawlLog(b));
            }

            Assert.True(a.SequenceEqual(b), $"{name} differs between {expectedFolder} and {actualFolder}");
        }
    }

    private static byte[] WithoutCrawlLog(byte[] package)
    {
        var json = JsonNode.Parse(package)!.AsObject();
        var resources = json["resources"]!.AsArray();
        foreach (var resource in resources.Where(r => r!["name"]!.GetValue<string>().StartsWith("crawl_log", StringComparison.Ordinal)).ToList())
        {
            resources.Remove(resource);
        }

        return System.Text.Encoding.UTF8.GetBytes(json.ToJsonString());
    }
}
