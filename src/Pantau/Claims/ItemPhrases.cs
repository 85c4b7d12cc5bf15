using Pantau.Languages;
using Pantau.Text;

namespace Pantau.Claims;

/// <summary>An item as a claim names it: adjacent item words read as one ("Challenger 2 main battle tanks").</summary>
internal sealed record ItemPhrase(ItemCategory Category, int First, int End, TextSpan Span, string EntryId);

/// <summary>
/// Collects the items a trigger governs: after it up to the next verb or reporting clause, and
/// for a passive also before it ("1,800 MK-84 bombs were delivered"). Adjacent item words make
/// one phrase whose category is the specific one ("senjata artileri" is artillery, not weapons),
/// or, when both are specific, the head's by the language's phrase order.
/// </summary>
internal static class ItemPhrases
{
    private const int MaxModifiersBetween = 3;
    private const int AdjacentItemGap = 1;

    private static bool IsGeneric(ItemCategory c) => c is ItemCategory.Weapons or ItemCategory.Equipment;

    /// <summary>
    /// Phrases collected only to take one of them (the last before a word, the first of a subject): one
    /// list a thread, emptied at each use, instead of a new list for every trigger.
    /// </summary>
    [ThreadStatic]
    private static List<ItemPhrase>? t_scratch;

    private static List<ItemPhrase> EmptyScratch()
    {
        var scratch = t_scratch ??= [];
        scratch.Clear();
        return scratch;
    }

    /// <summary>The phrases <see cref="Find"/> gives: one list a thread, refilled at each call.</summary>
    [ThreadStatic]
    private static List<ItemPhrase>? t_found;

    /// <summary>
    /// The items <paramref name="trigger"/> governs, in a list of the thread that the next call refills: the
    /// caller reads them before it asks about another trigger.
    /// </summary>
    public static List<ItemPhrase> Find(SentenceView view, Mention trigger, Frame frame, ClaimType type)
    {
        var phrases = t_found ??= [];
        phrases.Clear();
        if (frame == Frame.Passive || frame == Frame.Receive && type == ClaimType.Attack)
        {
            int limit = LeftLimit(view, trigger);
            Collect(view, Math.Max(limit, SubjectStart(view, trigger)), trigger.FirstToken, phrases);
            // "6,000 engineers ..., of whom about 1,000 have already arrived": a subject that only points back.
            if (phrases.Count == 0)
            {
                var earlier = EmptyScratch();
                Collect(view, limit, trigger.FirstToken, earlier);
                if (earlier.Count > 0)
                    phrases.Add(earlier[^1]);
            }
        }
        else if (frame == Frame.Receive && LeftItemIsSubject(view, trigger, out var subject))
        {
            phrases.Add(subject);
            return phrases;
        }
        // A passive's theme is its subject: what follows ("dikirim untuk melatih awak Rusia mengoperasikan
        // senjata") is its purpose. Only a passive with no subject item takes what follows ("Ukraine was given tanks").
        if (phrases.Count == 0 || frame != Frame.Passive)
            Collect(view, trigger.EndToken, RightLimit(view, trigger), phrases);
        // "ammunition for U.S.-supplied HIMARS rocket launchers, 155 mm artillery shells, ...": a participle
        // joined to its giver by a hyphen describes the one item after it, not the list.
        if (phrases.Count > 1 && IsHyphenedParticiple(view, trigger))
            phrases.RemoveRange(1, phrases.Count - 1);
        if (phrases.Count == 0)
        {
            // "36 Rafale jets bought from France", "arms purchases from India": the item just before the word.
            var before = EmptyScratch();
            Collect(view, LeftLimit(view, trigger), trigger.FirstToken, before);
            // An active verb takes an item before it only when the two touch ("weapons bound for"):
            // in "the weapons would give Kyiv a chance" the item is the subject, not what is given.
            int gap = frame == Frame.Give ? 0 : AdjacentItemGap;
            if (before.Count > 0 && (trigger.FirstToken - before[^1].End <= gap || IsObjectRelative(view, before[^1].End, trigger.FirstToken)))
                phrases.Add(before[^1]);
        }
        // "pasukan Korea Utara sempat ditarik ..., namun dikerahkan kembali": a passive with its subject left out
        // after "but" or "and" shares the sentence's subject.
        if (phrases.Count == 0 && frame == Frame.Passive && SubjectLeftOut(view, trigger))
        {
            var subject = EmptyScratch();
            Collect(view, view.Start, trigger.FirstToken, subject);
            if (subject.Count > 0)
                phrases.Add(subject[0]);
        }
        return phrases;
    }

    /// <summary>"U.S.-supplied", "Iranian-made": an actor, a hyphen, the verb.</summary>
    private static bool IsHyphenedParticiple(SentenceView view, Mention trigger) =>
        trigger.FirstToken - 2 >= view.Start && view.TokenText(trigger.FirstToken - 1) is "-"
        && view.MentionAt(trigger.FirstToken - 2)?.Has<ActorEntry>() == true;

    /// <summary>A clause boundary or "and" right before the verb, unlisted words (adverbs, auxiliaries) aside.</summary>
    private static bool SubjectLeftOut(SentenceView view, Mention trigger)
    {
        for (int t = trigger.FirstToken - 1; t >= view.Start; t--)
        {
            var mention = view.MentionAt(t);
            if (mention is null)
            {
                if (view.Document.Tokens[t].Kind != TokenKind.Word)
                    return false;
                continue;
            }
            return mention.IsCue(CueKind.ClauseBoundary) || mention.IsCue(CueKind.Coordination);
        }
        return false;
    }

    /// <summary>"42 unit Rafale yang dipesan Indonesia": an item right before a receiving verb with no actor before it is what is received.</summary>
    private static bool LeftItemIsSubject(SentenceView view, Mention trigger, out ItemPhrase subject)
    {
        subject = null!;
        var before = EmptyScratch();
        Collect(view, LeftLimit(view, trigger), trigger.FirstToken, before);
        if (before.Count == 0 || trigger.FirstToken - before[^1].End > AdjacentItemGap)
            return false;
        subject = before[^1];
        // "Pantsir systems bought from Russia": a participle after its item, its seller following.
        if (trigger.EndToken < view.End && (view.IsCueAt(trigger.EndToken, CueKind.SourceMarker) || view.IsCueAt(trigger.EndToken, CueKind.AgentMarker)))
            return true;
        for (int t = view.Start; t < before[^1].First; t++)
        {
            if (view.MentionAt(t)?.Has<ActorEntry>() == true)
                return false;
        }
        return true;
    }

    /// <summary>The items after a word up to the next verb or reporting clause ("includes ...").</summary>
    public static List<ItemPhrase> After(SentenceView view, Mention word)
    {
        var phrases = new List<ItemPhrase>();
        Collect(view, word.EndToken, RightLimit(view, word), phrases);
        return phrases;
    }

    /// <summary>What ends the list of items after a trigger: a verb of saying, a new clause, the other side of a fight.</summary>
    private static readonly ulong ListEnds = SpeakerFinder.SayingCues
        | CueMasks.Of(CueKind.ClauseBoundary, CueKind.Relative, CueKind.Complementizer, CueKind.OpponentMarker);

    private static int RightLimit(SentenceView view, Mention trigger)
    {
        bool itemSeen = false;
        foreach (var mention in view.Mentions)
        {
            if (mention.FirstToken < trigger.EndToken)
                continue;
            if (mention.Get<TriggerEntry>() is { } t && t.Frame != Frame.Noun && !mention.Has<ItemEntry>() && !IsHyphenedParticiple(view, mention))
                return mention.FirstToken;
            // "killed in fighting against Ukrainian forces": what follows "against" is the other side.
            // Items after ", including"/", termasuk" are the inclusion rule's: what the item before covers
            // ("teknologi militer, termasuk teknologi satelit"). With no item before, they are the verb's
            // own ("approved sales worth $7.4 billion, including $6.75 billion of bombs"), as are
            // those of "kontainer berisi peluru".
            bool aside = itemSeen && mention.IsCue(CueKind.Inclusion) && mention.FirstToken > view.Start && view.TokenText(mention.FirstToken - 1) is ",";
            itemSeen |= mention.Has<ItemEntry>();
            // "provided Russia with launchers and missiles, and that Russian forces had fired them": a new
            // clause ends the list.
            if (mention.IsAnyCue(ListEnds) || aside)
                return mention.FirstToken;
        }
        return view.End;
    }

    /// <summary>
    /// Where the subject of a passive begins: back from the verb over its auxiliaries, the relative
    /// word, figures, modifiers and a list of items, up to anything else ("Yemeni forces opposed to
    /// the Houthi rebels have seized 750 tons of Iranian weapons that were being smuggled": only the
    /// weapons were smuggled).
    /// </summary>
    private static int SubjectStart(SentenceView view, Mention trigger)
    {
        int t = trigger.FirstToken - 1;
        while (t >= view.Start)
        {
            var mention = view.MentionAt(t);
            if (mention is null)
            {
                if (view.Document.Tokens[t].Kind == TokenKind.Symbol && view.TokenText(t) is not ("," or "-"))
                    break;
                t--;
                continue;
            }
            // "tentara Korut", "persenjataan buatan Iran": a state after its item belongs to it.
            bool ownerAfterItem = mention.Has<ActorEntry>()
                && (view.MentionAt(mention.FirstToken - 1)?.Has<ItemEntry>() == true
                    || mention.FirstToken - 2 >= view.Start && view.MentionAt(mention.FirstToken - 1) is null
                       && view.Document.Tokens[mention.FirstToken - 1].Kind == TokenKind.Word
                       && view.MentionAt(mention.FirstToken - 2)?.Has<ItemEntry>() == true);
            bool partOfSubject = mention.Has<ItemEntry>() || mention.Get<ActorEntry>() is { Role: ActorRole.Demonym } || ownerAfterItem
                || mention.Entries.All(e => e is NumberEntry or UnitEntry
                    || e is CueEntry { Cue: CueKind.PassiveAuxiliary or CueKind.Relative or CueKind.Complementizer or CueKind.Coordination
                        or CueKind.Approx or CueKind.Min or CueKind.Max or CueKind.Range or CueKind.VagueAmount or CueKind.Measure
                        or CueKind.Hedge or CueKind.Future or CueKind.Impersonal });
            if (!partOfSubject)
                break;
            t = mention.FirstToken - 1;
        }
        return t + 1;
    }

    /// <summary>What closes off the words before it from a later verb: a verb of saying, the end of a clause.</summary>
    private static readonly ulong SubjectEnds = SpeakerFinder.SayingCues | CueMasks.Of(CueKind.ClauseBoundary);

    private static int LeftLimit(SentenceView view, Mention trigger)
    {
        int limit = view.Start;
        foreach (var mention in view.Mentions)
        {
            if (mention.FirstToken >= trigger.FirstToken)
                break;
            // "military aid" is an item as much as a trigger: it does not close off the words before the verb.
            bool itemNoun = mention.Has<ItemEntry>() && mention.Get<TriggerEntry>()?.Frame == Frame.Noun;
            // Nor does the end of a clause: "pasukan Pyongyang kini lebih mahir menggunakan drone dibandingkan saat pertama kali tiba".
            if (mention.Has<TriggerEntry>() && !itemNoun || mention.IsAnyCue(SubjectEnds))
                limit = mention.EndToken;
        }
        return limit;
    }

    private static void Collect(SentenceView view, int from, int to, List<ItemPhrase> phrases)
    {
        var head = view.Document.Language.Profile.PhraseHead;
        ItemPhrase? open = null;
        // The item after "for" ("for HIMARS rocket launchers"), which grows with adjacent item words.
        ItemPhrase? purpose = null;
        // The sentence's items, not all its mentions: no other mention makes or breaks a phrase.
        foreach (var mention in view.Items)
        {
            if (mention.FirstToken < from || mention.EndToken > to || view.IsSpeaker(mention))
                continue;
            var entry = mention.Get<ItemEntry>()!;
            // "tiga baterai rudal untuk Korps Marinir Filipina", "rifles for Ukrainian troops": the troops an item is for receive it.
            if (open is not null && entry.Item == ItemCategory.Personnel && open.Category != ItemCategory.Personnel && IsMarked(view, mention, CueKind.RecipientMarker))
                continue;
            // "a $1 billion package drawn from the new funds": the money it comes from is not given.
            if (entry.Item == ItemCategory.Funding && IsMarked(view, mention, CueKind.SourceMarker))
                continue;
            var phrase = new ItemPhrase(entry.Item, mention.FirstToken, mention.EndToken, mention.Span, entry.Id);
            if (open is not null && Adjacent(view, open.End, phrase.First))
            {
                if (purpose is not null)
                {
                    purpose = Combine(purpose, phrase, head);
                    open = ServingPurpose(open, purpose);
                }
                else
                {
                    open = Combine(open, phrase, head);
                }
                continue;
            }
            // "munitions for HIMARS rocket launchers" are munitions; "equipment for five air defence
            // systems" is air defence: what an item is for names it only when the item itself is generic.
            if (open is not null && purpose is null && ForWhat(view, open.End, phrase.First))
            {
                purpose = phrase;
                open = ServingPurpose(open, purpose);
                continue;
            }
            // "NASAMS and its munitions", "rudal antipesawat beserta perlengkapannya": what belongs to the item is part of it.
            if (open is not null && BelongsTo(view, open.End, mention))
            {
                open = open with { End = phrase.End, Span = TextSpan.Cover(open.Span, phrase.Span) };
                continue;
            }
            if (open is not null)
                phrases.Add(open);
            open = phrase;
            purpose = null;
        }
        if (open is not null)
            phrases.Add(open);
    }

    /// <summary>
    /// <paramref name="marker"/> before the item, over at most two words or a demonym: "untuk Korps Marinir",
    /// "for Ukrainian troops", "from the new funds".
    /// </summary>
    private static bool IsMarked(SentenceView view, Mention item, CueKind marker)
    {
        for (int t = item.FirstToken - 1; t >= Math.Max(view.Start, item.FirstToken - 3); t--)
        {
            var mention = view.MentionAt(t);
            if (mention is null && view.Document.Tokens[t].Kind == TokenKind.Word)
                continue;
            if (mention?.Get<ActorEntry>() is { Role: ActorRole.Demonym })
            {
                t = mention.FirstToken;
                continue;
            }
            return mention is not null && mention.IsCue(marker);
        }
        return false;
    }

    /// <summary>An item and what it is for, as one phrase; its category is the item's unless that is generic.</summary>
    private static ItemPhrase ServingPurpose(ItemPhrase item, ItemPhrase purpose) => item with
    {
        Category = IsGeneric(item.Category) ? purpose.Category : item.Category,
        End = purpose.End,
        Span = TextSpan.Cover(item.Span, purpose.Span),
    };

    /// <summary>"the military aid that Trudeau pledged": a relative word and the verb's subject between the item and the verb.</summary>
    private static bool IsObjectRelative(SentenceView view, int itemEnd, int verb)
    {
        if (itemEnd >= verb || view.MentionAt(itemEnd) is not { } relative || !(relative.IsCue(CueKind.Relative) || relative.IsCue(CueKind.Complementizer)))
            return false;
        return view.MentionAt(relative.EndToken) is { } subject && subject.Has<ActorEntry>() && subject.EndToken == verb;
    }

    /// <summary>"for" (a recipient marker) and at most a figure or unlisted modifiers between two items.</summary>
    private static bool ForWhat(SentenceView view, int end, int next)
    {
        if (end >= next || !view.IsCueAt(end, CueKind.RecipientMarker))
            return false;
        int from = view.MentionAt(end)!.EndToken;
        if (view.WordsBetween(from, next) > MaxModifiersBetween)
            return false;
        for (int t = from; t < next; t++)
        {
            var mention = view.MentionAt(t);
            bool figure = view.Quantities.Exists(q => q.FirstToken <= t && t < q.EndToken);
            if (mention is not null && !figure && view.TokenText(t) is not "-" || view.Document.Tokens[t].Kind == TokenKind.Symbol && view.TokenText(t) is not "-")
                return false;
        }
        return true;
    }

    /// <summary>An item joined to the one before by "and" and owned by it: "its munitions", "perlengkapannya".</summary>
    private static bool BelongsTo(SentenceView view, int end, Mention item)
    {
        int t = end;
        if (t >= item.FirstToken || !view.IsCueAt(t, CueKind.Coordination))
            return false;
        t = view.MentionAt(t)!.EndToken;
        if (view.IsCueAt(t, CueKind.PossessivePronoun))
            return view.MentionAt(t)!.EndToken == item.FirstToken;
        if (t != item.FirstToken)
            return false;
        var last = view.TokenText(item.EndToken - 1);
        foreach (var suffix in view.Document.Language.Profile.PossessiveSuffixes)
        {
            if (last.Length > suffix.Length && last.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>Item words with at most a few unlisted modifiers between them: "AS90 self-propelled guns", "J-10C fourth-generation fighters".</summary>
    private static bool Adjacent(SentenceView view, int end, int next)
    {
        if (view.WordsBetween(end, next) > MaxModifiersBetween)
            return false;
        for (int t = end; t < next; t++)
        {
            bool hyphen = view.TokenText(t) is "-";
            bool word = view.Document.Tokens[t].Kind == TokenKind.Word;
            if (!hyphen && (view.MentionAt(t) is not null || !word))
                return false;
        }
        return true;
    }

    /// <summary>
    /// One item from two adjacent item words: a specific category over weapons or equipment
    /// ("senjata artileri" is artillery, "AT4 anti-tank rockets" ammunition); then a weapon system
    /// by name (from common/) over a generic noun ("sistem rudal Patriot" is air defence); otherwise
    /// the head by the language's phrase order.
    /// </summary>
    private static ItemPhrase Combine(ItemPhrase a, ItemPhrase b, PhraseHead head)
    {
        bool namedA = IsNamedSystem(a), namedB = IsNamedSystem(b);
        var winner = IsGeneric(a.Category) && !IsGeneric(b.Category) ? b
            : IsGeneric(b.Category) && !IsGeneric(a.Category) ? a
            : namedA != namedB ? (namedA ? a : b)
            : head == PhraseHead.First ? a : b;
        return winner with { First = a.First, End = b.End, Span = TextSpan.Cover(a.Span, b.Span) };
    }

    private static bool IsNamedSystem(ItemPhrase phrase) => phrase.EntryId.StartsWith(LexiconLoader.CommonFolder + "/", StringComparison.Ordinal);
}
