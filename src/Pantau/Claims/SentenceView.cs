using System.Buffers;
using System.Runtime.InteropServices;
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
        view._index = document.Index;
        view._text = document.Text;
        view._tokens = document.Tokens;
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
        _speakers.Clear();
        _cues = 0;
        var document = Document;
        var tokens = document.Tokens;
        // Only a sentence that begins before the dateline ends can hold its words; the others need not test them.
        bool empty = sentence.FirstToken >= sentence.EndToken;
        _dateline = !empty && document.Dateline is { } dateline && dateline.End > tokens[sentence.FirstToken].Start ? dateline : default;
        _hasQuoteMarks = !empty && document.Text.AsSpan(tokens[sentence.FirstToken].Start, tokens[sentence.EndToken - 1].End - tokens[sentence.FirstToken].Start)
            .ContainsAny(QuoteCharacters);
        // Annotations are in token order: start at the sentence's first one, not at the document's.
        if (sentence.FirstToken < _previousEnd)
            _nextMention = _nextQuantity = _nextDate = 0;
        _previousEnd = sentence.EndToken;
        // As spans: the lists are not changed while a sentence is shown, and a span's indexer is a bounds check.
        var mentions = CollectionsMarshal.AsSpan(document.Mentions);
        int mentionCount = mentions.Length;
        int m = _nextMention;
        while (m < mentionCount && mentions[m].FirstToken < sentence.FirstToken)
            m++;
        for (; m < mentionCount; m++)
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
        var quantities = CollectionsMarshal.AsSpan(document.Quantities);
        int quantityCount = quantities.Length;
        int q = _nextQuantity;
        while (q < quantityCount && quantities[q].FirstToken < sentence.FirstToken)
            q++;
        for (; q < quantityCount && quantities[q].FirstToken < sentence.EndToken; q++)
        {
            if (quantities[q].EndToken <= sentence.EndToken)
                Quantities.Add(quantities[q]);
        }
        _nextQuantity = q;
        var dates = CollectionsMarshal.AsSpan(document.Dates);
        int dateCount = dates.Length;
        int d = _nextDate;
        while (d < dateCount && dates[d].FirstToken < sentence.FirstToken)
            d++;
        for (; d < dateCount && dates[d].FirstToken < sentence.EndToken; d++)
        {
            if (dates[d].EndToken <= sentence.EndToken && !InDateline(dates[d].Span))
                Dates.Add(dates[d]);
        }
        _nextDate = d;
    }

    private bool InDateline(TextSpan span) => _dateline.Contains(span);

    /// <summary>
    /// The first mention, figure and date after the previous sentence, and that sentence's end: the next
    /// sentence's are searched forward from there (sentences come in order and do not overlap), where a
    /// binary search for every sentence made a dozen interface calls.
    /// </summary>
    private int _nextMention, _nextQuantity, _nextDate, _previousEnd;

    private MentionIndex _index = null!;

    private string _text = null!;

    private Token[] _tokens = null!;

    /// <summary>
    /// The document's dateline while the sentence may hold some of its words, else the empty span at 0, which
    /// holds no word: most sentences need not test it.
    /// </summary>
    private TextSpan _dateline;

    /// <summary>Whether the sentence's text has a character a quote mark can be: most sentences have none, and their tokens need no look.</summary>
    private bool _hasQuoteMarks;

    /// <summary>The characters <see cref="IsQuoteMark"/> accepts: those the matcher folds to a straight quote, and the CJK corner brackets.</summary>
    private static readonly SearchValues<char> QuoteCharacters = SearchValues.Create("\"“”„«»「」『』");

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

    /// <summary>
    /// Mentions of speakers: they say the claim, they are not its actor or recipient. A sentence has a few
    /// or none, so a list answers as fast as a set, and at once when it is empty.
    /// </summary>
    private readonly List<Mention> _speakers = [];

    public void AddSpeaker(Mention speaker) => _speakers.Add(speaker);

    public bool IsSpeaker(Mention mention) => _speakers.Count > 0 && _speakers.Contains(mention);

    /// <summary>The mention covering a token of this sentence, the dateline's excepted.</summary>
    public Mention? MentionAt(int token) =>
        _index.At(token) is { } m && m.FirstToken >= Start && m.EndToken <= End && !InDateline(m.Span)
            ? m
            : null;

    public bool IsCueAt(int token, CueKind kind) => MentionAt(token) is { } m && m.FirstToken == token && m.IsCue(kind);

    /// <summary>Whether a mention of the sentence is a cue of this kind: most sentences have none of most kinds.</summary>
    public bool HasCue(CueKind kind) => (_cues & Mention.CueBit(kind)) != 0;

    /// <summary>Whether a mention of the sentence is a cue of any kind in <paramref name="cues"/> (<see cref="CueMasks"/>).</summary>
    public bool HasAnyCue(ulong cues) => (_cues & cues) != 0;

    public bool HasCue(CueKind kind, int from, int to) => FindCue(kind, from, to) is not null;

    private static readonly ulong HedgeBit = Mention.CueBit(CueKind.Hedge);

    /// <summary>A hedge word in <c>[from, to)</c> that is not part of a date ("in May" is no "may").</summary>
    public bool HasHedge(int from, int to)
    {
        if ((_cues & HedgeBit) == 0)
            return false;
        foreach (var mention in Mentions)
        {
            if (mention.FirstToken >= to)
                break;
            if (mention.FirstToken >= from && mention.IsAnyCue(HedgeBit) && !InDate(mention))
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

    /// <summary>The first cue of this kind in <c>[from, to)</c>: the kind's bit is worked out once, the mentions (in token order) read up to <paramref name="to"/>.</summary>
    public Mention? FindCue(CueKind kind, int from, int to)
    {
        ulong bit = Mention.CueBit(kind);
        if ((_cues & bit) == 0)
            return null;
        foreach (var mention in Mentions)
        {
            if (mention.FirstToken >= to)
                break;
            if (mention.FirstToken >= from && mention.IsAnyCue(bit))
                return mention;
        }
        return null;
    }

    public ReadOnlySpan<char> TokenText(int token)
    {
        var bounds = _tokens[token];
        return _text.AsSpan(bounds.Start, bounds.End - bounds.Start);
    }

    /// <summary>
    /// Words in <c>[from, to)</c> as a reader counts them: a hyphenated compound is one word
    /// ("J-35", "fifth-generation") and an aside in parentheses none ("($2.8 billion)").
    /// </summary>
    public int WordsBetween(int from, int to)
    {
        var tokens = _tokens;
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

    /// <summary>Whether some token of the sentence may be a quote mark: when not, <see cref="IsQuoteMark"/> is false for all of them.</summary>
    public bool HasQuoteMarks => _hasQuoteMarks;

    public bool IsQuoteMark(int token) => (_hasQuoteMarks || token < Start || token >= End) && _tokens[token].Kind == TokenKind.Symbol
        && Matching.PhraseMatcher<LexiconEntry>.FoldSymbol(TokenText(token)[0]) is '"' or '「' or '」' or '『' or '』';
}
