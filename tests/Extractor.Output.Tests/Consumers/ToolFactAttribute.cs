namespace Extractor.Output.Tests.Consumers;

/// <summary>
/// A fact that needs an external tool: it skips with the reason where the tool is missing, except in CI (CI=true), where
/// the setup scripts install every tool and a missing one must fail, not pass unnoticed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string tool)
    {
        var found = tool switch
        {
            nameof(ExternalTool.Pandas) => ExternalTool.Pandas,
            nameof(ExternalTool.R) => ExternalTool.R,
            nameof(ExternalTool.Readr) => ExternalTool.Readr,
            nameof(ExternalTool.DataPackageJs) => ExternalTool.DataPackageJs,
            nameof(ExternalTool.LibreOffice) => ExternalTool.LibreOffice,
            _ => throw new ArgumentException($"unknown tool {tool}", nameof(tool)),
        };
        if (!found.Exists && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = found.SkipReason;
        }
    }
}
