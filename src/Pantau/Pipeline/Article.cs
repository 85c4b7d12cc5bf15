namespace Pantau.Pipeline;

/// <summary>
/// An article to extract from: its id (path or record id), its text, and what the caller
/// knows of its language and publication date (either may be null: the extractor detects the
/// language and reads the date from the dateline).
/// </summary>
public sealed record Article(string Id, string Text, string? Language = null, DateOnly? Date = null);

/// <summary>Why an article gave no claims although it was read.</summary>
public enum ExtractionNotice { None, UnsupportedLanguage, UnknownLanguage }

/// <summary>
/// The claims of one article, or a notice saying why there are none. <see cref="Language"/> is
/// the language the article was read in, or detected in when Pantau has no data for it.
/// </summary>
public sealed record ExtractionResult(Article Article, Document? Document, ExtractionNotice Notice, string? Message, string? Language)
{
    public IReadOnlyList<Claims.Claim> Claims => Document?.Claims ?? [];
}
