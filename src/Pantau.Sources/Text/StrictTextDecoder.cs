using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Pantau.Sources.Text;

/// <summary>
/// Decodes a whole input without repairing it: a byte that is not valid in the encoding is an error that
/// names its offset, never a silent U+FFFD that would later show up inside a quoted claim.
/// </summary>
internal static class StrictTextDecoder
{
    /// <summary>Decodes <paramref name="bytes"/>, whose byte order mark (if any) is <paramref name="bom"/>; the text excludes the mark.</summary>
    /// <param name="bytes">The whole input.</param>
    /// <param name="bom">What <see cref="ByteOrderMark.Detect"/> found at the start.</param>
    /// <param name="firstByteOffset">Where <paramref name="bytes"/> start in the file, so offsets in messages are file offsets.</param>
    /// <param name="text">The decoded text when the result is null.</param>
    public static SourceFailure? TryDecode(ReadOnlySpan<byte> bytes, ByteOrderMark bom, long firstByteOffset, out string text)
    {
        var body = bytes[bom.BomLength..];
        var bodyOffset = firstByteOffset + bom.BomLength;
        return bom.Kind == TextEncodingKind.Utf8
            ? TryDecodeUtf8(body, bodyOffset, out text)
            : TryDecodeUtf16(body, bigEndian: bom.Kind == TextEncodingKind.Utf16BigEndian, bodyOffset, out text);
    }

    public static SourceFailure? TryDecodeUtf8(ReadOnlySpan<byte> bytes, long firstByteOffset, out string text)
    {
        if (!Utf8.IsValid(bytes))
        {
            text = string.Empty;
            return Invalid("UTF-8", firstByteOffset + FirstInvalidUtf8Byte(bytes));
        }

        text = Encoding.UTF8.GetString(bytes);
        return null;
    }

    private static SourceFailure? TryDecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, long firstByteOffset, out string text)
    {
        if (FirstInvalidUtf16Byte(bytes, bigEndian) is int invalid)
        {
            text = string.Empty;
            return Invalid("UTF-16", firstByteOffset + invalid);
        }

        text = (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(bytes);
        return null;
    }

    /// <summary>The offset of the first unpaired surrogate, or of a final odd byte; null when the bytes are valid UTF-16.</summary>
    private static int? FirstInvalidUtf16Byte(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var offset = 0;
        while (offset + 1 < bytes.Length)
        {
            var unit = CodeUnit(bytes, offset, bigEndian);
            if (char.IsLowSurrogate(unit))
            {
                return offset;
            }

            if (char.IsHighSurrogate(unit))
            {
                if (offset + 3 >= bytes.Length || !char.IsLowSurrogate(CodeUnit(bytes, offset + 2, bigEndian)))
                {
                    return offset;
                }

                offset += 2;
            }

            offset += 2;
        }

        return offset < bytes.Length ? offset : null;
    }

    private static char CodeUnit(ReadOnlySpan<byte> bytes, int offset, bool bigEndian) =>
        (char)(bigEndian ? (bytes[offset] << 8) | bytes[offset + 1] : bytes[offset] | (bytes[offset + 1] << 8));

    private static int FirstInvalidUtf8Byte(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }

    private static SourceFailure Invalid(string encoding, long offset) =>
        new(SourceErrorKind.InvalidUtf8, $"invalid {encoding} at byte {offset}");
}
