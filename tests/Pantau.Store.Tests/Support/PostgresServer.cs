using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Pantau.Store.Tests.Support;

/// <summary>
/// The PostgreSQL server the store tests use: the one <c>PANTAU_TEST_POSTGRES</c> names, else a
/// throw-away server started once for the test run with the repository's <c>.ci/postgres</c> script
/// (which installs Debian's package when no server is found) and stopped when the run ends. So
/// <c>dotnet test</c> needs nothing set up beforehand, and CI can still hand in its own server.
/// </summary>
internal static partial class PostgresServer
{
    public const string Variable = "PANTAU_TEST_POSTGRES";

    private static readonly Lazy<string> Connection = new(Start);

    /// <summary>An administrative connection string to the server.</summary>
    public static string ConnectionString => Connection.Value;

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
            return given;
        var script = ScriptPath();
        var (output, error, code) = Run(script, "start", new Dictionary<string, string>());
        var exports = Exports().Matches(output).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);
        if (code != 0 || !exports.TryGetValue(Variable, out var connection))
            throw new InvalidOperationException($"{script} start failed (exit {code}): {error.Trim()}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(script, "stop", exports);
        return connection;
    }

    private static string ScriptPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, ".ci", "postgres");
            if (File.Exists(script))
                return script;
        }
        throw new InvalidOperationException($"{Variable} is not set and .ci/postgres was not found above {AppContext.BaseDirectory}");
    }

    private static (string Output, string Error, int Code) Run(string script, string verb, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash", [script, verb]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (output, error.Result, process.ExitCode);
    }

    // The script prints shell exports: export NAME='value' NAME='value'
    [GeneratedRegex(@"(?<name>[A-Z_]+)='(?<value>[^']*)'")]
    private static partial Regex Exports();
}
