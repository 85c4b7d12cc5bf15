namespace Pantau.Text;

public enum TokenKind : byte
{
    /// <summary>A run of letters (and digits mixed with letters, as in "F-16" parts or "Su").</summary>
    Word,
    /// <summary>A run of digits, possibly with inner group or decimal separators ("11.000", "1,5").</summary>
    Number,
    /// <summary>Any other single non-space character: punctuation, quotes, symbols.</summary>
    Symbol,
}

/// <summary>A token: a span of the document's text and its kind. Whitespace is never a token.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);
}
