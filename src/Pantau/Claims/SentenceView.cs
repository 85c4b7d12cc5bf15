using Pantau.Dates;
using Pantau.Languages;
using Pantau.Numbers;
using Pantau.Pipeline;
using Pantau.Text;

namespace Pantau.Claims;

/// <summary>
/// What the claim rules see of one sentence: its mentions by kind, figures and dates, in
/// token order, with the dateline left out. One view serves a thread: it moves from document to
/// document (<see cref="Of"/>) and sentence to sentence (<see cref="MoveTo"/>) and refills the same
/// lists, which nothing keeps past its sentence.
/// </summary>
internal sealed class SentenceView
{
    /// <summary>The view of the thread: its lists keep their size from document to document instead of growing again in each.</summary>
    [ThreadStatic]
    private static SentenceView? t_view;

    private SentenceView()
    {
    }

    /// <summary>The thread's view, moved to <paramref name="document"/>, before its first sentence.</summary>
    public static SentenceView Of(Document document)
    {
        var view = t_view ??= new SentenceView();
        view.Document = document;
        view._nextMention = view._nextQuantity = view._nextDate = view._previousEnd = 0;
        return view;
    }

    /// <summary>Shows <paramref name="sentence"/>: its annotations replace the previous sentence's.</summary>
    public void MoveTo(Sentence sentence)
    {
        Sentence = sentence;
        Mentions.Clear();
        Actors.Clear();
        Triggers.Clear();
        Items.Clear();
        Places.Clear();
        Quantities.Clear();
        Dates.Clear();
        Speakers.Clear();
        _cues = 0;
        var document = Document;
        // Annotations are in token order: start at the sentence's first one, not at the document's.
        if (sentence.FirstToken < _previousEnd)
            _nextMention = _nextQuantity = _nextDate = 0;
        _previousEnd = sentence.EndToken;
        var mentions = document.Mentions;
        int m = FirstAtOrAfter(mentions, _nextMention, sentence.FirstToken, x => x.FirstToken);
        for (; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.FirstToken >= sentence.EndToken)
                break;
            if (InDateline(mention.Span))
                continue;
            Mentions.Add(mention);
            _cues |= mention.Cues;
            if (mention.Has<ActorEntry>())
                Actors.Add(mention);
            if (mention.Has<TriggerEntry>())
                Triggers.Add(mention);
            if (mention.Has<ItemEntry>())
                Items.Add(mention);
            if (mention.Has<PlaceEntry>())
                Places.Add(mention);
        }
        _nextMention = m;
        var quantities = document.Quantities;
        int q = FirstAtOrAfter(quantities, _nextQuantity, sentence.FirstToken, x => x.FirstToken);
        for (; q < quantities.Count && quantities[q].FirstToken < sentence.EndToken; q++)
        {
            if (quantities[q].EndToken <= sentence.EndToken)
                Quantities.Add(quantities[q]);
        }
        _nextQuantity = q;
        var dates = document.Dates;
        int d = FirstAtOrAfter(dates, _nextDate, sentence.FirstToken, x => x.FirstToken);
        for (; d < dates.Count && dates[d].FirstToken < sentence.EndToken; d++)
        {
            if (dates[d].EndToken <= sentence.EndToken && !InDateline(dates[d].Span))
                Dates.Add(dates[d]);
        }
        _nextDate = d;
    }

    private bool InDateline(TextSpan span) => Document.Dateline is { } dateline && dateline.Contains(span);

    /// <summary>
    /// The first of <paramref name="sorted"/> (in token order) at or after <paramref name="token"/>, searched
    /// forward from <paramref name="from"/>, where the previous sentence's stopped: sentences come in order
    /// and do not overlap, so this is almost always <paramref name="from"/> itself, where a binary search
    /// for every sentence made a dozen interface calls.
    /// </summary>
    private static int FirstAtOrAfter<T>(IReadOnlyList<T> sorted, int from, int token, Func<T, int> first)
    {
        int at = from;
        while (at < sorted.Count && first(sorted[at]) < token)
            at++;
        return at;
    }

    /// <summary>The first mention, figure and date after the previous sentence, and that sentence's end.</summary>
    private int _nextMention, _nextQuantity, _nextDate, _previousEnd;

    public Document Document { get; private set; } = null!;

    public Sentence Sentence { get; private set; }

    public int Start => Sentence.FirstToken;

    public int End => Sentence.EndToken;

    public List<Mention> Mentions { get; } = [];

    /// <summary>The cue kinds of <see cref="Mentions"/>, a bit each.</summary>
    private ulong _cues;

    public List<Mention> Actors { get; } = [];

    public List<Mention> Triggers { get; } = [];

    public List<Mention> Items { get; } = [];

    public List<Mention> Places { get; } = [];

    public List<QuantityMention> Quantities { get; } = [];

    public List<DateMention> Dates { get; } = [];

    /// <summary>Tokens of speakers: they say the claim, they are not its actor or recipient.</summary>
    public HashSet<Mention> Speakers { get; } = [];

    /// <summary>The mention covering a token of this sentence, the dateline's excepted.</summary>
    public Mention? MentionAt(int token) =>
        Document.Index.At(token) is { } m && m.FirstToken >= Start && m.EndToken <= End && !InDateline(m.Span)
            ? m
            : null;

    public bool IsCueAt(int token, CueKind kind) => MentionAt(token) is { } m && m.FirstToken == token && m.IsCue(kind);

    /// <summary>Whether a mention of the sentence is a cue of this kind: most sentences have none of most kinds.</summary>
    public bool HasCue(CueKind kind) => (_cues & Mention.CueBit(kind)) != 0;

    /// <summary>Whether a mention of the sentence is a cue of any kind in <paramref name="cues"/> (<see cref="CueMasks"/>).</summary>
    public bool HasAnyCue(ulong cues) => (_cues & cues) != 0;

    public bool HasCue(CueKind kind, int from, int to)
    {
        if (!HasCue(kind))
            return false;
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
        if (!HasCue(CueKind.Hedge))
            return false;
        foreach (var mention in Mentions)
        {
            if (mention.FirstToken >= from && mention.FirstToken < to && mention.IsCue(CueKind.Hedge) && !InDate(mention))
                return true;
        }
        return false;
    }

    private bool InDate(Mention mention)
    {
        foreach (var date in Dates)
        {
            if (date.FirstToken <= mention.FirstToken && mention.EndToken <= date.EndToken)
                return true;
        }
        return false;
    }

    private static readonly ulong ClauseBreakCues = CueMasks.Of(CueKind.ClauseBoundary, CueKind.Relative) | SpeakerFinder.SayingCues;

    /// <summary>A comma, clause boundary, relative word or verb of saying in <c>[from, to)</c>.</summary>
    public bool HasClauseBreak(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (TokenText(t) is "," or ";" or ":")
                return true;
            if (MentionAt(t) is { } m && m.IsAnyCue(ClauseBreakCues))
                return true;
        }
        return false;
    }

    public Mention? FindCue(CueKind kind, int from, int to)
    {
        if (!HasCue(kind))
            return null;
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
