namespace Pantau.Sources.Text;

/// <summary>What the first bytes say about the encoding.</summary>
/// <param name="Kind">The encoding.</param>
/// <param name="BomLength">How many leading bytes are the byte order mark, which is not part of the text.</param>
internal readonly record struct ByteOrderMark(TextEncodingKind Kind, int BomLength)
{
    public bool IsUtf16 => Kind != TextEncodingKind.Utf8;

    public static ByteOrderMark Detect(ReadOnlySpan<byte> head) => head switch
    {
        [0xEF, 0xBB, 0xBF, ..] => new(TextEncodingKind.Utf8, 3),
        [0xFF, 0xFE, ..] => new(TextEncodingKind.Utf16LittleEndian, 2),
        [0xFE, 0xFF, ..] => new(TextEncodingKind.Utf16BigEndian, 2),
        _ => new(TextEncodingKind.Utf8, 0),
    };
}
