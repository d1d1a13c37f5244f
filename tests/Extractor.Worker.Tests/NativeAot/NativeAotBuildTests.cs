using System.Text;
using Extractor.Testing;
using Extractor.Worker.Cli;

namespace Extractor.Worker.Tests.NativeAot;

/// <summary>
/// The NativeAOT build is the one the README gives for batch use and the one the performance figures measure, but the
/// tests run under the JIT. Reflection the trimmer cannot see, or a library that behaves differently compiled ahead of
/// time, would only show there: these tests publish it and require the same bytes as the JIT build on every fixture.
/// </summary>
public sealed class NativeAotBuildTests : IClassFixture<NativeAotBuild>
{
    // Every reader and every way a document ends: HTML, born-digital and image-only PDF (OCR), DOCX, plain and flat text,
    // pre-2019 and narrative reports, and the hostile and fuzzed inputs that must end as a document's failure, not the run's.
    private static readonly string[] s_inputs = ["html", "pdf", "docx", "text", "legacy", "narrative", "hostile", "fuzz"];

    private readonly NativeAotBuild _build;

    public NativeAotBuildTests(NativeAotBuild build) => _build = build;

    [NativeAotFact]
    public async Task ParseJson_EveryFixture_SameBytesAndExitCodeAsTheJitBuild()
    {
        string[] arguments = ["--json", .. s_inputs.Select(static f => TestPaths.Fixture(f))];
        using var jit = new MemoryStream();
        var jitExit = await ParseCommand.RunAsync(arguments, jit, TextWriter.Null, CancellationToken.None);

        var (aotExit, aotStdout, aotStderr) = _build.Run(["parse", .. arguments]);

        var expected = Encoding.UTF8.GetString(jit.ToArray()).Split('\n');
        var actual = Encoding.UTF8.GetString(aotStdout).Split('\n');
        Assert.True(expected.Length > 50, $"only {expected.Length} report line(s) from the fixtures");
        Assert.True(jitExit == aotExit, $"exit {aotExit} under NativeAOT, {jitExit} under the JIT; stderr: {Tail(aotStderr)}");
        for (var i = 0; i < Math.Min(expected.Length, actual.Length); i++)
        {
            // Line by line, so that a difference names its report rather than dumping the whole batch.
            Assert.True(expected[i] == actual[i], $"report {i + 1} differs under NativeAOT:\nJIT: {Clip(expected[i])}\nAOT: {Clip(actual[i])}\nstderr: {Tail(aotStderr)}");
        }

        Assert.Equal(expected.Length, actual.Length);
    }

    [NativeAotFact]
    public async Task ParseOut_Datasets_SameFilesAsTheJitBuild()
    {
        var jitFolder = Path.Combine(_build.Folder, "out-jit");
        var aotFolder = Path.Combine(_build.Folder, "out-aot");
        string[] inputs = [TestPaths.Fixture("html"), TestPaths.Fixture("pdf"), TestPaths.Fixture("text"), TestPaths.Fixture("docx"), TestPaths.Fixture("legacy")];

        var jitExit = await ParseCommand.RunAsync(["--out", jitFolder, .. inputs], Stream.Null, TextWriter.Null, CancellationToken.None);
        var (aotExit, _, aotStderr) = _build.Run(["parse", "--out", aotFolder, .. inputs]);

        Assert.True(jitExit == aotExit, $"exit {aotExit} under NativeAOT, {jitExit} under the JIT; stderr: {Tail(aotStderr)}");
        var expected = Files(jitFolder);
        Assert.NotEmpty(expected);
        Assert.Contains(expected, static f => f.EndsWith(".parquet", StringComparison.Ordinal));
        Assert.Contains(expected, static f => f.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Equal(expected, Files(aotFolder));
        Assert.All(expected, file => Assert.True(
            File.ReadAllBytes(Path.Combine(jitFolder, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(aotFolder, file))),
            $"{file} differs under NativeAOT"));
    }

    private static List<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];

    private static string Clip(string text) => text.Length <= 2000 ? text : text[..2000] + " …";

    // A crash's message is at the end of standard error, after the reports that went before it.
    private static string Tail(string text) => text.Length <= 3000 ? text : "… " + text[^3000..];
}
