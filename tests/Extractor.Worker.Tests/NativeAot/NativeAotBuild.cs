using System.Diagnostics;
using System.Runtime.InteropServices;
using Extractor.Testing;

namespace Extractor.Worker.Tests.NativeAot;

/// <summary>
/// Publishes the extractor once per test run the way the README documents its batch build
/// (`dotnet publish src/Extractor.Worker -c Release -r RID -p:ExtractorNativeAot=true`) into a temporary folder, and runs it.
/// The build is slow (1.5 minutes on a quiet 2-core machine), so the tests that need it share one.
/// </summary>
public sealed class NativeAotBuild : IDisposable
{
    private readonly Lazy<string> _binary;

    public NativeAotBuild()
    {
        Folder = Directory.CreateTempSubdirectory("extractor-aot-").FullName;
        _binary = new Lazy<string>(Publish);
    }

    /// <summary>The temporary folder that holds the published build and the tests' outputs.</summary>
    public string Folder { get; }

    /// <summary>The published native executable (published on first use).</summary>
    public string Binary => _binary.Value;

    /// <summary>The first tool of the native toolchain not found on PATH, or null when all are there.</summary>
    public static string? MissingTool()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return new[] { "clang", "ld.lld" }.FirstOrDefault(tool => !path.Any(dir => File.Exists(Path.Combine(dir, tool))));
    }

    /// <summary>Runs the native build with <paramref name="arguments"/>; returns its exit code, standard output bytes and standard error.</summary>
    public (int Exit, byte[] Stdout, string Stderr) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Binary, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Binary}");
        var stderr = process.StandardError.ReadToEndAsync();
        using var stdout = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(stdout);
        process.WaitForExit();
        return (process.ExitCode, stdout.ToArray(), stderr.GetAwaiter().GetResult());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not worth failing a run for.
        }
    }

    private string Publish()
    {
        var output = Path.Combine(Folder, "publish");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "publish", Path.Combine(TestPaths.Root, "src", "Extractor.Worker"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
            "-p:ExtractorNativeAot=true", "-o", output, "-nologo", "-v", "q", "--disable-build-servers",
        })
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's own build settings must not leak into the nested build.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet publish");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish -p:ExtractorNativeAot=true failed (exit {process.ExitCode}):\n{stdout}\n{stderr.GetAwaiter().GetResult()}");
        }

        var binary = Path.Combine(output, "extractor");
        return File.Exists(binary) ? binary : throw new InvalidOperationException($"the NativeAOT publish wrote no {binary}");
    }
}
