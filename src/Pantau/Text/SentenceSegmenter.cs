using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Pantau.Text;

/// <summary>
/// Splits a tokenized text into sentences. A sentence ends at a blank line, at a line
/// break before a capital letter or quote, or at terminal punctuation followed by a capital, a
/// digit or a quote, unless the period closes an abbreviation ("Feb.", "U.S.", "Gen.").
/// Stateless and thread-safe once built.
/// </summary>
public sealed class SentenceSegmenter
{
    private readonly FrozenSet<string> _abbreviations;

    public SentenceSegmenter(IEnumerable<string> abbreviations) =>
        _abbreviations = abbreviations.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public Sentence[] Segment(string text, Token[] tokens)
    {
        var sentences = new List<Sentence>();
        int first = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            bool last = i + 1 == tokens.Length;
            if (last || !GlueToNext(text, tokens[i], tokens[i + 1].Start) && EndsSentenceAfter(text, tokens, i))
            {
                int end = i + 1;
                if (end > first)
                    sentences.Add(new Sentence(new TextSpan(tokens[first].Start, tokens[end - 1].End), first, end));
                first = end;
            }
        }
        return sentences.ToArray();
    }

    /// <summary>
    /// Whether a word or number is followed by nothing or by one character that is not a line break: only
    /// a line break ends a sentence after a word or number, and this is most tokens. Tested before the
    /// full rules, for every token.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool GlueToNext(string text, Token token, int nextStart) =>
        token.Kind != TokenKind.Symbol && (nextStart == token.End || nextStart == token.End + 1 && text[token.End] != '\n');

    private bool EndsSentenceAfter(string text, Token[] tokens, int i)
    {
        var next = tokens[i + 1];
        var gap = text.AsSpan(tokens[i].End, next.Start - tokens[i].End);
        int newlines = gap.Count('\n');
        if (newlines >= 2)
            return true;
        char nextChar = text[next.Start];
        if (newlines == 1)
            return !char.IsLower(nextChar);

        var token = tokens[i];
        char c = text[token.Start];
        if (token.Kind != TokenKind.Symbol)
            return false;
        if (c is '。' or '！' or '？')
            return true;
        if (c is not ('.' or '!' or '?' or '…'))
        {
            // A closing quote or bracket right after terminal punctuation ends the sentence too.
            if (IsClosing(c) && i > 0 && IsTerminal(text[tokens[i - 1].Start]) && tokens[i - 1].End == token.Start)
                return gap.Length > 0 && StartsSentence(nextChar, next);
            return false;
        }
        if (gap.Length == 0)
            return false; // "U.S.", "1.5" inside a run, or punctuation before a closing quote
        if (!StartsSentence(nextChar, next))
            return false;
        return c != '.' || !ClosesAbbreviation(text, tokens, i);
    }

    private static bool StartsSentence(char c, Token next) =>
        char.IsUpper(c) || next.Kind == TokenKind.Number || IsOpening(c) || !char.IsLetter(c) && next.Kind == TokenKind.Word;

    private bool ClosesAbbreviation(string text, Token[] tokens, int period)
    {
        if (period == 0)
            return false;
        var previous = tokens[period - 1];
        if (previous.End != tokens[period].Start || previous.Kind != TokenKind.Word)
            return false;
        var word = text.AsSpan(previous.Start, previous.End - previous.Start);
        // A single capital before a period is an initial or part of "U.S."/"U.K.".
        if (word.Length == 1 && char.IsUpper(word[0]))
            return true;
        return _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '」' or '』';

    private static bool IsOpening(char c) => c is '"' or '“' or '‘' or '«' or '(' or '[' or '「' or '『' or '\'';
}
