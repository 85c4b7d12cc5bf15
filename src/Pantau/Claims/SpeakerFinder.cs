using Pantau.Languages;
using Pantau.Text;

namespace Pantau.Claims;

/// <summary>
/// Finds who says what in a sentence (FORMAT.md "attribution"): the subject before a verb of
/// saying ("Seoul, Kyiv dan Washington semuanya mengatakan", "the Pentagon said"), the speaker
/// after it in a trailing reporting clause ("..., kata pejabat tersebut", '..." said the
/// official'), the source after "according to"/"menurut". Outlets spoken to ("told AFP") are
/// the channel, not the source; an outlet speaking on its own knowledge is MEDIA; analysts are
/// EXPERT; "the official", "he", "katanya" refer to the last speaker of the document.
/// </summary>
internal static class SpeakerFinder
{
    private const int MaxSkippedBefore = 6;
    private const int MaxWordsAfter = 7;
    private const int ChannelWindow = 3;
    private const int ReportingDateWindow = 6;

    /// <summary>The speech acts of sentences without a verb of saying, which is most: nothing adds to it.</summary>
    private static readonly List<SpeechAct> NoActs = [];

    public static List<SpeechAct> Find(SentenceView view, DiscourseMemory memory)
    {
        // Most sentences have no verb of saying and no "according to": no mention to look at.
        if (!view.HasCue(CueKind.AccordingTo) && !HasSaying(view))
            return NoActs;
        var acts = new List<SpeechAct>();
        bool anonymous = view.HasCue(CueKind.Anonymity, view.Start, view.End);
        foreach (var cue in view.Mentions)
        {
            bool according = cue.IsCue(CueKind.AccordingTo);
            if (!according && !IsSaying(cue))
                continue;
            string? channel = FindChannel(view, cue);
            var speakers = new List<Mention>();
            var sources = new List<Source>();
            bool before = false;
            // "Pyongyang disebut telah memasok": what stands before a passive verb of saying is talked about.
            bool passive = cue.IsCue(CueKind.PassiveSpeech);
            if (!according && !passive)
            {
                CollectBefore(view, cue, speakers, sources, channel, anonymous, memory);
                if (speakers.Count == 0 && (IntroducesContent(view, cue) || StartsTrailingClause(view, cue) && ContentFollows(view, cue)))
                    CollectSubject(view, cue, speakers, sources, channel, anonymous);
                before = sources.Count > 0;
            }
            if (sources.Count == 0 && !passive && (according || StartsTrailingClause(view, cue) && !ContentFollows(view, cue)))
                CollectAfter(view, cue, speakers, sources, according, channel, anonymous);
            // The last speaker goes on only where the verb has no subject of its own in view:
            // "katanya", '..., he said' (an anaphor), "Dikatakan bahwa". "Foreign Policy magazine
            // reported" names a speaker Pantau does not know, who is not the last one.
            // "Tehran admits sending drones, but denies supplying any": a second verb of the same subject.
            if (sources.Count == 0 && speakers.Count == 0 && acts.LastOrDefault(a => a.SpeakerBeforeCue) is { } first
                && JoinedToPrevious(view, cue))
            {
                speakers.AddRange(first.SpeakerMentions);
                sources.AddRange(first.Sources);
                before = true;
            }
            bool anaphoric = speakers.Count > 0 || StartsTrailingClause(view, cue) || passive;
            if (sources.Count == 0 && anaphoric && (cue.IsCue(CueKind.Speech) || passive || cue.IsCue(CueKind.Acknowledgement) || cue.IsCue(CueKind.Belief)))
            {
                // "katanya", "Dikatakan", "he said" with an unlisted pronoun: the last speaker goes on.
                sources.AddRange(memory.LastSpeakers);
            }
            var act = new SpeechAct(cue, sources, speakers, before, ReportingEnd(view, cue, speakers), IsNegated(view, cue, speakers));
            acts.Add(act);
            foreach (var speaker in speakers)
                view.AddSpeaker(speaker);
        }
        return acts;
    }

    /// <summary>
    /// "has not acknowledged", "Neither Moscow nor Pyongyang has acknowledged", "belum mengakui": a
    /// verb of confirming with a negation right before it or opening its subject.
    /// </summary>
    private static bool IsNegated(SentenceView view, Mention cue, List<Mention> speakers)
    {
        if (!cue.IsCue(CueKind.Acknowledgement))
            return false;
        int from = speakers.Count > 0 && speakers.Min(s => s.FirstToken) is var first && first < cue.FirstToken
            ? Math.Max(view.Start, first - 1)
            : Math.Max(view.Start, cue.FirstToken - 2);
        return view.HasCue(CueKind.Negation, from, cue.FirstToken);
    }

    /// <summary>"..., but denies", "dan membantah": the verb follows a coordination with no new subject.</summary>
    private static bool JoinedToPrevious(SentenceView view, Mention cue)
    {
        for (int t = cue.FirstToken - 1; t >= Math.Max(view.Start, cue.FirstToken - 2); t--)
        {
            var mention = view.MentionAt(t);
            if (mention is not null && (mention.IsCue(CueKind.Coordination) || mention.IsCue(CueKind.ClauseBoundary)))
                return true;
            if (mention is not null || view.TokenText(t) is not ",")
                return false;
        }
        return false;
    }

    /// <summary>Verbs whose subject speaks: saying, believing, denying, declining to confirm.</summary>
    internal static readonly ulong SayingCues = CueMasks.Of(CueKind.Speech, CueKind.PassiveSpeech, CueKind.Acknowledgement, CueKind.Belief,
        CueKind.Denial, CueKind.Unconfirmed);

    /// <summary>Whether some mention of the sentence <see cref="IsSaying"/>, from its cue kinds alone.</summary>
    private static bool HasSaying(SentenceView view) => view.HasAnyCue(SayingCues);

    public static bool IsSaying(Mention cue) => cue.IsAnyCue(SayingCues);

    private static void CollectBefore(SentenceView view, Mention cue, List<Mention> speakers, List<Source> sources, string? channel, bool anonymous,
        DiscourseMemory memory)
    {
        int skipped = 0;
        for (int t = cue.FirstToken - 1; t >= view.Start;)
        {
            var mention = view.MentionAt(t);
            if (mention is not null && mention != cue && TryAddSpeaker(mention, speakers, sources, channel, anonymous, outletIsMedia: true))
            {
                skipped = 0;
                t = mention.FirstToken - 1;
                continue;
            }
            // "kedua negara belum mengonfirmasinya": both parties speak.
            if (mention is not null && mention.IsCue(CueKind.PairAnaphor) && speakers.Count == 0 && GroupBefore(view, mention, memory) is { Count: > 0 } group)
            {
                speakers.Add(mention);
                foreach (var code in group)
                    AddSource(sources, new Source(code, mention.Span, mention.Entries[0].Id, anonymous, channel));
                return;
            }
            if (mention is not null && mention.Has<TriggerEntry>() && !mention.Has<ActorEntry>())
                return;
            var text = view.TokenText(t);
            if (speakers.Count > 0)
            {
                // A list of speakers: "Seoul, Kyiv dan Washington semuanya mengatakan".
                bool joiner = text is "," || mention?.IsCue(CueKind.Coordination) == true;
                if (!joiner || ++skipped > 2)
                    return;
            }
            else if (text is "," or ";" or ":" || view.IsQuoteMark(t) || ++skipped > MaxSkippedBefore)
            {
                return;
            }
            t--;
        }
    }

    /// <summary>
    /// The states "kedua negara" or "the three countries" refers to: a list joined by "dan"/"and"
    /// earlier in the sentence ("Indonesia dan Vietnam ..., meski kedua negara belum mengonfirmasinya",
    /// "Germany, Denmark and the Netherlands ..., the three countries said"), else the story's last pair.
    /// </summary>
    private static List<string> GroupBefore(SentenceView view, Mention anaphor, DiscourseMemory memory)
    {
        for (int t = anaphor.FirstToken - 1; t > view.Start; t--)
        {
            if (!view.IsCueAt(t, CueKind.Coordination) || StateAt(view, t + 1) is not { } last)
                continue;
            var group = new List<string> { last };
            for (int u = t - 1; u >= view.Start && StateAt(view, u) is { } code; )
            {
                group.Insert(0, code);
                u = view.MentionAt(u)!.FirstToken - 1;
                if (u < view.Start || view.TokenText(u) is not ",")
                    break;
                u--;
            }
            if (group.Distinct().Count() >= 2)
                return [.. group.Distinct()];
        }
        return memory.LastPair() is var (a, b) ? [a, b] : [];
    }

    private static string? StateAt(SentenceView view, int token) =>
        view.MentionAt(token)?.Get<ActorEntry>() is { Role: not ActorRole.Demonym } actor ? actor.Code : null;

    /// <summary>
    /// "Sebuah laporan oleh kementerian pertahanan Seoul ..., memperingatkan pada 11 Februari bahwa ...":
    /// a long subject ends in a comma before the verb; its first actor is the speaker.
    /// </summary>
    private static void CollectSubject(SentenceView view, Mention cue, List<Mention> speakers, List<Source> sources, string? channel, bool anonymous)
    {
        foreach (var mention in view.Mentions)
        {
            if (mention.FirstToken >= cue.FirstToken)
                return;
            if (SpeakerFinder.IsSaying(mention) || mention.IsCue(CueKind.Complementizer))
                return;
            if (mention.Has<ActorEntry>() && TryAddSpeaker(mention, speakers, sources, channel, anonymous, outletIsMedia: true))
                return;
        }
    }

    /// <summary>
    /// "NIS Korea Selatan, dalam rapat ..., menyebut Pyongyang telah mengirim": the verb is followed by a
    /// clause with a verb of its own, so the actor after it is what is said about, not who says it.
    /// </summary>
    private static bool ContentFollows(SentenceView view, Mention cue)
    {
        for (int t = cue.EndToken; t < view.End; t++)
        {
            if (view.TokenText(t) is "," || view.IsQuoteMark(t))
                return false;
            if (view.MentionAt(t)?.Get<TriggerEntry>() is { Frame: not Frame.Noun })
                return true;
        }
        return false;
    }

    /// <summary>The verb is followed by what is said ("mengatakan bahwa", "said on Monday that"), not by its speaker.</summary>
    private static bool IntroducesContent(SentenceView view, Mention cue)
    {
        for (int t = cue.EndToken; t < Math.Min(view.End, cue.EndToken + ReportingDateWindow); t++)
        {
            if (view.IsCueAt(t, CueKind.Complementizer))
                return true;
        }
        return false;
    }

    private static void CollectAfter(SentenceView view, Mention cue, List<Mention> speakers, List<Source> sources, bool according, string? channel, bool anonymous)
    {
        int words = 0;
        for (int t = cue.EndToken; t < view.End && words < MaxWordsAfter;)
        {
            var mention = view.MentionAt(t);
            if (mention is not null && (mention.Has<TriggerEntry>() && !mention.Has<ActorEntry>() && !mention.Has<ItemEntry>()
                                        || mention.IsCue(CueKind.Complementizer)))
                return;
            if (mention is not null && TryAddSpeaker(mention, speakers, sources, channel, anonymous, outletIsMedia: according))
            {
                // "Seoul and Washington" after "menurut": keep collecting a coordinated list.
                t = mention.EndToken;
                if (t < view.End && (view.IsCueAt(t, CueKind.Coordination) || view.TokenText(t) is "," && ListGoesOn(view, t + 1)))
                {
                    t += view.MentionAt(t)?.EndToken - t ?? 1;
                    continue;
                }
                return;
            }
            if (view.IsQuoteMark(t) && speakers.Count == 0 && words > 0)
                return;
            t = mention?.EndToken ?? t + 1;
            words++;
        }
    }

    /// <summary>
    /// "menurut Seoul, Kyiv dan Washington": after a comma a list of speakers goes on only as far as
    /// its "dan"; in "Menurut Budanov, Pyongyang diperkirakan" the comma ends the source.
    /// </summary>
    private static bool ListGoesOn(SentenceView view, int token)
    {
        for (int t = token; t < view.End;)
        {
            var mention = view.MentionAt(t);
            if (mention is null || !mention.Has<ActorEntry>())
                return false;
            t = mention.EndToken;
            if (t < view.End && view.IsCueAt(t, CueKind.Coordination))
                return true;
            if (t >= view.End || view.TokenText(t) is not ",")
                return false;
            t++;
        }
        return false;
    }

    private static bool TryAddSpeaker(Mention mention, List<Mention> speakers, List<Source> sources, string? channel, bool anonymous, bool outletIsMedia)
    {
        if (mention.Get<ActorEntry>() is { } actor)
        {
            speakers.Add(mention);
            AddSource(sources, new Source(actor.Code, mention.Span, actor.Id, anonymous, channel));
            return true;
        }
        if (mention.Get<CueEntry>() is { Cue: CueKind.Expert } expert)
        {
            speakers.Add(mention);
            AddSource(sources, new Source("EXPERT", mention.Span, expert.Id, anonymous, channel));
            return true;
        }
        if (mention.Get<OutletEntry>() is { } outlet && outletIsMedia && outlet.Outlet != channel)
        {
            speakers.Add(mention);
            AddSource(sources, new Source("MEDIA", mention.Span, outlet.Id, false, outlet.Outlet));
            return true;
        }
        if (mention.IsCue(CueKind.SpeakerAnaphor) || mention.IsCue(CueKind.FirstPerson))
        {
            // Resolved by the caller from memory: an empty speaker list means "the last one".
            speakers.Add(mention);
            return true;
        }
        return false;
    }

    private static void AddSource(List<Source> sources, Source source)
    {
        if (!Source.AnyWithCode(sources, source.Code))
            sources.Add(source);
    }

    /// <summary>"told AFP", "kepada AFP", "said in a statement to Reuters".</summary>
    private static string? FindChannel(SentenceView view, Mention cue)
    {
        for (int t = cue.EndToken; t < Math.Min(view.End, cue.EndToken + ChannelWindow); t++)
        {
            if (view.MentionAt(t)?.Get<OutletEntry>() is { } outlet)
                return outlet.Outlet;
        }
        return null;
    }

    /// <summary>A reporting clause after its content: '..., kata X', '" said X', or the cue opens the sentence.</summary>
    private static bool StartsTrailingClause(SentenceView view, Mention cue)
    {
        int before = cue.FirstToken - 1;
        if (before < view.Start)
            return true;
        var text = view.TokenText(before);
        return text is "," or ":" || view.IsQuoteMark(before);
    }

    private static int ReportingEnd(SentenceView view, Mention cue, List<Mention> speakers)
    {
        int end = cue.EndToken;
        foreach (var speaker in speakers)
            end = Math.Max(end, speaker.EndToken);
        return Math.Min(view.End, end + ReportingDateWindow);
    }
}
