using System.Diagnostics;
using System.Text;

namespace Pantau.Store.Tests.Support;

/// <summary>What one run of the real <c>pantau</c> program did.</summary>
public sealed record PantauRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] StderrLines => Stderr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit code {ExitCode}\n--- stdout:\n{Stdout}\n--- stderr:\n{Stderr}--- end";
}

/// <summary>Runs <c>dotnet pantau.dll</c> (next to the tests) as a child process with its output redirected.</summary>
public static class PantauProcess
{
    public static string ProgramPath { get; } = Path.Combine(AppContext.BaseDirectory, "pantau.dll");

    /// <summary>Starts pantau; the caller reads, waits for or kills it.</summary>
    public static Process Start(string workingDirectory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(ProgramPath);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
        process.StandardInput.Close();
        return process;
    }

    public static async Task<PantauRun> RunAsync(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"pantau {string.Join(' ', args)} still running after 3 minutes; stderr:\n{await stderr}");
        }
        return new PantauRun(process.ExitCode, await stdout, await stderr);
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
