namespace Pantau.Cli;

/// <summary>Exit codes shared by every command.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was processed.</summary>
    public const int Success = 0;

    /// <summary>Some inputs failed; the others were processed and written.</summary>
    public const int SomeFailed = 1;

    /// <summary>The command line or the configuration (lexicons) is wrong; nothing was processed.</summary>
    public const int Usage = 2;

    /// <summary>
    /// The database cannot be used (not a database, not Pantau's, from a newer Pantau, unreachable,
    /// read-only) or failed during the command; what was committed before the failure stays.
    /// </summary>
    public const int Database = 3;

    /// <summary>The "Exit status" lines that <c>--help</c> prints after a command's options, or null.</summary>
    public static string? HelpFor(string command) => command switch
    {
        "extract" => Lines("0 every input was read", "1 some inputs failed (one line each; the others are written)", "2 usage or lexicon error"),
        "ingest" => Lines("0 every input was stored", "1 some inputs failed (one line each; the others are stored)", "2 usage or lexicon error",
            "3 database error: cannot be opened, is not Pantau's or is newer, the server went away (one line; batches committed before stay)"),
        "claims" or "stories" or "export" => Lines("0 success", "2 usage error", "3 database error (one line)"),
        "story" => Lines("0 success", "1 no story with that id", "2 usage error", "3 database error (one line)"),
        _ => null,
    };

    private static string Lines(params string[] lines) => "Exit status:\n" + string.Concat(lines.Select(line => $"  {line}\n"));
}
