namespace Pantau.Sources;

/// <summary>Why an input (or one JSON Lines record) produced no document. The names are stable: tests and callers match on them.</summary>
public enum SourceErrorKind
{
    /// <summary>The path does not exist.</summary>
    NotFound,

    /// <summary>The path exists but cannot be read: permission denied, a broken or looping symbolic link, an I/O error.</summary>
    Unreadable,

    /// <summary>Nothing but whitespace (or nothing at all).</summary>
    Empty,

    /// <summary>A NUL byte, or more than 10% control characters, in the first 8 KiB.</summary>
    Binary,

    /// <summary>The bytes are not valid in the input's encoding: UTF-8, or UTF-16 when the input starts with a UTF-16 byte order mark.</summary>
    InvalidUtf8,

    /// <summary>Over <see cref="SourceOptions.MaxDocumentBytes"/>: a whole file, or one JSON Lines record.</summary>
    TooLarge,

    /// <summary>An HTML page from which no article paragraphs could be extracted.</summary>
    NoArticleText,

    /// <summary>A JSON Lines line that is not valid JSON.</summary>
    InvalidJson,

    /// <summary>A JSON Lines record without a non-empty string "text".</summary>
    MissingText,

    /// <summary>A JSON Lines line that is valid JSON but not an object.</summary>
    NotADocument,
}

/// <summary>A failed input: the file (and line for JSON Lines), a stable reason, and one line for the user.</summary>
/// <param name="Origin">The file path as given, or "-" for standard input.</param>
/// <param name="Line">The 1-based line within a JSON Lines file, else null.</param>
/// <param name="Kind">The stable reason.</param>
/// <param name="Message">What went wrong, without the origin: <see cref="ToString"/> prefixes it.</param>
public sealed record SourceError(string Origin, int? Line, SourceErrorKind Kind, string Message)
{
    /// <summary>"news/a.txt: empty file", or "feed.jsonl:7: invalid JSON: …" for a record.</summary>
    public override string ToString() => Line is int l ? $"{Origin}:{l}: {Message}" : $"{Origin}: {Message}";
}
