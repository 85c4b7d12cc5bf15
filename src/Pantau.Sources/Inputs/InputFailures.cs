namespace Pantau.Sources.Inputs;

/// <summary>Failures about an input's content that every format reports the same way.</summary>
internal static class InputFailures
{
    /// <param name="noun">"file", or "input" for standard input.</param>
    public static SourceFailure Empty(string noun) => new(SourceErrorKind.Empty, $"empty {noun}");

    public static SourceFailure Binary(string noun) => new(SourceErrorKind.Binary, $"binary {noun}, not text");
}
