namespace Pantau.Sources.Inputs;

/// <summary>Failures about an input's content that every format reports the same way.</summary>
internal static class InputFailures
{
    /// <param name="noun">"file", or "input" for standard input.</param>
    public static SourceFailure Empty(string noun) => new(SourceErrorKind.Empty, $"empty {noun}");

    public static SourceFailure Binary(string noun) => new(SourceErrorKind.Binary, $"binary {noun}, not text");

    /// <summary>A directory with no file of a known extension anywhere below it.</summary>
    public static SourceFailure NoArticles() =>
        new(SourceErrorKind.Empty, "no articles in this directory (.txt, .text, .html, .htm, .xhtml, .jsonl, .ndjson files are read)");
}
