namespace Extractor.Worker.Tests.NativeAot;

/// <summary>
/// A fact that needs the NativeAOT build of the extractor: skipped, saying why, where the native toolchain (clang and
/// lld) is missing, except where EXTRACTOR_REQUIRE_NATIVEAOT=1 (CI sets it in .ci/setup/70-nativeaot.sh, which installs
/// them): there a missing tool fails the test instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NativeAotFactAttribute : FactAttribute
{
    public NativeAotFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "the NativeAOT build is checked on Linux only";
        }
        else if (NativeAotBuild.MissingTool() is { } tool && Environment.GetEnvironmentVariable("EXTRACTOR_REQUIRE_NATIVEAOT") != "1")
        {
            Skip = $"{tool} not installed: the NativeAOT build needs clang and lld; see .ci/setup/70-nativeaot.sh";
        }
    }
}
