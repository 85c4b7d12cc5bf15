using System.Collections.Immutable;
using System.Globalization;

namespace Pantau.Sources.Text;

/// <summary>Byte counts for messages, in binary units labelled as people say them (1 MB = 1024 × 1024 bytes).</summary>
internal static class ByteSize
{
    private static readonly ImmutableArray<string> Units = ["KB", "MB", "GB", "TB"];

    /// <summary>A measured size, always with one decimal ("200.0 MB") so it is not mistaken for the limit.</summary>
    public static string Measured(long bytes) => Format(bytes, alwaysOneDecimal: true);

    /// <summary>A configured limit, without decimals when whole ("50 MB").</summary>
    public static string Limit(long bytes) => Format(bytes, alwaysOneDecimal: false);

    private static string Format(long bytes, bool alwaysOneDecimal)
    {
        if (bytes < 1024)
        {
            return bytes == 1 ? "1 byte" : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
        }

        double value = bytes;
        var unit = -1;
        while (value >= 1024 && unit < Units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        var format = alwaysOneDecimal || value != Math.Floor(value) ? "0.0" : "0";
        return value.ToString(format, CultureInfo.InvariantCulture) + " " + Units[unit];
    }
}
