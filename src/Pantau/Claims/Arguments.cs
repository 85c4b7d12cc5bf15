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
    private const int NounOwnerReach = 6;
    private const int DestinationReach = 8;
    private const int ModifierReach = 2;
    private const int FirstPersonReach = 4;
    private const int ReportedPronounReach = 8;

    /// <summary>A relative word or a clause boundary: the clause of the trigger ends there.</summary>
    private static readonly ulong ClauseEnds = CueMasks.Of(CueKind.Relative, CueKind.ClauseBoundary);

    /// <summary>The markers <see cref="MarkerBefore"/> tells apart, in the order it asks for them.</summary>
    private static readonly CueKind[] Markers =
        [CueKind.RecipientMarker, CueKind.SourceMarker, CueKind.AgentMarker, CueKind.PartnerMarker, CueKind.OpponentMarker, CueKind.PlaceMarker];

    private static readonly ulong AnyMarker = CueMasks.Of(Markers);

    /// <summary>
    /// The actors (several when coordinated: "Washington, Berlin and Bucharest will each hand over")
    /// and the recipients ("Indonesia dan Vietnam ... membeli") of a trigger, or null when the claim
    /// has no parties.
    /// </summary>
    public static (IReadOnlyList<ActorRef> Actors, IReadOnlyList<ActorRef> Recipients)? Find(SentenceView view, Mention trigger, Frame frame,
        ClaimType type, List<SpeechAct> acts, DiscourseMemory memory, PlaceRef? place, ItemCategory? item)
    {
        var found = FindOne(view, trigger, frame, type, acts, memory, place, item, out var actorMention, out var recipientMention);
        if (found is not var (actor, recipient))
            return null;
        // "struck with the United States and Britain": each coordinated partner is a party of its own.
        IReadOnlyList<ActorRef> recipients = BothSides(view, trigger, memory) is { } sides ? sides
            : recipientMention is null || CodeOf(recipientMention) != recipient.Code ? [recipient]
            : CoordinatedRefs(view, recipientMention, except: frame == Frame.Mutual ? [actor] : []);
        if (actorMention is null)
            return ([actor], recipients);
        var actors = CoordinatedRefs(view, actorMention, except: recipients);
        return actors.Count == 0 ? null : (actors, recipients);
    }

    /// <summary>
    /// The parties <see cref="Coordinated"/> with an actor, one for each code, those of <paramref name="except"/>
    /// left out. A loop rather than a query: every claim takes this path.
    /// </summary>
    private static List<ActorRef> CoordinatedRefs(SentenceView view, Mention mention, IReadOnlyList<ActorRef> except)
    {
        var refs = new List<ActorRef>();
        foreach (var coordinated in Coordinated(view, mention))
        {
            var code = CodeOf(coordinated)!;
            if (!HasCode(except, code) && !HasCode(refs, code))
                refs.Add(Ref(coordinated)!);
        }
        return refs;
    }

    private static bool HasCode(IReadOnlyList<ActorRef> refs, string code)
    {
        for (int i = 0; i < refs.Count; i++)
        {
            if (refs[i].Code == code)
                return true;
        }
        return false;
    }

    private static (ActorRef Actor, ActorRef Recipient)? FindOne(SentenceView view, Mention trigger, Frame frame, ClaimType type,
        List<SpeechAct> acts, DiscourseMemory memory, PlaceRef? place, ItemCategory? item, out Mention? actorMention, out Mention? recipientMention)
    {
        ActorRef? actor = null, recipient = null;
        actorMention = null;
        recipientMention = null;
        switch (frame)
        {
            case Frame.Give:
                actorMention = LeftActor(view, trigger.FirstToken, acts);
                // "... keamanan Belarus seperti kami menjamin keamanan Rusia": a pronoun nearer the verb is its subject.
                if (actorMention is not null && view.FindCue(CueKind.FirstPerson, actorMention.EndToken, trigger.FirstToken) is not null)
                    actorMention = null;
                actor = Ref(actorMention) ?? FirstPersonSpeaker(view, trigger, acts, memory);
                // "share its technology with Australia": "with" names the recipient when nothing else does.
                recipientMention = RightActor(view, trigger, CueKind.RecipientMarker, allowDirect: true)
                    ?? (type == ClaimType.Attack ? ItemOwner(view, trigger.EndToken, view.End) : null)
                    ?? (type == ClaimType.Transfer ? RightActor(view, trigger, CueKind.PartnerMarker, allowDirect: false) ?? Possessor(view, trigger) : null);
                recipient = Ref(recipientMention) ?? BothSides(view, trigger, memory)?[0];
                break;
            case Frame.Receive:
                // "Rafale yang dipesan Indonesia dari Prancis": with no subject before it, the buyer follows the verb.
                recipientMention = LeftActor(view, trigger.FirstToken)
                    ?? RightActor(view, trigger, CueKind.RecipientMarker, allowDirect: true);
                recipient = Ref(recipientMention);
                // "Canada will buy a NASAMS system for Ukraine": the buyer supplies the state it buys for.
                if (recipient is not null && type == ClaimType.Transfer
                    && RightActor(view, trigger, CueKind.RecipientMarker, allowDirect: false) is { } beneficiary
                    && Ref(beneficiary) is { } forWhom && forWhom.Code != recipient.Code)
                {
                    actorMention = null;
                    return (recipient, forWhom);
                }
                // "buy three U.S. submarines": the state that makes the item sells it when no "from" says otherwise.
                actorMention = RightActor(view, trigger, CueKind.SourceMarker, allowDirect: false, also: CueKind.OpponentMarker)
                    ?? (type == ClaimType.Transfer ? ItemOwner(view, trigger.EndToken, view.End) : null);
                actor = Ref(actorMention);
                // "Poland signed a contract with Hanwha Aerospace to buy 72 launchers": the buyer and seller are the deal's parties.
                if (actor is null && type == ClaimType.Transfer && DealBefore(view, trigger) is { } deal
                    && Parties(view, deal, acts, memory, out _) is var (buyer, seller) && buyer.Span is not null && seller.Span is not null
                    && (recipient is null || recipient.Code == buyer.Code))
                {
                    recipient = buyer;
                    actor = seller;
                }
                if (type == ClaimType.Attack)
                {
                    // "sekitar 600 orang tewas ... melawan pasukan Ukraina": the victims are the troops told of before.
                    recipient ??= Ref(ItemOwner(view, view.Start, trigger.FirstToken)) ?? memory.LastTransfer()?.Actor;
                    actor ??= Ref(ItemOwner(view, trigger.EndToken, view.End));
                }
                break;
            case Frame.Passive:
                // "ditarik dari Suriah": troops are withdrawn from a side's ground, not by it.
                var agent = RightActor(view, trigger, CueKind.AgentMarker, allowDirect: true, also: type == ClaimType.Withdrawal ? null : CueKind.SourceMarker)
                    ?? (type == ClaimType.Attack ? RightActor(view, trigger, CueKind.OpponentMarker, allowDirect: false) : null);
                var left = LeftActor(view, trigger.FirstToken);
                if (type is ClaimType.Attack)
                {
                    actor = Ref(agent);
                    recipient = Ref(left ?? ItemOwner(view, trigger.EndToken, view.End));
                }
                else
                {
                    actorMention = agent ?? left;
                    actor = Ref(actorMention);
                    recipient = Ref(RightActor(view, trigger, CueKind.RecipientMarker, allowDirect: false));
                    if (recipient is null && agent is not null && left is not null && left != agent)
                        recipient = Ref(left);
                }
                break;
            case Frame.Noun:
                actorMention = RightActor(view, trigger, CueKind.SourceMarker, allowDirect: false)
                    ?? Genitive(view, trigger)
                    ?? (LeftActor(view, trigger.FirstToken) is { } owner && trigger.FirstToken - owner.EndToken <= NounOwnerReach ? owner : null);
                actor = Ref(actorMention);
                recipient = Ref(RightActor(view, trigger, CueKind.RecipientMarker, allowDirect: false));
                break;
            case Frame.Mutual:
                return Parties(view, trigger, acts, memory, out recipientMention);
        }

        // The subject of the saying is the subject of what is said: the giver of "give", the buyer of
        // "receive" ("Iran says it has finalised a deal to buy Russian Su-35s"). A noun has no elided
        // subject ("..., memperingatkan bahwa ... pengerahan pasukannya"), nor has a passive ("Hayashi
        // menegaskan rudal-rudal itu tidak boleh dipindahkan").
        if (frame == Frame.Receive)
            recipient ??= SpeakerAsSubject(view, trigger, acts) ?? SpeakerAsPronoun(view, trigger, acts);
        else if (frame is not Frame.Noun and not Frame.Passive)
            actor ??= SpeakerAsSubject(view, trigger, acts) ?? (frame == Frame.Give ? PronounSubject(view, trigger, memory) : null);
        if (actor is null && recipient is null && frame is Frame.Noun or Frame.Receive && memory.LastTransfer() is { } referent
            && (DeniedHere(acts, trigger) || referent.Item?.Category == item))
        {
            // "laporan pengiriman pasukan tersebut": a bare noun names the transfer told before.
            actor = referent.Actor;
            recipient = referent.Recipient;
        }
        // The supplier left out is the one the story gave this recipient; a buyer's, the one it gave the item.
        // An attacker left out is the last one the story told, never a supplier.
        if (actor is null && recipient is not null)
            actor = memory.LastActorFor(recipient.Code, type == ClaimType.Attack ? ClaimType.Attack : ClaimType.Transfer)
                ?? (frame == Frame.Receive && item is { } bought ? memory.LastSupplierOf(bought, recipient.Code) : null)
                ?? (type == ClaimType.Attack && Ref(ItemOwner(view, view.Start, view.End))?.Code == recipient.Code ? Enemy(view, recipient) : null);
        if (actor is null)
            return null;
        if (recipient is null && type == ClaimType.Transfer)
            recipient = Destination(view, trigger);
        // Troops withdraw from where they were: the state or place named ("dari Suriah", "dari garis depan Kursk"), else where they were sent.
        if (recipient is null && type == ClaimType.Withdrawal && Ref(RightActor(view, trigger, CueKind.SourceMarker, allowDirect: false)) is { } ground
            && ground.Code != actor.Code)
            recipient = ground;
        if (recipient is null && type == ClaimType.Withdrawal && place is not null && place.Code != actor.Code)
            recipient = new ActorRef(place.Code, null, place.EntryId, null);
        // "Paris was studying whether to supply similar missiles": the recipient the story is about.
        recipient ??= memory.LastRecipientOf(actor.Code)
            ?? (type == ClaimType.Transfer && memory.LastTransfer()?.Recipient is { } topic && topic.Code != actor.Code ? topic with { Span = null } : null);
        return recipient is null ? null : (actor, recipient);
    }

    /// <summary>
    /// "Serbia will not supply weapons to either side in the war": both sides of the war the story
    /// is about, the one on its date with a side the story has named.
    /// </summary>
    private static IReadOnlyList<ActorRef>? BothSides(SentenceView view, Mention trigger, DiscourseMemory memory)
    {
        if (view.FindCue(CueKind.BothSides, trigger.EndToken, view.End) is not { } cue
            || IsVerbBoundaryBetween(view, trigger.EndToken, cue.FirstToken))
            return null;
        var war = view.Document.Language.Gazetteer.WarOn(view.Document.PublicationDate, memory.IsNamed);
        return war is null ? null
            : [new ActorRef(war.SideA, cue.Span, cue.Entries[0].Id, null), new ActorRef(war.SideB, cue.Span, cue.Entries[0].Id, null)];
    }

    /// <summary>"Serangan yang sama menewaskan sekitar 25 prajurit Ukraina": the other side of the war the named troops fight.</summary>
    private static ActorRef? Enemy(SentenceView view, ActorRef victims) =>
        view.Document.Language.Gazetteer.EnemyOf(victims.Code, view.Document.PublicationDate) is { } enemy
            ? new ActorRef(enemy, null, LexiconLoader.WarsPath, null)
            : null;

    private static ActorRef? Ref(Mention? mention) =>
        mention?.Get<ActorEntry>() is { } entry ? new ActorRef(entry.Code, mention.Span, entry.Id, entry.Role) : null;

    /// <summary>The code <see cref="Ref"/> would give, without making the reference.</summary>
    private static string? CodeOf(Mention mention) => mention.Get<ActorEntry>()?.Code;

    /// <summary>The nearest actor before the token that is neither a speaker nor behind a marker.</summary>
    private static Mention? LeftActor(SentenceView view, int token, List<SpeechAct>? acts = null)
    {
        for (int t = token - 1; t >= view.Start; t--)
        {
            var mention = view.MentionAt(t);
            // "Polandia, yang mendesak Berlin bertindak, menyatakan siap mengirim": past a verb of saying with
            // its speaker before it, the subject is the speaker's (SpeakerAsSubject), not an actor in the
            // speaker's clause. A reporting aside (", kata dia,") is no such verb.
            if (mention is not null && acts is not null && SaidBySpeakerBefore(acts, mention))
                return null;
            if (mention is null || !mention.Has<ActorEntry>())
                continue;
            t = mention.FirstToken;
            if (view.IsSpeaker(mention) || MarkerBefore(view, mention) is not null || IsModifier(view, mention))
                continue;
            return mention;
        }
        return null;
    }

    /// <summary>
    /// Whether <paramref name="mention"/> is a verb of saying with its speaker before it. A loop, not a lambda:
    /// a closure over the mention would be made for every token <see cref="LeftActor"/> passes.
    /// </summary>
    private static bool SaidBySpeakerBefore(List<SpeechAct> acts, Mention mention)
    {
        foreach (var act in acts)
        {
            if (act.Cue == mention && act.SpeakerBeforeCue && act.SpeakerMentions.Count > 0)
                return true;
        }
        return false;
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
            // The other side of a fight may stand after other verbs: "tewas dalam pertempuran membantu Rusia melawan Ukraina";
            // the partner of a contract after the words of the deal: "meneken kontrak pembelian senilai ... dengan BrahMos Aerospace".
            bool boundary = marker == CueKind.OpponentMarker
                ? SpeakerFinder.IsSaying(mention)
                : mention != trigger && IsVerbBoundary(mention) && !(marker == CueKind.PartnerMarker && IsDealWord(mention))
                  || mention.IsAnyCue(ClauseEnds);
            if (boundary)
                return null;
            if (mention.Has<ActorEntry>() && !view.IsSpeaker(mention) && !IsModifier(view, mention))
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

    /// <summary>"the AUKUS pact that Australia struck with the United States": the subject of a relative clause after the deal.</summary>
    private static Mention? RelativeSubject(SentenceView view, Mention trigger, Mention partner)
    {
        for (int t = trigger.EndToken; t < partner.FirstToken; t++)
        {
            if (view.MentionAt(t) is not { } relative || !(relative.IsCue(CueKind.Relative) || relative.IsCue(CueKind.Complementizer)))
                continue;
            return view.MentionAt(relative.EndToken) is { } subject && subject.FirstToken == relative.EndToken && subject.EndToken < partner.FirstToken
                && subject.Get<ActorEntry>() is { Role: not ActorRole.Demonym } ? subject : null;
        }
        return null;
    }

    /// <summary>The nearest word of agreeing before the trigger in its sentence ("signed a contract ... to buy").</summary>
    private static Mention? DealBefore(SentenceView view, Mention trigger)
    {
        Mention? deal = null;
        foreach (var mention in view.Triggers)
        {
            if (mention.FirstToken >= trigger.FirstToken)
                break;
            if (mention.Get<TriggerEntry>() is { Frame: Frame.Mutual })
                deal = mention;
        }
        return deal;
    }

    /// <summary>A word of the deal itself: "contract", "kontrak", "pembelian".</summary>
    private static bool IsDealWord(Mention mention) =>
        mention.Get<TriggerEntry>() is { Frame: Frame.Mutual or Frame.Receive };

    /// <summary>
    /// The state whose people or things an item names: "tentara Korea Utara", "North Korean soldiers".
    /// The victims of an attack are found this way.
    /// </summary>
    private static Mention? ItemOwner(SentenceView view, int from, int to)
    {
        foreach (var mention in view.Actors)
        {
            if (mention.FirstToken < from || mention.EndToken > to || view.IsSpeaker(mention))
                continue;
            bool after = view.MentionAt(mention.FirstToken - 1)?.Has<ItemEntry>() == true;
            // "US-made jets": the maker's name before "-made" owns the item after it;
            // "Vietnam's major weapons": so does a possessor.
            int next = IsModifier(view, mention) ? mention.EndToken + 2 : mention.EndToken;
            if (view.MentionAt(next) is { } possessive && possessive.FirstToken == next && possessive.IsCue(CueKind.Possessive))
                next = possessive.EndToken;
            if (after || ItemFollows(view, next))
                return mention;
        }
        return null;
    }

    /// <summary>An item at <paramref name="token"/> or after a few unlisted words: "Chinese CH-92A combat drones".</summary>
    private static bool ItemFollows(SentenceView view, int token)
    {
        for (int t = token; t < view.End && view.WordsBetween(token, t) <= ModifierReach; t++)
        {
            var mention = view.MentionAt(t);
            if (mention?.Has<ItemEntry>() == true)
                return true;
            if (mention is not null && view.TokenText(t) is not "-" || view.Document.Tokens[t].Kind == TokenKind.Symbol && view.TokenText(t) is not "-")
                return false;
        }
        return false;
    }

    /// <summary>"supplied 80% of Vietnam's major weapons": the owner of what is given, by a possessive, receives it.</summary>
    private static Mention? Possessor(SentenceView view, Mention trigger)
    {
        foreach (var mention in view.Actors)
        {
            if (mention.FirstToken < trigger.EndToken || view.IsSpeaker(mention))
                continue;
            if (mention.FirstToken - trigger.EndToken > DestinationReach || IsVerbBoundaryBetween(view, trigger.EndToken, mention.FirstToken))
                return null;
            if (view.IsCueAt(mention.EndToken, CueKind.Possessive) && ItemFollows(view, view.MentionAt(mention.EndToken)!.EndToken))
                return mention;
        }
        return null;
    }

    private static bool IsVerbBoundaryBetween(SentenceView view, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (view.MentionAt(t) is { } m && (IsVerbBoundary(m) || m.IsAnyCue(ClauseEnds)))
                return true;
        }
        return false;
    }

    /// <summary>"pengiriman senjata Iran ke Rusia": an unmarked actor right after a noun trigger and its items.</summary>
    private static Mention? Genitive(SentenceView view, Mention trigger)
    {
        int t = trigger.EndToken;
        while (view.MentionAt(t) is { } item && item.FirstToken == t && item.Has<ItemEntry>() && !item.Has<ActorEntry>())
            t = item.EndToken;
        return view.MentionAt(t) is { } mention && mention.FirstToken == t && mention.Has<ActorEntry>()
            && !view.IsSpeaker(mention) && !IsModifier(view, mention)
            ? mention
            : null;
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
            // Most words before an actor are no marker: one test of the mask before asking kind by kind.
            if (!before.IsAnyCue(AnyMarker))
                return null;
            foreach (var kind in Markers)
            {
                if (before.IsCue(kind))
                    return kind;
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// "mengerahkan pasukannya ke wilayah Kursk", "menempatkan sistem rudal Patriot di Slovakia":
    /// troops or weapons sent to a place go to the state it belongs to.
    /// </summary>
    private static ActorRef? Destination(SentenceView view, Mention trigger)
    {
        // Near the verb only: "... delivered earlier this month ... as war rages in Ukraine" names no destination.
        for (int t = trigger.EndToken; t < Math.Min(view.End, trigger.EndToken + DestinationReach); t++)
        {
            var mention = view.MentionAt(t);
            if (mention is null)
                continue;
            if (mention != trigger && IsVerbBoundary(mention) || mention.IsAnyCue(ClauseEnds))
                return null;
            var marker = MarkerBefore(view, mention);
            if (marker is CueKind.RecipientMarker or CueKind.PlaceMarker)
            {
                if (mention.Get<PlaceEntry>() is { } place)
                    return new ActorRef(place.Code, mention.Span, place.Id, null);
                if (marker == CueKind.PlaceMarker && mention.Get<ActorEntry>() is { Role: ActorRole.State } state)
                    return new ActorRef(state.Code, mention.Span, state.Id, state.Role);
            }
            t = mention.EndToken - 1;
        }
        return null;
    }

    /// <summary>The sentence denies or declines to confirm before the trigger: "Kremlin menepis laporan pengiriman pasukan".</summary>
    private static bool DeniedHere(List<SpeechAct> acts, Mention trigger) =>
        acts.Exists(a => a.Disputes && a.Cue.FirstToken < trigger.FirstToken);

    /// <summary>"U.S.-made", "German-built": an actor glued to a hyphen describes a thing and is no party.</summary>
    private static bool IsModifier(SentenceView view, Mention mention) =>
        mention.EndToken < view.End && view.TokenText(mention.EndToken) is "-"
        && view.Document.Tokens[mention.EndToken].Start == view.Document.Tokens[mention.EndToken - 1].End;

    /// <summary>The actor and those coordinated with it: "Washington, Berlin and Bucharest", "Denmark and the Netherlands".</summary>
    private static List<Mention> Coordinated(SentenceView view, Mention mention)
    {
        var list = new List<Mention> { mention };
        for (var current = mention; NextCoordinated(view, current, -1) is { } previous; current = previous)
            list.Insert(0, previous);
        for (var current = mention; NextCoordinated(view, current, +1) is { } next; current = next)
            list.Add(next);
        return list;
    }

    /// <summary>The actor joined to <paramref name="mention"/> by a comma or "and" on one side, one unlisted word allowed ("and the Netherlands").</summary>
    private static Mention? NextCoordinated(SentenceView view, Mention mention, int direction)
    {
        int t = direction < 0 ? mention.FirstToken - 1 : mention.EndToken;
        bool joined = false;
        for (int steps = 0; steps < 3 && t >= view.Start && t < view.End; steps++)
        {
            var at = view.MentionAt(t);
            if (at is not null && !joined && at.Get<ActorEntry>()?.Code == mention.Get<ActorEntry>()!.Code)
            {
                // "pemimpin Korea Utara Kim Jong Un": one party named twice in a row.
                mention = at;
                t = direction < 0 ? at.FirstToken - 1 : at.EndToken;
                steps--;
                continue;
            }
            if (at is not null && at.Has<ActorEntry>())
            {
                bool usable = joined && !view.IsSpeaker(at) && !IsModifier(view, at) && at.Get<ActorEntry>()!.Role != ActorRole.Demonym;
                return usable ? at : null;
            }
            if (view.TokenText(t) is "," || at?.IsCue(CueKind.Coordination) == true)
            {
                if (joined)
                    return null;
                joined = true;
                t = direction < 0 ? (at?.FirstToken ?? t) - 1 : (at?.EndToken ?? t + 1);
                continue;
            }
            if (at is not null || view.Document.Tokens[t].Kind != Text.TokenKind.Word || !joined)
                return null;
            t += direction;
        }
        return null;
    }

    /// <summary>'"We stand firmly by Ukraine\'s side," he said': "we" or "kami" before the verb is the one speaking.</summary>
    private static ActorRef? FirstPersonSpeaker(SentenceView view, Mention trigger, List<SpeechAct> acts, DiscourseMemory memory)
    {
        if (view.FindCue(CueKind.FirstPerson, Math.Max(view.Start, trigger.FirstToken - FirstPersonReach), trigger.FirstToken) is not { } pronoun)
            return null;
        var speaker = acts.Where(a => !a.Disputes).SelectMany(a => a.Sources).FirstOrDefault() ?? memory.LastSpeakers.FirstOrDefault();
        return speaker is null ? null : new ActorRef(speaker.Code, pronoun.Span, pronoun.Entries[0].Id, null);
    }

    /// <summary>"Canberra has previously sent ... Last year it also deployed ...": a pronoun subject is the giver the story told last.</summary>
    private static ActorRef? PronounSubject(SentenceView view, Mention trigger, DiscourseMemory memory)
    {
        if (view.FindCue(CueKind.SpeakerAnaphor, Math.Max(view.Start, trigger.FirstToken - FirstPersonReach), trigger.FirstToken) is not { } pronoun
            || memory.LastTransfer()?.Actor is not { } giver)
            return null;
        return new ActorRef(giver.Code, pronoun.Span, pronoun.Entries[0].Id, null);
    }

    /// <summary>
    /// "Vietnam declined to confirm a report that it was negotiating a deal to buy Russian weapons": "it" in what
    /// is reported is the one speaking of it.
    /// </summary>
    private static ActorRef? SpeakerAsPronoun(SentenceView view, Mention trigger, List<SpeechAct> acts)
    {
        if (view.FindCue(CueKind.SpeakerAnaphor, Math.Max(view.Start, trigger.FirstToken - ReportedPronounReach), trigger.FirstToken) is not { } pronoun)
            return null;
        for (int t = pronoun.EndToken; t < trigger.FirstToken; t++)
        {
            if (view.MentionAt(t)?.Has<ActorEntry>() == true)
                return null;
        }
        foreach (var act in acts)
        {
            if (act.SpeakerBeforeCue && act.Cue.EndToken <= pronoun.FirstToken && act.SpeakerMentions.Count == 1
                && act.SpeakerMentions[0].Get<ActorEntry>() is { } entry)
                return new ActorRef(entry.Code, pronoun.Span, pronoun.Entries[0].Id, entry.Role);
        }
        return null;
    }

    /// <summary>"Ukraina sebelumnya mengatakan telah menangkap ...": the subject of the saying is the subject of what is said.</summary>
    private static ActorRef? SpeakerAsSubject(SentenceView view, Mention trigger, List<SpeechAct> acts)
    {
        foreach (var act in acts)
        {
            // "Biden announced $2.5 billion in aid": a verb that both says and gives has its speaker as actor.
            bool same = act.Cue == trigger;
            if (!act.SpeakerBeforeCue || !same && act.Cue.EndToken > trigger.FirstToken || act.SpeakerMentions.Count != 1)
                continue;
            // A denier acted only when denying a verb ("Iran denied arming the Houthis"), not a report
            // ("Kremlin menepis laporan pengiriman pasukan").
            if (act.Disputes && (trigger.Get<TriggerEntry>()!.Frame == Frame.Noun || trigger.FirstToken - act.Cue.EndToken > 1))
                continue;
            if (act.SpeakerMentions[0].Get<ActorEntry>() is { } entry)
                return new ActorRef(entry.Code, act.SpeakerMentions[0].Span, entry.Id, entry.Role);
        }
        return null;
    }

    /// <summary>The last two states named before <paramref name="pair"/> in its sentence, speakers aside.</summary>
    private static (string, string)? PairBefore(SentenceView view, Mention pair)
    {
        string? last = null;
        for (int i = view.Actors.Count - 1; i >= 0; i--)
        {
            var mention = view.Actors[i];
            if (mention.FirstToken >= pair.FirstToken || view.IsSpeaker(mention))
                continue;
            var code = mention.Get<ActorEntry>()!.Code;
            if (last is null)
                last = code;
            else if (code != last)
                return (code, last);
        }
        return null;
    }

    /// <summary>The two parties of an agreement: "Russia and North Korea signed", "signed with Israel", "kedua negara".</summary>
    private static (ActorRef, ActorRef)? Parties(SentenceView view, Mention trigger, List<SpeechAct> acts, DiscourseMemory memory, out Mention? partnerMention)
    {
        partnerMention = null;
        var first = LeftActor(view, trigger.FirstToken);
        // "meneken kontrak pembelian jet dari Turki": the seller is the other party of a contract.
        var partner = RightActor(view, trigger, CueKind.PartnerMarker, allowDirect: false, also: CueKind.SourceMarker);
        if (first is not null && partner is null)
        {
            // "Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un menandatangani"
            var code = first.Get<ActorEntry>()!.Code;
            partner = Coordinated(view, first).FirstOrDefault(m => m.Get<ActorEntry>()!.Code != code);
        }
        if (first is null && partner is not null)
            first = RelativeSubject(view, trigger, partner) ?? RightActor(view, partner, CueKind.PartnerMarker, allowDirect: false);
        if (Ref(first) is { } x && Ref(partner) is { } y && x.Code != y.Code)
        {
            partnerMention = partner;
            return (x, y);
        }
        // "kedua negara menandatangani perjanjian": the parties are the pair named before.
        // "Biden visited Hanoi, where the two countries signed": first the two named earlier in the sentence.
        if (view.FindCue(CueKind.PairAnaphor, view.Start, trigger.FirstToken) is { } pair && (PairBefore(view, pair) ?? memory.LastPair()) is var (a, b))
            return (new ActorRef(a, null, pair.Entries[0].Id, null), new ActorRef(b, null, pair.Entries[0].Id, null));
        // "Kontrak pembelian 42 jet Rafale ... diteken pada 10 Februari 2022": a contract with no parties in
        // view is the deal between the parties of the story's last transfer.
        if (first is null && partner is null && acts.Count == 0 && memory.LastTransfer() is { } deal)
            return (deal.Actor with { Span = null }, deal.Recipient with { Span = null });
        return null;
    }
}
