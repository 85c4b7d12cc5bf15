namespace Pantau.Sources;

/// <summary>
/// One article to extract from. <see cref="Text"/> is what offsets in the output index into:
/// for plain text it is the file's text exactly (only a byte order mark is dropped), for HTML the
/// extracted article (headline, blank line, then one paragraph per block), for a JSON Lines record
/// its <c>text</c> field as is.
/// </summary>
/// <param name="Id">The path as given for a file ("news/a.txt"); for a JSON Lines record its "id" field, else "path:line"; "-" for standard input.</param>
/// <param name="Origin">The file path as given, or "-" for standard input.</param>
/// <param name="Line">The 1-based line within a JSON Lines file, else null.</param>
/// <param name="Text">The article text.</param>
/// <param name="Title">The headline from metadata, or null.</param>
/// <param name="Date">The publication date from metadata only (HTML meta, JSON Lines "date"); null when absent or unparsable.</param>
/// <param name="Language">ISO 639-1 code from metadata only, lower-case, region dropped ("en-US" becomes "en"); null when absent.</param>
/// <param name="Url">The article's address from metadata, or null.</param>
/// <param name="Format">How the input was read.</param>
public sealed record SourceDocument(
    string Id,
    string Origin,
    int? Line,
    string Text,
    string? Title,
    DateOnly? Date,
    string? Language,
    string? Url,
    SourceFormat Format);

/// <summary>How an input is read: chosen by file extension, else sniffed from the content.</summary>
public enum SourceFormat
{
    PlainText,
    Html,
    JsonLines,
}
