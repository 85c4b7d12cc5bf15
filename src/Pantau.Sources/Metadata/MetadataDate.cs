using System.Globalization;

namespace Pantau.Sources.Metadata;

/// <summary>
/// Reads the date part of a metadata date: "2024-03-14", "2024-03-14T09:30:00+01:00" or "20240314".
/// The date is taken as written, not converted to UTC: it is the publisher's calendar day.
/// </summary>
internal static class MetadataDate
{
    public static DateOnly? Parse(string? value)
    {
        var span = value.AsSpan().Trim();
        if (span.Length >= 10 && EndsDatePart(span, 10)
            && DateOnly.TryParseExact(span[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }

        if (span.Length >= 8 && EndsDatePart(span, 8)
            && DateOnly.TryParseExact(span[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var compact))
        {
            return compact;
        }

        return null;
    }

    // "2024-03-14T…" and "2024-03-14 09:30" have a time after the date; "2024-03-145" is not a date.
    private static bool EndsDatePart(ReadOnlySpan<char> value, int length) =>
        value.Length == length || value[length] is 'T' or 't' or ' ';
}
