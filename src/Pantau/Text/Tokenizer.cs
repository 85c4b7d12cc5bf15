using System.Buffers;
using System.Globalization;

namespace Pantau.Text;

/// <summary>How a language separates words.</summary>
public enum Segmentation
{
    /// <summary>Words are separated by spaces and punctuation (Latin, Cyrillic, Arabic, Hangul...).</summary>
    Spaces,
    /// <summary>No spaces between words (Japanese, Chinese): every ideograph or kana is a token of its own.</summary>
    Characters,
}

/// <summary>
/// Splits text into tokens with offsets. Tokens plus the skipped whitespace rebuild the
/// input exactly: offsets are increasing and every non-space character belongs to one token.
/// The tokenizer is stateless and thread-safe.
/// </summary>
public sealed class Tokenizer
{
    private static readonly SearchValues<char> NumberInnerSeparators = SearchValues.Create(".,'\u2009\u202F");

    private readonly Segmentation _segmentation;

    public Tokenizer(Segmentation segmentation) => _segmentation = segmentation;

    public Token[] Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    /// <summary>Tokenizes <paramref name="range"/> of <paramref name="text"/>; offsets are into the whole text.</summary>
    public Token[] Tokenize(string text, TextSpan range)
    {
        // A token is at least one character: a pooled buffer of the range's length always holds them
        // all, and the result is copied out once at its exact size.
        var buffer = ArrayPool<Token>.Shared.Rent(range.Length);
        int count = 0;
        int i = range.Start;
        while (i < range.End)
        {
            char c = text[i];
            // An ASCII letter starts a word and a space separates words, whatever the script: the two
            // commonest characters take no other test.
            if (char.IsAsciiLetter(c))
            {
                // Most words are ASCII letters and digits to their end: read here without a call, and let
                // ScanWord go on only at another character that may belong to the word.
                int wordEnd = i + 1;
                while (wordEnd < range.End && char.IsAsciiLetterOrDigit(text[wordEnd]))
                    wordEnd++;
                if (wordEnd < range.End && !char.IsAscii(text[wordEnd]))
                    wordEnd = ScanWord(text, wordEnd, range.End);
                buffer[count++] = new Token(i, wordEnd, TokenKind.Word);
                i = wordEnd;
                continue;
            }
            if (c == ' ')
            {
                i++;
                continue;
            }
            if (char.IsWhiteSpace(c) || IsInvisible(c))
            {
                i++;
                continue;
            }
            if (char.IsDigit(c))
            {
                // A number ends where letters start: "2.5bn" is 2.5 and bn, "155mm" 155 and mm.
                int end = ScanNumber(text, i, range.End);
                buffer[count++] = new Token(i, end, TokenKind.Number);
                i = end;
            }
            else if (IsWordChar(text, i))
            {
                int end = _segmentation == Segmentation.Characters && IsSplitCharacter(c)
                    ? i + CharLength(text, i)
                    : ScanWord(text, i, range.End);
                buffer[count++] = new Token(i, end, TokenKind.Word);
                i = end;
            }
            else
            {
                int end = i + CharLength(text, i);
                buffer[count++] = new Token(i, end, TokenKind.Symbol);
                i = end;
            }
        }
        var tokens = buffer.AsSpan(0, count).ToArray();
        ArrayPool<Token>.Shared.Return(buffer);
        return tokens;
    }

    private int ScanWord(string text, int i, int end)
    {
        while (i < end)
        {
            char c = text[i];
            // ASCII letters and digits, most characters of most words, need no other test; any other
            // ASCII character ends the word.
            if (char.IsAsciiLetterOrDigit(c))
            {
                i++;
                continue;
            }
            if (char.IsAscii(c) || !IsWordChar(text, i) || _segmentation == Segmentation.Characters && IsSplitCharacter(c))
                break;
            i += CharLength(text, i);
        }
        return i;
    }

    /// <summary>Digits with inner separators followed by a digit: "11.000", "1,5", "2.300.000".</summary>
    private static int ScanNumber(string text, int i, int end)
    {
        while (i < end)
        {
            if (char.IsDigit(text[i]))
                i++;
            else if (NumberInnerSeparators.Contains(text[i]) && i + 1 < end && char.IsDigit(text[i + 1]))
                i++;
            else
                break;
        }
        return i;
    }

    private static bool IsWordChar(string text, int i)
    {
        // Most characters of most texts are ASCII, where a word character is a letter or digit;
        // asking for the Unicode category of each costs more than the rest of tokenizing.
        if (char.IsAscii(text[i]))
            return char.IsAsciiLetterOrDigit(text[i]);
        if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length)
            return CharUnicodeInfo.GetUnicodeCategory(text, i) is UnicodeCategory.OtherLetter;
        var category = char.GetUnicodeCategory(text[i]);
        return char.IsLetterOrDigit(text[i])
            || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            // ZWNJ/ZWJ sit inside Persian and Indic words.
            || text[i] is '\u200C' or '\u200D';
    }

    /// <summary>Ideographs and kana: scripts written without spaces, one token per character.</summary>
    private static bool IsSplitCharacter(char c) =>
        c is >= '\u3040' and <= '\u30FF'   // hiragana, katakana
          or >= '\u3400' and <= '\u4DBF'   // CJK extension A
          or >= '\u4E00' and <= '\u9FFF'   // CJK unified ideographs
          or >= '\uF900' and <= '\uFAFF'   // CJK compatibility ideographs
          or >= '\uFF66' and <= '\uFF9F';  // half-width katakana

    private static bool IsInvisible(char c) => c is '\u200B' or '\uFEFF' or '\u00AD' or '\u2060';

    private static int CharLength(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
}
