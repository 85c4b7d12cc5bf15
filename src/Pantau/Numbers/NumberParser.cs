using System.Globalization;
using Pantau.Languages;

namespace Pantau.Numbers;

/// <summary>
/// Reads a number token written with a language's separators: "11.000" and "1,5" in
/// Indonesian, "11,000" and "1.5" in English. A separator followed by exactly three digits
/// in every group is a group separator; otherwise the language's decimal separator decides.
/// </summary>
public static class NumberParser
{
    public static bool TryParse(ReadOnlySpan<char> token, LanguageProfile profile, out decimal value)
    {
        value = 0;
        Span<char> normalized = stackalloc char[token.Length];
        int length = 0;
        bool decimalSeen = false;
        for (int i = 0; i < token.Length; i++)
        {
            char c = token[i];
            if (char.IsAsciiDigit(c))
            {
                normalized[length++] = c;
                continue;
            }
            if (char.IsDigit(c))
            {
                // Other scripts' digits (Arabic-Indic, full-width) count by their numeric value.
                normalized[length++] = (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c));
                continue;
            }
            if (IsGroupSeparator(token, i, profile))
                continue;
            if (decimalSeen)
                return false;
            decimalSeen = true;
            normalized[length++] = '.';
        }
        return decimal.TryParse(normalized[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsGroupSeparator(ReadOnlySpan<char> token, int i, LanguageProfile profile)
    {
        char c = token[i];
        if (c is '\'' or '\u2009' or '\u202F' or ' ')
            return true;
        if (c == profile.GroupSeparator && HasThreeDigitGroupsFrom(token, i))
            return true;
        if (c == profile.DecimalSeparator)
            return false;
        // The other separator of a language that uses neither ("1.000" where ',' is decimal).
        return HasThreeDigitGroupsFrom(token, i);
    }

    private static bool HasThreeDigitGroupsFrom(ReadOnlySpan<char> token, int i)
    {
        char separator = token[i];
        int digits = 0;
        for (int j = i + 1; j < token.Length; j++)
        {
            if (token[j] == separator)
            {
                if (digits != 3)
                    return false;
                digits = 0;
            }
            else if (char.IsDigit(token[j]))
            {
                digits++;
            }
            else
            {
                return digits == 3;
            }
        }
        return digits == 3;
    }
}
