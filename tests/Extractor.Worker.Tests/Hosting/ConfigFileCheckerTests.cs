using Extractor.Worker.Hosting;

namespace Extractor.Worker.Tests.Hosting;

public sealed class ConfigFileCheckerTests : IDisposable
{
    private readonly string _path = Path.Combine(Directory.CreateTempSubdirectory("extractor-config-").FullName, "pipeline.json");

    [Fact]
    public void Check_BundledPipelineJson_HasNoProblem()
        => Assert.Empty(ConfigFileChecker.Check(Path.Combine(Extractor.Testing.TestPaths.Root, "pipeline.json")));

    [Fact]
    public void Check_MisspelledKeys_NamesEachWithTheNearestKnownKey()
    {
        File.WriteAllText(_path, """
            {
              // comments and trailing commas are allowed, as the configuration reader allows them
              "sources": [ { "name": "a", "start": [ "x/" ], "reportLinkTxt": "年报" } ],
              "politness": { "perHostDelay": "00:00:02" },
              "limits": { "maxRetry": 3, },
              "Logging": { "LogLevel": { "Default": "Information" } },
            }
            """);

        var problems = ConfigFileChecker.Check(_path);

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("sources:0:reportLinkTxt: unknown key; did you mean \"reportLinkText\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("politness: unknown key; did you mean \"politeness\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("limits:maxRetry: unknown key; did you mean \"maxRetries\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_BrokenJson_GivesLineAndColumn()
    {
        File.WriteAllText(_path, "{\n  \"sources\": [\n    { \"name\": \"a\" \"start\": [] }\n  ]\n}\n");

        var problem = Assert.Single(ConfigFileChecker.Check(_path));

        Assert.StartsWith("line 3, column 19:", problem, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
}
