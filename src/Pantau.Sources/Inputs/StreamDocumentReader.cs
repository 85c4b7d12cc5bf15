using System.Text;
using Pantau.Sources.Html;
using Pantau.Sources.JsonLines;
using Pantau.Sources.Text;

namespace Pantau.Sources.Inputs;

/// <summary>
/// Reads one opened input (a file or standard input) into documents or errors.
/// </summary>
/// <remarks>
/// The checks run in this order, each on as little of the input as it needs:
/// the first 8 KiB (empty? which format?), then the size (so a huge file is refused before it is read,
/// whatever its bytes), then binary content, then the strict decoding of the whole input, then whitespace only.
/// JSON Lines is streamed instead: the size limit applies to each record.
/// </remarks>
internal sealed class StreamDocumentReader(SourceOptions options)
{
    private readonly JsonLinesReader _jsonLines = new(options);

    /// <param name="origin">The path as given, or "-".</param>
    /// <param name="stream">The input, positioned at its start; the caller owns it.</param>
    /// <param name="format">The format named by the file's extension, or null to sniff the content.</param>
    /// <param name="noun">What to call the input in messages: "file", or "input" for standard input.</param>
    public IEnumerable<SourceItem> Read(string origin, Stream stream, SourceFormat? format, string noun)
    {
        var start = Start(origin, stream, format, noun);
        if (start.Done is SourceItem done)
        {
            return [done];
        }

        return _jsonLines.Read(origin, start.Head, stream, noun);
    }

    /// <summary>Everything up to the point where JSON Lines must be streamed; any other format is read to its end here.</summary>
    private (SourceItem? Done, byte[] Head) Start(string origin, Stream stream, SourceFormat? format, string noun)
    {
        try
        {
            var head = ReadUpTo(stream, BinaryContent.SampleLength);
            var bom = ByteOrderMark.Detect(head);
            if (head.Length == bom.BomLength)
            {
                return (InputFailures.Empty(noun).At(origin), head);
            }

            var chosen = format ?? InputFormats.Sniff(DecodeLeniently(head, bom));
            if (chosen == SourceFormat.JsonLines)
            {
                return (CheckJsonLinesHead(head, bom, noun)?.At(origin), head);
            }

            return (ReadWhole(origin, stream, head, bom, chosen, noun), head);
        }
        catch (Exception e) when (FileFailures.IsInputFailure(e))
        {
            return (FileFailures.From(e, origin).At(origin), []);
        }
    }

    private static SourceFailure? CheckJsonLinesHead(byte[] head, ByteOrderMark bom, string noun)
    {
        if (bom.IsUtf16)
        {
            return new SourceFailure(SourceErrorKind.InvalidUtf8, "JSON Lines must be UTF-8, not UTF-16");
        }

        return BinaryContent.LooksBinary(head.AsSpan(bom.BomLength)) ? InputFailures.Binary(noun) : null;
    }

    private SourceItem ReadWhole(string origin, Stream stream, byte[] head, ByteOrderMark bom, SourceFormat format, string noun)
    {
        var limit = options.MaxDocumentBytes;
        if (stream.CanSeek && stream.Length > limit)
        {
            return TooLarge($"{noun} is {ByteSize.Measured(stream.Length)}, over").At(origin);
        }

        if (LooksBinary(head, bom))
        {
            return InputFailures.Binary(noun).At(origin);
        }

        // Read one byte past the limit to tell "exactly at the limit" from "over it" on a pipe.
        var bytes = ReadRest(stream, head, limit + 1);
        if (bytes.Length > limit)
        {
            return TooLarge($"{noun} is over").At(origin);
        }

        if (StrictTextDecoder.TryDecode(bytes.Span, bom, firstByteOffset: 0, out var text) is { } invalid)
        {
            return invalid.At(origin);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return InputFailures.Empty(noun).At(origin);
        }

        return format == SourceFormat.Html
            ? HtmlArticleReader.Read(origin, text)
            : SourceItem.Of(new SourceDocument(origin, origin, null, text, null, null, null, null, SourceFormat.PlainText));
    }

    private static bool LooksBinary(byte[] head, ByteOrderMark bom) =>
        bom.IsUtf16
            ? BinaryContent.LooksBinary(DecodeLeniently(head, bom))
            : BinaryContent.LooksBinary(head.AsSpan(bom.BomLength));

    /// <summary>For sniffing only: a head cut in the middle of a character must not matter.</summary>
    private static string DecodeLeniently(byte[] head, ByteOrderMark bom)
    {
        Encoding encoding = bom.Kind switch
        {
            TextEncodingKind.Utf16LittleEndian => Encoding.Unicode,
            TextEncodingKind.Utf16BigEndian => Encoding.BigEndianUnicode,
            _ => Encoding.UTF8,
        };
        return encoding.GetString(head, bom.BomLength, head.Length - bom.BomLength);
    }

    private static byte[] ReadUpTo(Stream stream, int count)
    {
        var buffer = new byte[count];
        var read = stream.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        return read == count ? buffer : buffer[..read];
    }

    /// <summary>The head followed by the rest of the stream, stopping once <paramref name="maxBytes"/> are read.</summary>
    private static ReadOnlyMemory<byte> ReadRest(Stream stream, byte[] head, long maxBytes)
    {
        var expected = stream.CanSeek ? head.Length + stream.Length - stream.Position : head.Length;
        var all = new MemoryStream((int)Math.Min(expected, maxBytes));
        all.Write(head);
        var buffer = new byte[64 * 1024];
        while (all.Length < maxBytes)
        {
            var wanted = (int)Math.Min(buffer.Length, maxBytes - all.Length);
            var read = stream.Read(buffer, 0, wanted);
            if (read == 0)
            {
                break;
            }

            all.Write(buffer, 0, read);
        }

        return all.GetBuffer().AsMemory(0, (int)all.Length);
    }

    private SourceFailure TooLarge(string subjectIsOver) => new(
        SourceErrorKind.TooLarge,
        $"{subjectIsOver} the {ByteSize.Limit(options.MaxDocumentBytes)} limit per document; split it or raise --max-size");
}
