namespace Pantau.Text;

/// <summary>A sentence: its span of text and the half-open range of its tokens.</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int EndToken)
{
    public int TokenCount => EndToken - FirstToken;
}
