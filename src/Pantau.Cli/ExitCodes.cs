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
}
