using System.Diagnostics;
using System.Text;

namespace Extractor.Worker.Tests.Mocks;

/// <summary>
/// One worker process (<c>dotnet extractor.dll run …</c>) with its own environment, whose standard error is read line by
/// line: <see cref="Joined"/> completes when it has begun or joined the pass, an explicit signal to wait on.
/// </summary>
internal sealed class SharedWorker : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _errors = new();
    private readonly TaskCompletionSource _joined = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _reading;

    public SharedWorker(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "extractor.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        _ = _process.StandardOutput.ReadToEndAsync();
        _reading = Task.Run(ReadErrorsAsync);
    }

    public int ProcessId => _process.Id;

    /// <summary>Completes when the worker logged "Pass N started|joined": it is in the pass and will wait for its end.</summary>
    public Task Joined => _joined.Task;

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>The exit code; a worker still running after <paramref name="deadline"/> is killed and the test fails with its log.</summary>
    public async Task<int> ExitAsync(TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"worker {_process.Id} still running after {deadline}:\n{Errors}");
        }

        await _reading;
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private async Task ReadErrorsAsync()
    {
        while (await _process.StandardError.ReadLineAsync() is { } line)
        {
            lock (_errors)
            {
                _errors.AppendLine(line);
            }

            if (line.Contains("Pass ", StringComparison.Ordinal) && (line.Contains(" joined:", StringComparison.Ordinal) || line.Contains(" started:", StringComparison.Ordinal)))
            {
                _joined.TrySetResult();
            }
        }

        _joined.TrySetException(new InvalidOperationException($"worker {_process.Id} ended before it joined the pass:\n{Errors}"));
    }
}
