namespace Pantau.Sources.Inputs;

/// <summary>
/// Turns the exceptions that opening, listing or reading a path can throw into the failure the user sees.
/// Only exceptions that bad input can cause are mapped; anything else is a bug and is left to propagate.
/// </summary>
internal static class FileFailures
{
    public static readonly SourceFailure NotFound = new(SourceErrorKind.NotFound, "no such file or directory");

    public static bool IsInputFailure(Exception e) => e is IOException or UnauthorizedAccessException or ArgumentException;

    /// <summary>The failure for <paramref name="e"/>, thrown while working on <paramref name="path"/>.</summary>
    public static SourceFailure From(Exception e, string path) => e switch
    {
        // .NET reports a dangling symbolic link as existing (it sees the link) but cannot open it.
        FileNotFoundException or DirectoryNotFoundException when IsSymbolicLink(path) => Unreadable("broken symbolic link"),
        FileNotFoundException or DirectoryNotFoundException => NotFound,
        UnauthorizedAccessException => Unreadable("permission denied"),
        IOException => Unreadable(Describe(e)),

        // An empty path or one with a NUL in it names nothing that could exist.
        ArgumentException => NotFound,
        _ => throw new ArgumentException($"not an input failure: {e.GetType()}", nameof(e), e),
    };

    private static SourceFailure Unreadable(string reason) => new(SourceErrorKind.Unreadable, "cannot read: " + reason);

    private static bool IsSymbolicLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (IsInputFailure(e))
        {
            return false;
        }
    }

    // On Unix the message is the system's, then the path: "Too many levels of symbolic links : '/x/loop.txt'".
    // The path is already at the start of the line we print, so drop it and keep the reason.
    private static string Describe(Exception e)
    {
        var message = e.Message;
        var pathStart = message.IndexOf(" : '", StringComparison.Ordinal);
        if (pathStart > 0)
        {
            message = message[..pathStart];
        }

        message = message.Trim().TrimEnd('.');
        return message.Length == 0 ? "input/output error" : char.ToLowerInvariant(message[0]) + message[1..];
    }
}
