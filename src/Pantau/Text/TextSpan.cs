namespace Pantau.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in a document's text.
/// Spans never copy text: slice the owning document to read them.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public static TextSpan Cover(TextSpan a, TextSpan b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));

    public override string ToString() => $"[{Start},{End})";
}
