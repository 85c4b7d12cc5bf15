namespace Pantau.Sources.Inputs;

/// <summary>Chooses the format of an input: by extension when it is one we know, else by the first character of the content.</summary>
internal static class InputFormats
{
    /// <summary>The format named by the file's extension, or null for an extension we do not know.</summary>
    public static SourceFormat? FromExtension(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".txt" or ".text" => SourceFormat.PlainText,
            ".html" or ".htm" or ".xhtml" => SourceFormat.Html,
            ".jsonl" or ".ndjson" => SourceFormat.JsonLines,
            _ => null,
        };

    /// <summary>'&lt;' first means HTML, '{' first means JSON Lines, anything else plain text.</summary>
    public static SourceFormat Sniff(ReadOnlySpan<char> head)
    {
        var content = head.TrimStart();
        return content.IsEmpty ? SourceFormat.PlainText : content[0] switch
        {
            '<' => SourceFormat.Html,
            '{' => SourceFormat.JsonLines,
            _ => SourceFormat.PlainText,
        };
    }
}
