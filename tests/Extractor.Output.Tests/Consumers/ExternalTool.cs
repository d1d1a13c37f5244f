using System.Diagnostics;
using System.Text;

namespace Extractor.Output.Tests.Consumers;

/// <summary>
/// A program the datasets' users read them with (pandas, R, the Frictionless reference library on Node, LibreOffice),
/// found on this machine or not. CI installs them (`.ci/setup/40-datasets.sh`); elsewhere a test whose tool is missing
/// skips with the reason and the way to install it.
/// </summary>
public sealed class ExternalTool
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(5);

    private ExternalTool(string name, string? program, string[] prefix, string install, IReadOnlyDictionary<string, string>? environment = null)
    {
        Name = name;
        Program = program;
        Prefix = prefix;
        Install = install;
        Environment = environment ?? new Dictionary<string, string>();
    }

    public string Name { get; }

    /// <summary>The executable, or null when the tool is not on this machine.</summary>
    public string? Program { get; }

    public bool Exists => Program is not null;

    /// <summary>Why the test skips: what is missing and how to get it.</summary>
    public string SkipReason => $"{Name} not found: {Install}";

    private string[] Prefix { get; }

    private string Install { get; }

    private IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Debian's python3 with pandas (EXTRACTOR_PYTHON overrides; a pyenv python3 first on PATH usually lacks pandas).</summary>
    public static ExternalTool Pandas { get; } = new("pandas", FindWorking(["EXTRACTOR_PYTHON"], ["/usr/bin/python3", "python3"], ["-c", "import pandas"]), [], "apt-get install python3-pandas, or set EXTRACTOR_PYTHON");

    /// <summary>Rscript (read.csv is in base R).</summary>
    public static ExternalTool R { get; } = new("R", FindWorking([], ["Rscript"], ["-e", "invisible(0)"]), [], "apt-get install r-base-core");

    /// <summary>Rscript with the readr package.</summary>
    public static ExternalTool Readr { get; } = new("readr", FindWorking([], ["Rscript"], ["-e", "library(readr)"]), [], "apt-get install r-base-core r-cran-readr");

    /// <summary>Node with the npm `datapackage` package (1.1.10) in EXTRACTOR_NODE_MODULES (a node_modules folder).</summary>
    public static ExternalTool DataPackageJs { get; } = FindDataPackageJs();

    /// <summary>LibreOffice headless (soffice) with Calc.</summary>
    public static ExternalTool LibreOffice { get; } = new("LibreOffice", FindWorking([], ["soffice", "libreoffice"], ["--version"]), [], "apt-get install libreoffice-calc-nogui");

    /// <summary>Runs the tool with the arguments; throws with its standard error when it fails.</summary>
    public string Run(params string[] arguments)
    {
        var program = Program ?? throw new InvalidOperationException(SkipReason);
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in Prefix.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        // A UTF-8 locale: R and Python read the CSVs in the locale's encoding unless told, and users run them in one.
        start.Environment["LANG"] = "C.UTF-8";
        start.Environment["LC_ALL"] = "C.UTF-8";
        foreach (var (key, value) in Environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(s_timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Name} ({program} {string.Join(' ', arguments)}) ran longer than {s_timeout}.");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Name} exited with {process.ExitCode}: {stderr.Result}\n{stdout.Result}");
        }

        return stdout.Result;
    }

    private static ExternalTool FindDataPackageJs()
    {
        var modules = System.Environment.GetEnvironmentVariable("EXTRACTOR_NODE_MODULES");
        var install = "set EXTRACTOR_NODE_MODULES to a node_modules folder holding datapackage@1.1.10 (npm install --prefix DIR datapackage@1.1.10)";
        if (string.IsNullOrEmpty(modules) || !Directory.Exists(Path.Combine(modules, "datapackage")))
        {
            return new ExternalTool("datapackage (npm)", null, [], install);
        }

        var node = FindWorking([], ["node"], ["--version"]);
        return new ExternalTool("datapackage (npm)", node, [], install, new Dictionary<string, string> { ["NODE_PATH"] = modules });
    }

    // The first candidate that runs the probe and exits 0; an environment variable, when set, is the only candidate.
    private static string? FindWorking(string[] variables, string[] candidates, string[] probe)
    {
        foreach (var variable in variables)
        {
            if (System.Environment.GetEnvironmentVariable(variable) is { Length: > 0 } chosen)
            {
                candidates = [chosen];
            }
        }

        foreach (var candidate in candidates)
        {
            try
            {
                var start = new ProcessStartInfo(candidate) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                foreach (var argument in probe)
                {
                    start.ArgumentList.Add(argument);
                }

                using var process = Process.Start(start);
                if (process is null)
                {
                    continue;
                }

                process.StandardOutput.ReadToEnd();
                process.StandardError.ReadToEnd();
                if (process.WaitForExit(60_000) && process.ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed.
            }
        }

        return null;
    }
}
