namespace Pantau.Sources.Metadata;

/// <summary>
/// Turns a language tag from metadata into an ISO 639-1 code: "en-US", "en_GB" and "EN" become "en".
/// Anything that does not start with a two-letter code ("English", "ind", "x-default") gives null,
/// so the caller can try its next source.
/// </summary>
internal static class LanguageCode
{
    public static string? Normalize(string? tag)
    {
        var span = tag.AsSpan().Trim();

        // Content-Language may list several: "en, de".
        var comma = span.IndexOf(',');
        if (comma >= 0)
        {
            span = span[..comma].TrimEnd();
        }

        var separator = span.IndexOfAny('-', '_');
        var primary = separator >= 0 ? span[..separator] : span;
        return primary.Length == 2 && char.IsAsciiLetter(primary[0]) && char.IsAsciiLetter(primary[1])
            ? primary.ToString().ToLowerInvariant()
            : null;
    }
}
