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
}
