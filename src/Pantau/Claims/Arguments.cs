using Pantau.Languages;
using Pantau.Text;

namespace Pantau.Claims;

/// <summary>
/// Finds a trigger's actor and recipient by its frame (lexicons/README.md): the subject
/// before the word, the object right after it ("memberikan Moskow", "gave Russia"), the
/// party after a marker ("ke Rusia", "to Ukraine", "from Iran", "by Germany", "with Israel").
/// When the sentence leaves one out, the speaker who opens the sentence ("Ukraina mengatakan
/// telah menangkap...") or the document's earlier claims fill it in.
/// </summary>
internal static class Arguments
{
    private const int MarkerReach = 2;
    private const int DirectObjectGap = 1;
    private const int GenitiveReach = 3;

    public static (ActorRef Actor, ActorRef Recipient)? Find(SentenceView view, Mention trigger, Frame frame, ClaimType type,
        List<SpeechAct> acts, DiscourseMemory memory)
    {
        ActorRef? actor = null, recipient = null;
        switch (frame)
        {
            case Frame.Give:
                actor = Ref(LeftActor(view, trigger.FirstToken));
                recipient = Ref(RightActor(view, trigger, CueKind.RecipientMarker, allowDirect: true)
                    ?? (type == ClaimType.Attack ? ItemOwner(view, trigger.EndToken, view.End) : null));
                break;
            case Frame.Receive:
                recipient = Ref(LeftActor(view, trigger.FirstToken));
                actor = Ref(RightActor(view, trigger, CueKind.SourceMarker, allowDirect: false));
                break;
            case Frame.Passive:
                var agent = RightActor(view, trigger, CueKind.AgentMarker, allowDirect: true, also: CueKind.SourceMarker);
                var left = LeftActor(view, trigger.FirstToken);
                if (type is ClaimType.Attack)
                {
                    actor = Ref(agent);
                    recipient = Ref(left ?? ItemOwner(view, trigger.EndToken, view.End));
                }
                else
                {
                    actor = Ref(agent ?? left);
                    recipient = Ref(RightActor(view, trigger, CueKind.RecipientMarker, allowDirect: false));
                    if (recipient is null && agent is not null && left is not null && left != agent)
                        recipient = Ref(left);
                }
                break;
            case Frame.Noun:
                actor = Ref(RightActor(view, trigger, CueKind.SourceMarker, allowDirect: false)
                    ?? Genitive(view, trigger)
                    ?? LeftActor(view, trigger.FirstToken));
                recipient = Ref(RightActor(view, trigger, CueKind.RecipientMarker, allowDirect: false));
                break;
            case Frame.Mutual:
                return Parties(view, trigger, memory);
        }

        actor ??= SpeakerAsSubject(view, trigger, acts);
        if (actor is null && recipient is not null)
            actor = memory.LastActorFor(recipient.Code);
        if (actor is null)
            return null;
        if (recipient is null && type != ClaimType.Withdrawal)
            recipient = memory.LastRecipientOf(actor.Code);
        recipient ??= type == ClaimType.Withdrawal ? actor : null; // the place decides, see ClaimStage
        return recipient is null ? null : (actor, recipient);
    }

    private static ActorRef? Ref(Mention? mention) =>
        mention?.Get<ActorEntry>() is { } entry ? new ActorRef(entry.Code, mention.Span, entry.Id, entry.Role) : null;

    /// <summary>The nearest actor before the token that is neither a speaker nor behind a marker.</summary>
    private static Mention? LeftActor(SentenceView view, int token)
    {
        for (int t = token - 1; t >= view.Start; t--)
        {
            var mention = view.MentionAt(t);
            if (mention is null || !mention.Has<ActorEntry>())
                continue;
            t = mention.FirstToken;
            if (view.Speakers.Contains(mention) || MarkerBefore(view, mention) is not null)
                continue;
            return mention;
        }
        return null;
    }

    /// <summary>
    /// The first actor after the trigger behind <paramref name="marker"/> (or <paramref name="also"/>), or,
    /// with <paramref name="allowDirect"/>, right after the trigger as its object. Stops at another verb.
    /// </summary>
    private static Mention? RightActor(SentenceView view, Mention trigger, CueKind marker, bool allowDirect, CueKind? also = null)
    {
        for (int t = trigger.EndToken; t < view.End; t++)
        {
            var mention = view.MentionAt(t);
            if (mention is null)
                continue;
            if (mention != trigger && IsVerbBoundary(mention))
                return null;
            if (mention.Has<ActorEntry>() && !view.Speakers.Contains(mention))
            {
                var before = MarkerBefore(view, mention);
                if (before == marker || also is not null && before == also)
                    return mention;
                if (allowDirect && before is null && mention.FirstToken - trigger.EndToken <= DirectObjectGap
                    && mention.Get<ActorEntry>()!.Role != ActorRole.Demonym)
                    return mention;
            }
            t = mention.EndToken - 1;
        }
        return null;
    }

    /// <summary>
    /// The state whose people or things an item names: "tentara Korea Utara", "North Korean soldiers".
    /// The victims of an attack are found this way.
    /// </summary>
    private static Mention? ItemOwner(SentenceView view, int from, int to)
    {
        foreach (var mention in view.Actors)
        {
            if (mention.FirstToken < from || mention.EndToken > to || view.Speakers.Contains(mention))
                continue;
            bool after = view.MentionAt(mention.FirstToken - 1)?.Has<ItemEntry>() == true;
            bool before = view.MentionAt(mention.EndToken)?.Has<ItemEntry>() == true;
            if (after || before)
                return mention;
        }
        return null;
    }

    /// <summary>"pengiriman senjata Iran ke Rusia": an unmarked actor just after a noun trigger and its items.</summary>
    private static Mention? Genitive(SentenceView view, Mention trigger)
    {
        int words = 0;
        for (int t = trigger.EndToken; t < view.End && words <= GenitiveReach; t++)
        {
            var mention = view.MentionAt(t);
            if (mention is not null && mention.Has<ActorEntry>() && !view.Speakers.Contains(mention))
                return MarkerBefore(view, mention) is null ? mention : null;
            if (mention is not null && mention.Has<ItemEntry>())
            {
                t = mention.EndToken - 1;
                continue;
            }
            words++;
        }
        return null;
    }

    private static bool IsVerbBoundary(Mention mention) =>
        mention.Get<TriggerEntry>() is { Frame: not Frame.Noun } && !mention.Has<ItemEntry>()
        || SpeakerFinder.IsSaying(mention);

    /// <summary>The marker ("ke", "to", "from", "by", "with", "di") just before an actor, skipping one word ("to the Houthis").</summary>
    internal static CueKind? MarkerBefore(SentenceView view, Mention mention)
    {
        for (int t = mention.FirstToken - 1; t >= Math.Max(view.Start, mention.FirstToken - MarkerReach); t--)
        {
            var before = view.MentionAt(t);
            if (before is null)
            {
                if (view.Document.Tokens[t].Kind != TokenKind.Word)
                    return null;
                continue;
            }
            foreach (var kind in (ReadOnlySpan<CueKind>)[CueKind.RecipientMarker, CueKind.SourceMarker, CueKind.AgentMarker, CueKind.PartnerMarker, CueKind.PlaceMarker])
            {
                if (before.IsCue(kind))
                    return kind;
            }
            return null;
        }
        return null;
    }

    /// <summary>"Ukraina sebelumnya mengatakan telah menangkap ...": the subject of the saying is the subject of what is said.</summary>
    private static ActorRef? SpeakerAsSubject(SentenceView view, Mention trigger, List<SpeechAct> acts)
    {
        foreach (var act in acts)
        {
            if (!act.SpeakerBeforeCue || act.Cue.EndToken > trigger.FirstToken || act.SpeakerMentions.Count != 1)
                continue;
            if (act.SpeakerMentions[0].Get<ActorEntry>() is { } entry)
                return new ActorRef(entry.Code, act.SpeakerMentions[0].Span, entry.Id, entry.Role);
        }
        return null;
    }

    /// <summary>The two parties of an agreement: "Russia and North Korea signed", "signed with Israel", "kedua negara".</summary>
    private static (ActorRef, ActorRef)? Parties(SentenceView view, Mention trigger, DiscourseMemory memory)
    {
        if (view.FindCue(CueKind.PairAnaphor, view.Start, view.End) is { } pair && memory.LastPair() is var (a, b))
            return (new ActorRef(a, null, pair.Entries[0].Id, null), new ActorRef(b, null, pair.Entries[0].Id, null));
        var first = LeftActor(view, trigger.FirstToken);
        var partner = RightActor(view, trigger, CueKind.PartnerMarker, allowDirect: false);
        if (first is not null && partner is null)
        {
            var second = LeftActor(view, first.FirstToken);
            if (second is not null && first.FirstToken - second.EndToken <= 2)
                partner = second;
        }
        if (first is null && partner is not null)
            first = RightActor(view, partner, CueKind.PartnerMarker, allowDirect: false);
        return Ref(first) is { } x && Ref(partner) is { } y && x.Code != y.Code ? (x, y) : null;
    }
}
