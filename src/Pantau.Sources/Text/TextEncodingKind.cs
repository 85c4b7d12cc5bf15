namespace Pantau.Sources.Text;

/// <summary>The encodings we accept: UTF-8 (with or without a byte order mark), and UTF-16 only with one.</summary>
internal enum TextEncodingKind
{
    Utf8,
    Utf16LittleEndian,
    Utf16BigEndian,
}
