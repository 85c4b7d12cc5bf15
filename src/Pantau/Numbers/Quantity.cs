using System.Globalization;

namespace Pantau.Numbers;

/// <summary>
/// A reported figure, as FORMAT.md defines it: an exact <see cref="Value"/> (maybe
/// <see cref="Approx"/>), or bounds <see cref="Min"/>/<see cref="Max"/>; <see cref="Unit"/> when the
/// figure does not count the item itself (a currency code, "containers", "tonnes"...).
/// </summary>
public sealed record Quantity(decimal? Value, decimal? Min, decimal? Max, bool Approx, string? Unit)
{
    /// <summary>Units that are money are ISO 4217 codes ("USD"); the others are words ("containers").</summary>
    /// <remarks>Three tests rather than <c>All</c>, which boxes the string's enumerator: the claim rules ask this of every figure.</remarks>
    public static bool IsCurrency(string unit) =>
        unit.Length == 3 && char.IsAsciiLetterUpper(unit[0]) && char.IsAsciiLetterUpper(unit[1]) && char.IsAsciiLetterUpper(unit[2]);

    public bool IsMoney => Unit is { } unit && IsCurrency(unit);

    public override string ToString()
    {
        static string F(decimal d) => d.ToString("#,0.##", CultureInfo.InvariantCulture);
        var figure = Value is { } v ? (Approx ? "~" : "") + F(v)
            : Min is { } lo && Max is { } hi ? $"{F(lo)}-{F(hi)}"
            : Min is { } m ? $">{F(m)}"
            : Max is { } x ? $"<={F(x)}" : "?";
        return Unit is null ? figure : $"{figure} {Unit}";
    }
}

/// <summary>
/// A figure found in text with its tokens. <see cref="Quantity"/> is null for a vague amount
/// ("large amounts", "ribuan"), which still occupies the place of a figure before an item.
/// </summary>
public sealed record QuantityMention(int FirstToken, int EndToken, Text.TextSpan Span, Quantity? Quantity);
