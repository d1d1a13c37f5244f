using Extractor.Worker.Hosting;
using Microsoft.Extensions.Configuration;

namespace Extractor.Worker.Tests.Hosting;

public sealed class PipelineOptionsValidatorTests
{
    [Fact]
    public void Validate_BundledPipelineJson_Succeeds()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Extractor.Testing.TestPaths.Root, "pipeline.json"))
            .Build();
        var options = new PipelineOptions();
        configuration.Bind(options);

        var result = new PipelineOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal("demo", Assert.Single(options.Sources).Name);
    }

    [Fact]
    public void Validate_BadValues_NamesEachKey()
    {
        var options = new PipelineOptions
        {
            Sources =
            [
                new SourceOptions { Name = "a", Start = ["ftp://x/"], AllowedHosts = ["http://x.gov.cn"], PageUrlTemplate = "p.html" },
                new SourceOptions { Name = "a", Start = [] },
            ],
            Limits = new LimitsOptions { MaxRetries = 0, DocumentTimeout = TimeSpan.FromSeconds(1) },
        };

        var failures = new PipelineOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Contains(failures, f => f.StartsWith("sources:0:start:0", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("sources:0:allowedHosts", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("sources:0:pageUrlTemplate", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("sources:1:name", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("sources:1:start", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("limits:maxRetries", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("limits:documentTimeout", StringComparison.Ordinal));
    }
}
