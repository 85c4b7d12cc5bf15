using Pantau.Dates;
using Pantau.Languages;
using Pantau.Numbers;
using Pantau.Pipeline;
using Pantau.Text;

namespace Pantau.Claims;

/// <summary>
/// What the claim rules see of one sentence: its mentions by kind, figures and dates, in
/// token order, with the dateline left out. Built once per sentence.
/// </summary>
internal sealed class SentenceView
{
    public SentenceView(Document document, Sentence sentence)
    {
        Document = document;
        Sentence = sentence;
        // Annotations are in token order: start at the sentence's first one, not at the document's.
        for (int m = FirstAtOrAfter(document.Mentions, sentence.FirstToken, x => x.FirstToken); m < document.Mentions.Count; m++)
        {
            var mention = document.Mentions[m];
            if (mention.FirstToken >= sentence.EndToken)
                break;
            if (document.Dateline is { } dateline && dateline.Contains(mention.Span))
                continue;
            Mentions.Add(mention);
            if (mention.Has<ActorEntry>())
                Actors.Add(mention);
            if (mention.Has<TriggerEntry>())
                Triggers.Add(mention);
            if (mention.Has<ItemEntry>())
                Items.Add(mention);
            if (mention.Has<PlaceEntry>())
                Places.Add(mention);
        }
        Quantities = Within(document.Quantities, q => q.FirstToken, q => q.EndToken);
        Dates = Within(document.Dates, d => d.FirstToken, d => d.EndToken)
            .Where(d => !(document.Dateline is { } dl && dl.Contains(d.Span))).ToList();
    }

    private List<T> Within<T>(IReadOnlyList<T> sorted, Func<T, int> first, Func<T, int> end)
    {
        var found = new List<T>();
        for (int i = FirstAtOrAfter(sorted, Sentence.FirstToken, first); i < sorted.Count && first(sorted[i]) < Sentence.EndToken; i++)
        {
            if (end(sorted[i]) <= Sentence.EndToken)
                found.Add(sorted[i]);
        }
        return found;
    }

    private static int FirstAtOrAfter<T>(IReadOnlyList<T> sorted, int token, Func<T, int> first)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (first(sorted[middle]) < token)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }

    public Document Document { get; }

    public Sentence Sentence { get; }

    public int Start => Sentence.FirstToken;

    public int End => Sentence.EndToken;

    public List<Mention> Mentions { get; } = [];

    public List<Mention> Actors { get; } = [];

    public List<Mention> Triggers { get; } = [];

    public List<Mention> Items { get; } = [];

    public List<Mention> Places { get; } = [];

    public List<QuantityMention> Quantities { get; }

    public List<DateMention> Dates { get; }

    /// <summary>Tokens of speakers: they say the claim, they are not its actor or recipient.</summary>
    public HashSet<Mention> Speakers { get; } = [];

    /// <summary>The mention covering a token of this sentence, the dateline's excepted.</summary>
    public Mention? MentionAt(int token) =>
        Document.Index.At(token) is { } m && m.FirstToken >= Start && m.EndToken <= End
        && !(Document.Dateline is { } dateline && dateline.Contains(m.Span))
            ? m
            : null;

    public bool IsCueAt(int token, CueKind kind) => MentionAt(token) is { } m && m.FirstToken == token && m.IsCue(kind);

    public bool HasCue(CueKind kind, int from, int to)
    {
        foreach (var mention in Mentions)
        {
            if (mention.FirstToken >= from && mention.FirstToken < to && mention.IsCue(kind))
                return true;
        }
        return false;
    }

    /// <summary>A hedge word in <c>[from, to)</c> that is not part of a date ("in May" is no "may").</summary>
    public bool HasHedge(int from, int to)
    {
        foreach (var mention in Mentions)
        {
            if (mention.FirstToken >= from && mention.FirstToken < to && mention.IsCue(CueKind.Hedge)
                && !Dates.Exists(d => d.FirstToken <= mention.FirstToken && mention.EndToken <= d.EndToken))
                return true;
        }
        return false;
    }

    /// <summary>A comma, clause boundary, relative word or verb of saying in <c>[from, to)</c>.</summary>
    public bool HasClauseBreak(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (TokenText(t) is "," or ";" or ":")
                return true;
            if (MentionAt(t) is { } m && (m.IsCue(CueKind.ClauseBoundary) || m.IsCue(CueKind.Relative) || Claims.SpeakerFinder.IsSaying(m)))
                return true;
        }
        return false;
    }

    public Mention? FindCue(CueKind kind, int from, int to)
    {
        foreach (var mention in Mentions)
        {
            if (mention.FirstToken >= from && mention.FirstToken < to && mention.IsCue(kind))
                return mention;
        }
        return null;
    }

    public ReadOnlySpan<char> TokenText(int token) => Document.TokenText(token);

    /// <summary>
    /// Words in <c>[from, to)</c> as a reader counts them: a hyphenated compound is one word
    /// ("J-35", "fifth-generation") and an aside in parentheses none ("($2.8 billion)").
    /// </summary>
    public int WordsBetween(int from, int to)
    {
        var tokens = Document.Tokens;
        int words = 0, depth = 0;
        for (int t = from; t < to; t++)
        {
            var text = TokenText(t);
            if (text is "(")
                depth++;
            else if (text is ")" && depth > 0)
                depth--;
            else if (depth == 0 && !(t > from && tokens[t].Start == tokens[t - 1].End && (text is "-" || TokenText(t - 1) is "-")))
                words++;
        }
        return words;
    }

    public bool IsQuoteMark(int token) => Document.Tokens[token].Kind == TokenKind.Symbol
        && Matching.PhraseMatcher<LexiconEntry>.FoldSymbol(TokenText(token)[0]) is '"' or '「' or '」' or '『' or '』';
}
