namespace Pantau.Sources;

/// <summary>Limits for reading inputs.</summary>
/// <param name="MaxDocumentBytes">
/// The largest document read, in bytes (default 50 MiB): a whole plain-text or HTML file, a whole
/// standard input, or one JSON Lines record. A JSON Lines file is streamed, so its total size is not limited.
/// </param>
public sealed record SourceOptions(long MaxDocumentBytes = 50 * 1024 * 1024);
