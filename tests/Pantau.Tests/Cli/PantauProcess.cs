using System.Diagnostics;
using System.Text;

namespace Pantau.Tests.Cli;

/// <summary>What one run of the real <c>pantau</c> program did.</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="Stdout">Standard output, decoded as UTF-8.</param>
/// <param name="Stderr">Standard error, decoded as UTF-8.</param>
/// <param name="Elapsed">Wall-clock time from start to exit.</param>
internal sealed record PantauRun(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
{
    /// <summary>Standard output split into lines; the final line ending does not make an empty last line, blank lines inside are kept.</summary>
    public IReadOnlyList<string> StdoutLines => Lines(Stdout);

    /// <summary>Standard error split into lines, like <see cref="StdoutLines"/>.</summary>
    public IReadOnlyList<string> StderrLines => Lines(Stderr);

    /// <summary>Everything, for assertion messages.</summary>
    public override string ToString() =>
        $"exit code {ExitCode} after {Elapsed.TotalSeconds:0.0} s\n--- stdout:\n{Stdout}\n--- stderr:\n{Stderr}--- end";

    private static string[] Lines(string text)
    {
        var normalized = text.ReplaceLineEndings("\n");
        if (normalized.EndsWith('\n'))
            normalized = normalized[..^1];
        return normalized.Length == 0 ? [] : normalized.Split('\n');
    }
}

/// <summary>
/// Runs <c>dotnet pantau.dll</c> (copied next to the test assembly by the project reference) as a child
/// process, with standard input, output and error redirected, so the program sees what a shell
/// pipeline gives it: <c>Console.IsOutputRedirected</c> is true.
/// </summary>
internal static class PantauProcess
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The program under test, next to this test assembly.</summary>
    public static string ProgramPath { get; } = Path.Combine(AppContext.BaseDirectory, "pantau.dll");

    /// <summary>
    /// Runs pantau with <paramref name="args"/> in <paramref name="workingDirectory"/>. Standard input gets
    /// <paramref name="stdin"/> (UTF-8, no byte order mark) and is then closed; with null it is closed at once.
    /// Kills the process and throws <see cref="TimeoutException"/> when it runs longer than <paramref name="timeout"/> (default 30 s).
    /// </summary>
    public static async Task<PantauRun> RunAsync(string workingDirectory, IEnumerable<string> args, string? stdin = null, TimeSpan? timeout = null)
    {
        if (!File.Exists(ProgramPath))
            throw new FileNotFoundException($"pantau.dll is not next to the tests; is Pantau.Cli still referenced by the test project?", ProgramPath);

        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
        };
        start.ArgumentList.Add(ProgramPath);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            if (stdin is not null)
                await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program exited (a usage error) before reading its input: what it wrote is still worth checking.
        }

        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException(
                $"pantau {string.Join(' ', args)} still running after {clock.Elapsed.TotalSeconds:0} s; stderr so far:\n{await stderr}");
        }

        return new PantauRun(process.ExitCode, await stdout, await stderr, clock.Elapsed);
    }

    /// <summary>The dotnet host that runs the tests (set by the .NET SDK for its child processes), else dotnet on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
