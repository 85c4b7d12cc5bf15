using System.Text;
using System.Text.Json;
using Pantau.Sources.Inputs;
using Pantau.Sources.Metadata;
using Pantau.Sources.Text;

namespace Pantau.Sources.JsonLines;

/// <summary>
/// Reads JSON Lines: one JSON object per line, each a document. A blank line is skipped; a bad line is
/// one error with its line number and the lines after it are still read.
/// </summary>
/// <remarks>
/// Fields: "text" (required, a non-empty string, kept as is), "id", "url", "title", "date" (ISO date or
/// date-time; the date part), "lang"; others are ignored. The size limit applies to each line, not the file.
/// </remarks>
internal sealed class JsonLinesReader(SourceOptions options)
{
    private static readonly JsonDocumentOptions StrictJson = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Streams the records of the input that starts with <paramref name="head"/> and continues in <paramref name="rest"/>.</summary>
    /// <param name="origin">The path as given, or "-".</param>
    /// <param name="head">The bytes already read from the start of the input (to sniff it), with any byte order mark.</param>
    /// <param name="rest">The remainder of the input.</param>
    /// <param name="noun">What to call the input in messages: "file", or "input" for standard input.</param>
    public IEnumerable<SourceItem> Read(string origin, byte[] head, Stream rest, string noun)
    {
        var lines = new LineSplitter(head, rest, options.MaxDocumentBytes);
        var sawRecord = false;
        while (true)
        {
            var next = ReadLine(lines, origin);
            if (next.Failure is SourceItem failure)
            {
                yield return failure;
                yield break;
            }

            if (next.Line is not RawLine line)
            {
                break;
            }

            if (line.Bytes is not ReadOnlyMemory<byte> bytes)
            {
                sawRecord = true;
                yield return TooLarge(line).At(origin, line.Number);
                continue;
            }

            // A byte order mark may only start the input, and is not part of the first record.
            var bomLength = line.Number == 1 ? ByteOrderMark.Detect(bytes.Span).BomLength : 0;
            var content = TrimLineEnd(bytes[bomLength..]);
            if (IsBlank(content.Span))
            {
                continue;
            }

            var item = ReadRecord(origin, line.Number, content, line.Offset + bomLength);
            // A file whose first record has no text at all is some other JSON Lines (annotations,
            // logs): one line says so instead of one line per record.
            if (!sawRecord && item.Error is { Kind: SourceErrorKind.MissingText } missing && missing.Message == NoTextField)
            {
                yield return new SourceFailure(SourceErrorKind.MissingText, NoTextField + "; not a file of articles, so its other records are skipped")
                    .At(origin, line.Number);
                yield break;
            }

            sawRecord = true;
            yield return item;
        }

        if (!sawRecord)
        {
            yield return InputFailures.Empty(noun).At(origin);
        }
    }

    private SourceFailure TooLarge(RawLine line) => new(
        SourceErrorKind.TooLarge,
        $"record is {ByteSize.Measured(line.Length)}, over the {ByteSize.Limit(options.MaxDocumentBytes)} limit per document; split it or raise --max-size");

    private static SourceItem ReadRecord(string origin, int lineNumber, ReadOnlyMemory<byte> content, long offset)
    {
        if (StrictTextDecoder.TryDecodeUtf8(content.Span, offset, out _) is { } invalid)
        {
            return invalid.At(origin, lineNumber);
        }

        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(content, StrictJson);
        }
        catch (JsonException e)
        {
            return new SourceFailure(SourceErrorKind.InvalidJson, "invalid JSON: " + ShortReason(e, content.Span)).At(origin, lineNumber);
        }

        using (parsed)
        {
            var record = parsed.RootElement;
            if (record.ValueKind != JsonValueKind.Object)
            {
                return new SourceFailure(SourceErrorKind.NotADocument, $"not a JSON object but {Describe(record.ValueKind)}").At(origin, lineNumber);
            }

            if (MissingText(record) is { } missing)
            {
                return missing.At(origin, lineNumber);
            }

            return SourceItem.Of(new SourceDocument(
                Id: Id(record) ?? $"{origin}:{lineNumber}",
                Origin: origin,
                Line: lineNumber,
                Text: record.GetProperty("text").GetString()!,
                Title: NonBlankString(record, "title"),
                Date: MetadataDate.Parse(NonBlankString(record, "date")),
                Language: LanguageCode.Normalize(NonBlankString(record, "lang")),
                Url: NonBlankString(record, "url"),
                Format: SourceFormat.JsonLines));
        }
    }

    private const string NoTextField = "record has no \"text\" field";

    private static SourceFailure? MissingText(JsonElement record)
    {
        if (!record.TryGetProperty("text", out var text))
        {
            return new SourceFailure(SourceErrorKind.MissingText, NoTextField);
        }

        if (text.ValueKind != JsonValueKind.String)
        {
            return new SourceFailure(SourceErrorKind.MissingText, $"\"text\" is {Describe(text.ValueKind)}, not a string");
        }

        return string.IsNullOrWhiteSpace(text.GetString())
            ? new SourceFailure(SourceErrorKind.MissingText, "\"text\" is empty")
            : null;
    }

    // Ids are often numbers in exported data; their JSON text ("42") is a fine id.
    private static string? Id(JsonElement record) =>
        record.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number
            ? id.GetRawText()
            : NonBlankString(record, "id");

    private static string? NonBlankString(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;

    /// <summary>
    /// The first sentence of the parser's message and the column: "'x' is an invalid start of a value (column 10)".
    /// A line that ends too early gets a plain reason instead of the parser's "Expected depth to be zero…".
    /// </summary>
    private static string ShortReason(JsonException e, ReadOnlySpan<byte> line)
    {
        if (e.BytePositionInLine is not long position)
        {
            return FirstSentence(e.Message);
        }

        var reason = position >= line.Length ? "the line ends before the JSON value does" : FirstSentence(e.Message);

        // The parser counts bytes; a person counts characters ("ü" is two bytes).
        var column = Encoding.UTF8.GetCharCount(line[..(int)Math.Min(position, line.Length)]) + 1;
        return $"{reason} (column {column})";
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end >= 0 ? message[..end] : message).Trim().TrimEnd('.');
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };

    private static ReadOnlyMemory<byte> TrimLineEnd(ReadOnlyMemory<byte> line) =>
        line.Span is [.., (byte)'\r'] ? line[..^1] : line;

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r\f"u8) < 0;

    private static (RawLine? Line, SourceItem? Failure) ReadLine(LineSplitter lines, string origin)
    {
        try
        {
            return lines.TryReadLine(out var line) ? (line, null) : (null, null);
        }
        catch (Exception e) when (FileFailures.IsInputFailure(e))
        {
            return (null, FileFailures.From(e, origin).At(origin));
        }
    }
}
