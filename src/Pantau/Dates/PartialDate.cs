using System.Globalization;

namespace Pantau.Dates;

/// <summary>A date known to the year, month or day: prints as "2024", "2025-02" or "2025-02-11".</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null)
{
    public static PartialDate Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>The earliest day the date can mean: 2025 begins on 1 January 2025.</summary>
    public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);

    public override string ToString() => Day is int d && Month is int m
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}")
        : Month is int month
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{month:D2}")
            : Year.ToString("D4", CultureInfo.InvariantCulture);
}

/// <summary>
/// A time expression found in text. <see cref="Value"/> is null when the expression cannot be
/// pinned down (a day and month with no publication date to give the year). <see cref="OpenRange"/>
/// marks "since August 2024": rule 9 of FORMAT.md gives such claims no time.
/// </summary>
public sealed record DateMention(int FirstToken, int EndToken, Text.TextSpan Span, PartialDate? Value, bool OpenRange);
