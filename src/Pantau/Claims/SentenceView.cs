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
        foreach (var mention in document.Mentions)
        {
            if (mention.FirstToken < sentence.FirstToken || mention.FirstToken >= sentence.EndToken)
                continue;
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
        Quantities = document.Quantities.Where(q => q.FirstToken >= sentence.FirstToken && q.EndToken <= sentence.EndToken).ToList();
        Dates = document.Dates.Where(d => d.FirstToken >= sentence.FirstToken && d.EndToken <= sentence.EndToken
            && !(document.Dateline is { } dl && dl.Contains(d.Span))).ToList();
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

    public bool IsCueAt(int token, CueKind kind) => Document.Index.IsCueAt(token, kind);

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

    public bool IsQuoteMark(int token) => Document.Tokens[token].Kind == TokenKind.Symbol
        && Matching.PhraseMatcher<LexiconEntry>.FoldSymbol(TokenText(token)[0]) is '"' or '「' or '」' or '『' or '』';
}
