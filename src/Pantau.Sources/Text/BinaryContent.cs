namespace Pantau.Sources.Text;

/// <summary>
/// Tells binary data from text by its first <see cref="SampleLength"/> bytes, like git and grep do:
/// a NUL, or more than 10% control characters other than tab, line feed, form feed and carriage return.
/// </summary>
internal static class BinaryContent
{
    public const int SampleLength = 8192;

    /// <summary>Checks raw bytes of UTF-8 (or unknown) text; <paramref name="sample"/> should exclude a byte order mark.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> sample)
    {
        sample = sample[..Math.Min(sample.Length, SampleLength)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (IsControl(b))
            {
                controls++;
            }
        }

        return IsMostlyControls(controls, sample.Length);
    }

    /// <summary>Checks decoded characters, for UTF-16 input where every other byte of ASCII text is a NUL.</summary>
    public static bool LooksBinary(ReadOnlySpan<char> sample)
    {
        sample = sample[..Math.Min(sample.Length, SampleLength / 2)];
        var controls = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return true;
            }

            if (c < 0x80 && IsControl((byte)c))
            {
                controls++;
            }
        }

        return IsMostlyControls(controls, sample.Length);
    }

    private static bool IsControl(byte b) =>
        (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r')) || b == 0x7F;

    private static bool IsMostlyControls(int controls, int total) => controls * 10L > total;
}
