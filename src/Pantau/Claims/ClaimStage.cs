using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Pantau.Dates;
using Pantau.Languages;
using Pantau.Numbers;
using Pantau.Pipeline;
using Pantau.Text;

namespace Pantau.Claims;

/// <summary>
/// Assembles claims sentence by sentence. Each trigger word ("mengirim", "supplied",
/// "perjanjian") opens a claim; its frame (lexicons/README.md) says where the actor and the
/// recipient stand; the items after it, each with the figure before it, make one claim each.
/// Speakers, hedges, negation, refusal and denial set attribution and modality; the dates and
/// places of the sentence give time and place. What a sentence leaves out ("both countries",
/// "the deployment", a missing recipient) is taken from earlier in the document.
/// </summary>
public sealed class ClaimStage : IDocumentStage
{
    private const int HedgeWindow = 6;
    private const int HedgeAfterNounWindow = 4;
    private const int NegationWindow = 3;
    private const int FutureWindow = 5;
    private const int RefusalWindow = 4;
    private const int QuantityGap = 4;
    private const int DealReach = 6;
    private const int GenericReach = 2;
    private const int ValueWindow = 3;
    private const int QuoteMemorySentences = 2;
    private const int EventAnaphorWindow = 3;
    private const int LeadSentences = 4;
    private const int StoryWeek = 7;

    public void Process(Document document)
    {
        var memory = new DiscourseMemory { StoryDate = StoryDate(document) };
        var view = SentenceView.Of(document);
        // One list for every sentence's claims: they are copied out at its end, and nothing keeps the list.
        var claims = new List<Claim>();
        var anaphoric = new List<Claim>();
        for (int i = 0; i < document.Sentences.Length; i++)
        {
            view.MoveTo(document.Sentences[i]);
            var acts = SpeakerFinder.Find(view, memory);
            bool quoted = StartsInQuote(view, memory);
            var reported = ReportedSources(acts);
            if (reported.Count == 0 && quoted && i - memory.LastSpeechSentence <= QuoteMemorySentences)
                reported = [.. memory.LastSpeakers];

            // A clause sees the claims of the clauses before it ("berjanji memasok ... kepada Ukraina, tetapi
            // baru 300.000 butir yang terkirim"); what refers back to earlier text sees only earlier sentences.
            claims.Clear();
            (Mention Trigger, Frame Frame)? previous = null;
            foreach (var trigger in ClaimTriggers(view))
            {
                var frame = FrameOf(view, trigger, previous);
                int before = claims.Count;
                FromTrigger(view, trigger, frame, acts, reported, memory, claims);
                memory.Claims.AddRange(CollectionsMarshal.AsSpan(claims)[before..]);
                previous = (trigger, frame);
            }
            int told = claims.Count;
            // Each of these reads something most sentences lack (a verb of saying, an inclusion word, a
            // figure): without it they add nothing, and are not set up at all.
            if (acts.Count > 0)
            {
                // Collected apart and added after: the rule reads the sentence's claims as they were before it.
                anaphoric.Clear();
                FromAnaphor(view, claims, acts, memory, anaphoric);
                claims.AddRange(anaphoric);
            }
            if (view.HasCue(CueKind.Inclusion))
                claims.AddRange(FromInclusion(view, claims, reported, memory));
            if (view.Quantities.Count > 0)
                claims.AddRange(SizeTransfers(view, claims));

            if (claims.Count > told)
                memory.Claims.AddRange(claims.Skip(told));
            document.Claims.AddRange(claims);
            if (acts.Count > 0 && SpeakersOf(acts) is { Count: > 0 } speakers)
                memory.Spoke(speakers, i);
            foreach (var actor in view.Actors)
            {
                if (!view.IsSpeaker(actor) && actor.Get<ActorEntry>() is { } entry)
                    memory.Named(entry.Code);
            }
        }
    }

    /// <summary>Who speaks in the sentence, those who dispute left out.</summary>
    private static List<Source> SpeakersOf(List<SpeechAct> acts)
    {
        var speakers = new List<Source>();
        foreach (var act in acts)
        {
            if (!act.Disputes)
                speakers.AddRange(act.Sources);
        }
        return speakers;
    }

    /// <summary>The sources of sentences without speech acts, which is most: nothing adds to it.</summary>
    private static readonly List<Source> NoSources = [];

    private static List<Source> ReportedSources(List<SpeechAct> acts)
    {
        if (acts.Count == 0)
            return NoSources;
        var sources = new List<Source>();
        foreach (var act in acts)
        {
            if (act.Disputes)
                continue;
            foreach (var source in act.Sources)
            {
                if (!Source.AnyWithCode(sources, source.Code))
                    sources.Add(source);
            }
        }
        return sources;
    }

    /// <summary>Tracks open quotations; true when the sentence is (or opens as) a quotation.</summary>
    private static bool StartsInQuote(SentenceView view, DiscourseMemory memory)
    {
        bool startsQuoted = memory.QuoteOpen || view.IsQuoteMark(view.Start);
        bool open = memory.QuoteOpen;
        // Most sentences have no quote mark: their tokens need no look.
        int end = view.HasQuoteMarks ? view.End : view.Start;
        for (int t = view.Start; t < end; t++)
        {
            if (!view.IsQuoteMark(t))
                continue;
            char c = view.TokenText(t)[0];
            open = c switch
            {
                '“' or '«' or '„' or '「' or '『' => true,
                '”' or '»' or '」' or '』' => false,
                _ => !open,
            };
        }
        // A quotation never runs past a paragraph without its closing mark in news copy.
        memory.QuoteOpen = open && !EndsParagraph(view);
        return startsQuoted;
    }

    private static bool EndsParagraph(SentenceView view)
    {
        var document = view.Document;
        int end = view.Sentence.Span.End;
        int next = view.End < document.Tokens.Length ? document.Tokens[view.End].Start : document.Text.Length;
        return document.Text.AsSpan(end, next - end).Contains('\n');
    }

    /// <summary>
    /// The triggers of the sentence being read: one list a thread, refilled by <see cref="ClaimTriggers"/> for each
    /// sentence and read by <see cref="Process"/> before the next sentence's.
    /// </summary>
    [ThreadStatic]
    private static List<Mention>? t_triggers;

    private static readonly List<Mention> NoTriggers = [];

    /// <summary>
    /// Trigger words that open claims. A word that is also an item ("aid", "bantuan") after a
    /// verb trigger is the verb's object, not a claim of its own; so is a noun of the same type
    /// in the verb's clause ("approved arms sales to Poland").
    /// </summary>
    private static List<Mention> ClaimTriggers(SentenceView view)
    {
        // Most sentences have no trigger: they share one empty list, which nothing adds to.
        if (view.Triggers.Count == 0)
            return NoTriggers;
        var triggers = t_triggers ??= [];
        triggers.Clear();
        bool verbSeen = false;
        Mention? verb = null;
        foreach (var trigger in view.Triggers)
        {
            if (view.IsSpeaker(trigger))
                continue;
            var entry = trigger.Get<TriggerEntry>()!;
            if (trigger.Has<ItemEntry>() && verbSeen)
                continue;
            if (entry.Frame == Frame.Noun && verb is not null && verb.Get<TriggerEntry>()!.Type == entry.Type
                && !view.HasClauseBreak(verb.EndToken, trigger.FirstToken))
                continue;
            if (entry.Frame != Frame.Noun)
            {
                verbSeen = true;
                verb = trigger;
            }
            triggers.Add(trigger);
        }
        return triggers;
    }

    /// <summary>
    /// The trigger's frame from its lexicon row, made passive by an auxiliary before a participle
    /// ("were delivered"; "-ing" forms have no stage and stay active) or by coordination with a
    /// passive just before it ("have been killed and some 2,700 wounded").
    /// </summary>
    private static Frame FrameOf(SentenceView view, Mention trigger, (Mention Trigger, Frame Frame)? previous)
    {
        var entry = trigger.Get<TriggerEntry>()!;
        if (entry.Frame != Frame.Give)
            return entry.Frame;
        if ((entry.Stage is not null || entry.Type != ClaimType.Transfer) && HasBefore(view, trigger.FirstToken, CueKind.PassiveAuxiliary, 2))
            return Frame.Passive;
        // "six MiG-29 jets donated by Russia": a participle between its item and its agent.
        if (entry.Stage is not null && view.MentionAt(trigger.FirstToken - 1)?.Has<ItemEntry>() == true
            && trigger.EndToken < view.End && view.IsCueAt(trigger.EndToken, CueKind.AgentMarker))
            return Frame.Passive;
        if (previous is ({ } before, Frame.Passive) && before.Get<TriggerEntry>()!.Type == entry.Type && OnlyCoordinationBetween(view, before.EndToken, trigger.FirstToken))
            return Frame.Passive;
        return Frame.Give;
    }

    private static bool OnlyCoordinationBetween(SentenceView view, int from, int to)
    {
        bool joined = false;
        for (int t = from; t < to; t++)
        {
            var mention = view.MentionAt(t);
            if (mention?.IsCue(CueKind.Coordination) == true)
                joined = true;
            else if (mention is not null && !view.Quantities.Exists(q => q.FirstToken <= t && t < q.EndToken))
                return false;
        }
        return joined;
    }

    /// <summary>Adds the claims a trigger opens to <paramref name="claims"/>, or records why it opens none.</summary>
    private void FromTrigger(SentenceView view, Mention trigger, Frame frame, List<SpeechAct> acts, List<Source> reported, DiscourseMemory memory, List<Claim> claims)
    {
        var entry = trigger.Get<TriggerEntry>()!;

        var (modality, denier, negated) = ReadModality(view, trigger, entry, acts);
        var skipped = view.Document.SkippedTriggers;
        if (modality is null)
        {
            skipped.Add(new SkippedTrigger(trigger.Span, "a plain negation (FORMAT.md rule 2)"));
            return;
        }

        // "Any new purchase of Russian arms could expose Vietnam to sanctions", "setiap kiriman senjata ke Ukraina
        // merupakan sasaran yang sah": a transfer in general, not one that happened; "denied any arms deals" still disputes.
        if (modality is Modality.Asserted or Modality.Possible
            && view.FindCue(CueKind.Generic, Math.Max(view.Start, trigger.FirstToken - GenericReach), trigger.FirstToken) is not null)
        {
            skipped.Add(new SkippedTrigger(trigger.Span, "a transfer in general ('any', 'setiap')"));
            return;
        }
        // "saya tidak akan memasok senjata ... jika mereka masuk ke Rafah", "ready to hand the two men over if
        // Pyongyang could arrange their exchange": a transfer on a condition is hypothetical (FORMAT.md rule 2),
        // unless something else makes it a possibility ("mempertimbangkan untuk mengirim ..., tetapi hanya jika").
        // A deal is hypothetical only when the condition comes first ("If the deal goes through, ..."): a treaty's
        // clauses ("perjanjian yang memuat klausul saling membantu jika salah satu pihak diserang") are conditions in it.
        if (entry.Type == ClaimType.Transfer && modality != Modality.Possible && view.HasCue(CueKind.Condition)
            || entry.Type == ClaimType.Agreement && view.HasCue(CueKind.Condition, view.Start, trigger.FirstToken))
        {
            skipped.Add(new SkippedTrigger(trigger.Span, "hypothetical: on a condition (FORMAT.md rule 2)"));
            return;
        }

        var place = ReadPlace(view, trigger);
        var items = Items(view, trigger, frame, entry.Type, memory);
        if (items.Count == 0)
        {
            skipped.Add(new SkippedTrigger(trigger.Span, "no item"));
            return;
        }
        var arguments = Arguments.Find(view, trigger, frame, entry.Type, acts, memory, place, items[0].Item1?.Category);
        if (arguments is not var (actors, recipients))
        {
            skipped.Add(new SkippedTrigger(trigger.Span, $"no {(frame == Frame.Mutual ? "two parties" : "actor and recipient")} as a {frame.ToString().ToLowerInvariant()} frame reads them"));
            return;
        }
        // Indexed loops: a foreach over IReadOnlyList boxes its enumerator.
        for (int a = 0; a < actors.Count; a++)
        {
            var actor = actors[a];
            for (int r = 0; r < recipients.Count; r++)
            {
                var recipient = recipients[r];
                // "Beijing says it never supplied weapons": a negation is a denial only in the actor's own words.
                // A denial names what it denies: parties only remembered from earlier text make none.
                if (negated && (!Source.AnyWithCode(reported, actor.Code) || actor.Span is null && recipient.Span is null))
                    continue;
                if (negated)
                    denier = SourcesWithCode(reported, actor.Code);
                Assemble(view, trigger, entry, frame, modality.Value, denier, actor, recipient, place, items, acts, reported, memory.StoryDate, claims);
            }
        }
    }

    private static void Assemble(SentenceView view, Mention trigger, TriggerEntry entry, Frame frame, Modality modality,
        List<Source>? denier, ActorRef actor, ActorRef recipient, PlaceRef? place, List<(ItemRef?, Quantity?)> items, List<SpeechAct> acts, List<Source> reported, PartialDate? storyDate, List<Claim> claims)
    {

        var attribution = modality switch
        {
            Modality.Denied when denier is not null => denier,
            Modality.Denied or Modality.Unconfirmed => DenierSources(acts) is { Count: > 0 } d ? d : reported,
            _ => reported,
        };
        // FORMAT.md rule 1: "will send" in the actor's own words is a pledge; as someone's estimate
        // ("Pyongyang diperkirakan akan mengirim", "is expected to"), a forecast.
        if (modality == Modality.Asserted && entry.Type == ClaimType.Transfer && HasFuture(view, trigger)
            && !Source.AnyWithCode(reported, actor.Code)
            && (BeliefBefore(acts, trigger.FirstToken)
                || view.HasCue(CueKind.Impersonal, view.Start, trigger.FirstToken)))
            modality = Modality.Possible;
        var stage = ReadStage(view, trigger, entry, modality);
        if (attribution.Count == 0 && (stage == Stage.Pledged && acts.Count > 0 || modality is Modality.Possible or Modality.Denied
                                        || entry.Type is ClaimType.Support))
        {
            // "Budapest refuses", "Seoul will back Kyiv": a decision is the word of the state that takes it,
            // and so is a pledge told by a speaker with no state of its own ("..., the defence ministry said").
            // A pledge the reporter narrates ("Britain committed 2.3 billion pounds last year") is stated
            // without attribution.
            var subject = frame == Frame.Receive ? recipient : actor;
            if (subject.Span is { } span)
                attribution = [new Source(subject.Code, span, subject.EntryId, false, null)];
        }
        var time = modality is Modality.Asserted or Modality.Possible ? ReadTime(view, trigger, entry.Type, stage, actor.Code, acts) : null;
        var assumedTime = time is null && modality is Modality.Asserted or Modality.Possible ? StoryTime(entry.Type, stage, storyDate) : null;
        if (actor.Code == recipient.Code)
        {
            view.Document.SkippedTriggers.Add(new SkippedTrigger(trigger.Span, $"actor and recipient are both {actor.Code}"));
            return;
        }

        foreach (var (item, quantity) in items)
        {
            var ids = new List<string> { entry.Id };
            if (actor.EntryId is { } a) ids.Add(a);
            if (recipient.EntryId is { } r) ids.Add(r);
            if (item is not null) ids.Add(item.EntryId);
            claims.Add(new Claim
            {
                Type = entry.Type,
                Actor = actor,
                Recipient = recipient,
                Item = item,
                Quantity = quantity,
                Modality = modality,
                Stage = entry.Type == ClaimType.Transfer ? stage : null,
                Attribution = [.. attribution],
                Time = time ?? assumedTime,
                TimeAssumed = time is null && assumedTime is not null,
                Place = place,
                Evidence = [new Evidence(view.Sentence.Span, trigger.Span)],
                Rule = RuleName(entry.Type, frame),
                LexiconIds = ids,
            });
        }
    }

    private static List<Source> SourcesWithCode(List<Source> sources, string code)
    {
        var found = new List<Source>();
        foreach (var source in sources)
        {
            if (source.Code == code)
                found.Add(source);
        }
        return found;
    }

    /// <summary>A verb of believing before the token ("is expected to"). Loops here and below rather than lambdas over parameters, which cost a closure at every call.</summary>
    private static bool BeliefBefore(List<SpeechAct> acts, int token)
    {
        foreach (var act in acts)
        {
            if (act.Cue.IsCue(CueKind.Belief) && act.Cue.FirstToken < token)
                return true;
        }
        return false;
    }

    private static bool UndisputedSayingBefore(List<SpeechAct> acts, int token)
    {
        foreach (var act in acts)
        {
            if (!act.Disputes && act.Cue.FirstToken < token)
                return true;
        }
        return false;
    }

    // A claim's rule names its type and frame: made once for each pair, not formatted for every claim.
    private static readonly ConcurrentDictionary<(ClaimType, Frame), string> RuleNames = new();

    private static string RuleName(ClaimType type, Frame frame) =>
        RuleNames.GetOrAdd((type, frame), static key => $"{key.Item1.ToString().ToLowerInvariant()}.{key.Item2.ToString().ToLowerInvariant()}");

    /// <summary>
    /// "Baik Moskow maupun Pyongyang tidak mengonfirmasi pengerahan tersebut", "Iran membantah.",
    /// "Pyongyang and Moscow have denied any arms deals": a denial or a refusal to confirm with no
    /// claim of its own, or aimed at "the deployment" or "the report", is about the transfer told
    /// before between its speakers: about the items it names, else every item of that transfer.
    /// </summary>
    private static void FromAnaphor(SentenceView view, List<Claim> sentenceClaims, List<SpeechAct> acts, DiscourseMemory memory, List<Claim> found)
    {
        foreach (var act in acts)
        {
            if (act.Sources.Count == 0)
                continue;
            if (!act.Disputes)
            {
                // "Pyongyang and Moscow acknowledged the deployment", "Serbia's Defense Ministry confirmed the delivery".
                if (sentenceClaims.Count == 0 && act.Cue.IsCue(CueKind.Acknowledgement) && PointsBack(view, act.Cue)
                    && memory.LastTransfer(c => act.Sources.Any(s => s.Code == c.Actor.Code || s.Code == c.Recipient.Code)) is { } last)
                    found.Add(Confirmed(view, memory.TransferBetween(last.Actor.Code, last.Recipient.Code, null), act));
                continue;
            }
            // "Indonesia dan Vietnam dikabarkan akan membeli rudal serupa, meski kedua negara belum
            // mengonfirmasinya": a dispute after a claim of its own speakers, in the same sentence, is about it.
            var disputed = sentenceClaims.Where(c => c.Type == ClaimType.Transfer && c.Evidence[0].Trigger.End <= act.Cue.Span.Start
                && act.Sources.Any(s => s.Code == c.Actor.Code || s.Code == c.Recipient.Code)).ToList();
            if (disputed.Count > 0)
            {
                // Each party speaks for its own part: "kedua negara" are Indonesia for Indonesia's purchase, Vietnam for Vietnam's.
                foreach (var claim in disputed.DistinctBy(c => (c.Actor.Code, c.Recipient.Code, c.Item?.Category)))
                    found.Add(Disputed(view, claim, claim.Item, act, act.Sources.Where(s => s.Code == claim.Actor.Code || s.Code == claim.Recipient.Code)));
                return;
            }
            // "denied the accusations" disputes all that was told; "has not acknowledged the deployment", its last transfer.
            bool aimed = view.HasCue(CueKind.EventAnaphor, act.Cue.EndToken, Math.Min(view.End, act.Cue.EndToken + EventAnaphorWindow));
            bool pointsBack = aimed || PointsBack(view, act.Cue);
            if (sentenceClaims.Count > 0 && !pointsBack)
                continue;
            // "Pemerintah Iran membantah tuduhan tersebut": what a state denies is first what it was said to give.
            var referent = memory.LastTransfer(c => !sentenceClaims.Contains(c) && act.Sources.Any(s => s.Code == c.Actor.Code))
                ?? memory.LastTransfer(c => !sentenceClaims.Contains(c));
            bool mentioned = pointsBack || view.HasCue(CueKind.EventAnaphor, view.Start, view.End);
            if (referent is null || !mentioned && !act.Sources.Any(s => s.Code == referent.Actor.Code || s.Code == referent.Recipient.Code))
                continue;
            // "denied any arms deals" names what it denies; "membantah tuduhan tersebut" denies all that
            // was told; "tidak mengonfirmasi pengerahan tersebut", "Iran membantah." the last of it.
            var named = ItemPhrases.After(view, act.Cue).Select(p => (ItemRef?)new ItemRef(p.Category, p.Span, p.EntryId)).ToList();
            var items = named.Count > 0 ? named : aimed ? memory.ItemsOf(referent) : [referent.Item];
            // "membantah adanya transaksi senjata di antara keduanya", "belum mengonfirmasi keberadaan tentara":
            // what is named goes between the two the way the story told it.
            if (named.Count > 0)
                referent = memory.TransferBetween(referent.Actor.Code, referent.Recipient.Code, named[0]!.Category);
            foreach (var item in items.DistinctBy(i => i?.Category))
                found.Add(Disputed(view, referent, item, act, act.Sources));
            return;
        }
    }

    /// <summary>What follows a verb of confirming or denying names the transfer told before: "the deployment", "the report".</summary>
    private static bool PointsBack(SentenceView view, Mention cue)
    {
        int end = Math.Min(view.End, cue.EndToken + EventAnaphorWindow);
        return view.HasCue(CueKind.EventAnaphor, cue.EndToken, end)
            || view.Triggers.Exists(t => t.FirstToken >= cue.EndToken && t.FirstToken < end && t.Get<TriggerEntry>()!.Frame == Frame.Noun);
    }

    private static Claim Confirmed(SentenceView view, Claim referent, SpeechAct act) => new()
    {
        Type = referent.Type,
        Actor = referent.Actor,
        Recipient = referent.Recipient,
        Item = referent.Item,
        Modality = Modality.Asserted,
        Stage = referent.Stage,
        Attribution = [.. act.Sources],
        Evidence = [new Evidence(view.Sentence.Span, act.Cue.Span)],
        Rule = "anaphor.confirmed",
        LexiconIds = [act.Cue.Entries[0].Id],
    };

    private static Claim Disputed(SentenceView view, Claim referent, ItemRef? item, SpeechAct act, IEnumerable<Source> sources) => new()
    {
        Type = referent.Type,
        Actor = referent.Actor,
        Recipient = referent.Recipient,
        Item = item,
        Modality = act.DisputeModality,
        Attribution = [.. sources],
        Evidence = [new Evidence(view.Sentence.Span, act.Cue.Span)],
        Rule = "anaphor." + act.DisputeModality.ToString().ToLowerInvariant(),
        LexiconIds = [act.Cue.Entries[0].Id],
    };

    /// <summary>
    /// "The package includes ... 31 Bradley fighting vehicles", "termasuk 6,75 miliar dolar AS untuk bom":
    /// items listed after an inclusion word are more claims of the transfer they belong to, the one
    /// this sentence made before the word or else the last one told.
    /// </summary>
    private static IEnumerable<Claim> FromInclusion(SentenceView view, List<Claim> sentenceClaims, List<Source> reported, DiscourseMemory memory)
    {
        foreach (var cue in view.Mentions)
        {
            if (!cue.IsCue(CueKind.Inclusion))
                continue;
            var referent = InclusionReferent(cue, sentenceClaims, memory);
            // "teknologi militer, termasuk teknologi satelit dan kapal selam": what technology covers is no item of its own.
            if (referent is null || referent.Item?.Category == ItemCategory.Technology)
                continue;
            var used = new List<QuantityMention>();
            foreach (var phrase in ItemPhrases.After(view, cue))
            {
                var item = new ItemRef(phrase.Category, phrase.Span, phrase.EntryId);
                var quantity = (FigureBefore(view, phrase.First, phrase.End, used) ?? ValueAfter(view, phrase.End, used))?.Quantity;
                if (sentenceClaims.Exists(c => c.Item?.Span == item.Span))
                    continue;
                yield return new Claim
                {
                    Type = referent.Type,
                    Actor = referent.Actor,
                    Recipient = referent.Recipient,
                    Item = item,
                    Quantity = quantity,
                    Modality = referent.Modality,
                    Stage = referent.Stage,
                    Attribution = reported.Count > 0 ? [.. reported] : [.. referent.Attribution],
                    Time = referent.Time,
                    Evidence = [new Evidence(view.Sentence.Span, cue.Span)],
                    Rule = "transfer.inclusion",
                    LexiconIds = [cue.Entries[0].Id, item.EntryId],
                };
            }
        }
    }

    /// <summary>
    /// "Sweden will send Archer ... in its largest aid package so far, worth 4.3 billion Swedish
    /// crowns", "brings total U.S. military assistance ... to more than $65 billion", "jumlah personel
    /// ... diperkirakan mencapai sekitar 14.000 orang": a sum of money, or a figure after a value word,
    /// that no item took sizes the transfer of the trigger before it. It goes to that transfer's aid
    /// package (equipment, funding), or to its one item when none has a figure; otherwise it is the
    /// value of the whole transfer, a claim of its own ("approved sales worth $7.4 billion, including
    /// $6.75 billion of bombs": FORMAT.md rule 5).
    /// </summary>
    private static IEnumerable<Claim> SizeTransfers(SentenceView view, List<Claim> claims)
    {
        var added = new List<Claim>();
        foreach (var figure in view.Quantities)
        {
            if (figure.Quantity is not { } quantity || IsConversion(view, figure) || HasFigure(claims, quantity) || HasFigure(added, quantity))
                continue;
            if (!quantity.IsMoney && view.FindCue(CueKind.ValueMarker, Math.Max(view.Start, figure.FirstToken - ValueWindow), figure.FirstToken) is null)
                continue;
            SizeTransfer(view, claims, figure, quantity, added);
        }
        return added;
    }

    private static bool HasFigure(List<Claim> claims, Quantity quantity)
    {
        foreach (var claim in claims)
        {
            if (ReferenceEquals(claim.Quantity, quantity))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Gives a figure no item took to the transfer it sizes (see <see cref="SizeTransfers"/>). A method of its own:
    /// its lambdas over the figure would otherwise cost closures for every figure of every sentence.
    /// </summary>
    private static void SizeTransfer(SentenceView view, List<Claim> claims, QuantityMention figure, Quantity quantity, List<Claim> added)
    {
        var transfers = claims.Where(c => c.Type == ClaimType.Transfer && c.Item is not null).ToList();
        // "49 Abrams tanks worth Aus$245 million": the value of an item already counted.
        if (ItemJustBefore(view, figure) is { } valued)
        {
            if (transfers.Find(c => c.Item!.Span == valued.Span && c.Quantity is null) is { } uncounted)
                uncounted.Quantity = quantity;
            return;
        }
        var owner = view.Triggers.LastOrDefault(t => t.EndToken <= figure.FirstToken);
        // The trigger's claims, else the claims whose item the trigger noun is ("approved arms sales ... worth").
        var own = transfers.Where(c => owner is not null && c.Evidence[0].Trigger == owner.Span).ToList();
        if (own.Count == 0)
            own = transfers.Where(c => owner is not null && c.Item!.Span == owner.Span).ToList();
        var candidates = own.Count > 0 ? own : transfers;
        var open = candidates.Where(c => c.Quantity is null).ToList();
        if (open.Find(c => c.Item!.Category is ItemCategory.Equipment or ItemCategory.Funding) is { } package)
            package.Quantity = quantity;
        else if (open.Count == 1 && own.Count == 1)
            open[0].Quantity = quantity;
        else if (quantity.IsMoney && owner is not null && candidates.FirstOrDefault() is { } transfer)
            added.Add(ValueOf(transfer, ItemJustAfter(view, figure) ?? new ItemRef(ItemCategory.Equipment, owner.Span, owner.Entries[0].Id), owner, quantity));
    }

    /// <summary>Words that may stand between an item and the figure that values it: "worth", "about", "at least", "up to".</summary>
    private static readonly ulong ValueWords = CueMasks.Of(CueKind.ValueMarker, CueKind.Approx, CueKind.Min, CueKind.Max);

    /// <summary>An item ending right before the figure, its value word aside ("tanks worth").</summary>
    private static Mention? ItemJustBefore(SentenceView view, QuantityMention figure)
    {
        for (int t = figure.FirstToken - 1; t >= Math.Max(view.Start, figure.FirstToken - ValueWindow); t--)
        {
            var mention = view.MentionAt(t);
            if (mention is null)
                return null;
            if (mention.Has<ItemEntry>())
                return mention;
            if (!mention.IsAnyCue(ValueWords))
                return null;
            t = mention.FirstToken;
        }
        return null;
    }

    /// <summary>"$660 million of Hellfire missiles": the item a sum buys, named right after it.</summary>
    private static ItemRef? ItemJustAfter(SentenceView view, QuantityMention figure)
    {
        foreach (var item in view.Items)
        {
            if (item.FirstToken < figure.EndToken)
                continue;
            if (view.WordsBetween(figure.EndToken, item.FirstToken) > QuantityGap || !OnlyModifiersBetween(view, figure.EndToken, item.FirstToken))
                return null;
            var entry = item.Get<ItemEntry>()!;
            return new ItemRef(entry.Item, item.Span, entry.Id);
        }
        return null;
    }

    private static Claim ValueOf(Claim transfer, ItemRef item, Mention owner, Quantity value) => new()
    {
        Type = transfer.Type,
        Actor = transfer.Actor,
        Recipient = transfer.Recipient,
        Item = item,
        Quantity = value,
        Modality = transfer.Modality,
        Stage = transfer.Stage,
        Attribution = [.. transfer.Attribution],
        Time = transfer.Time,
        TimeAssumed = transfer.TimeAssumed,
        Place = transfer.Place,
        Evidence = [new Evidence(transfer.Evidence[0].Sentence, owner.Span)],
        Rule = "transfer.value",
        LexiconIds = [owner.Entries[0].Id],
    };

    /// <summary>
    /// The transfer an inclusion word belongs to. A method of its own: a lambda over the loop's
    /// <c>cue</c> would cost a closure for every mention of every sentence.
    /// </summary>
    /// <summary>
    /// The transfer an inclusion word lists the items of: this sentence's, else the last one told; for a
    /// contract ("Kontrak yang diteken pada Januari 2022 itu mencakup tiga baterai rudal"), the last between its parties.
    /// </summary>
    private static Claim? InclusionReferent(Mention cue, List<Claim> sentenceClaims, DiscourseMemory memory)
    {
        if (sentenceClaims.LastOrDefault(c => c.Type == ClaimType.Transfer && c.Evidence[0].Trigger.Start < cue.Span.Start) is { } own)
            return own;
        if (sentenceClaims.Count == 0)
            return memory.LastTransfer();
        if (sentenceClaims.TrueForAll(c => c.Type == ClaimType.Agreement) && sentenceClaims[^1] is var deal)
            return memory.LastTransfer(c => c.Actor.Code == deal.Actor.Code && c.Recipient.Code == deal.Recipient.Code
                                            || c.Actor.Code == deal.Recipient.Code && c.Recipient.Code == deal.Actor.Code);
        return null;
    }

    private static List<Source> DenierSources(List<SpeechAct> acts) =>
        acts.Where(a => a.Disputes).SelectMany(a => a.Sources).DistinctBy(s => s.Code).ToList();

    /// <summary>
    /// Modality by FORMAT.md: a hedge before the trigger makes it possible; a refusal, or a
    /// negated future ("would not supply"), denied by the actor; a denial or refusal to confirm by
    /// a speaker, denied or unconfirmed; a plain negation ("did not send") no claim at all (null).
    /// </summary>
    /// <remarks><c>Negated</c>: a negation said by someone, which is a denial if the speaker is the actor.</remarks>
    private static (Modality?, List<Source>?, bool Negated) ReadModality(SentenceView view, Mention trigger, TriggerEntry entry, List<SpeechAct> acts)
    {
        int at = trigger.FirstToken;
        if (view.FindCue(CueKind.Refusal, Math.Max(view.Start, at - RefusalWindow), at) is not null)
            return (Modality.Denied, null, false);
        if (view.FindCue(CueKind.Negation, Math.Max(view.Start, at - NegationWindow), at) is { } negation)
        {
            bool future = view.HasCue(CueKind.Future, Math.Max(view.Start, negation.FirstToken - 1), at);
            if (future)
                return (Modality.Denied, null, false);
            bool said = UndisputedSayingBefore(acts, at);
            return said ? (Modality.Denied, null, true) : (null, null, false);
        }
        foreach (var act in acts)
        {
            // "membantah klaim Rusia bahwa sistem S-300 yang dikirim Bratislava ke Ukraina telah dihancurkan":
            // a relative clause presents its transfer as given; the denial is of the rest.
            if (act.Disputes && act.Cue.FirstToken < at && !view.HasCue(CueKind.Relative, act.Cue.EndToken, at))
                return (act.DisputeModality, act.Sources.ToList(), false);
        }
        bool hedged = view.HasHedge(Math.Max(view.Start, at - HedgeWindow), at)
            || entry.Frame == Frame.Noun && view.HasHedge(trigger.EndToken, Math.Min(view.End, trigger.EndToken + HedgeAfterNounWindow));
        return (hedged ? Modality.Possible : Modality.Asserted, null, false);
    }

    private static Stage? ReadStage(SentenceView view, Mention trigger, TriggerEntry entry, Modality modality)
    {
        if (entry.Type != ClaimType.Transfer || modality != Modality.Asserted)
            return null;
        return HasFuture(view, trigger) || PledgedBefore(view, trigger) ? Stage.Pledged : entry.Stage;
    }

    /// <summary>
    /// "berjanji memasok", "promised to send": a giving verb under a verb of pledging; "kontrak pembelian",
    /// "signed a contract with Hanwha Aerospace to buy": a purchase under a deal.
    /// </summary>
    private static bool PledgedBefore(SentenceView view, Mention trigger)
    {
        bool partner = false;
        for (int t = trigger.FirstToken - 1; t >= Math.Max(view.Start, trigger.FirstToken - DealReach); t--)
        {
            var mention = view.MentionAt(t);
            if (mention?.Get<TriggerEntry>() is { Type: ClaimType.Transfer, Stage: Stage.Pledged } && trigger.FirstToken - t <= 2
                || mention?.Get<TriggerEntry>() is { Frame: Frame.Mutual })
                return true;
            if (mention is null)
                continue;
            // The deal's partner between: "with Hanwha Aerospace".
            if (mention.Has<ActorEntry>() && !partner)
            {
                t = mention.FirstToken;
                partner = true;
                continue;
            }
            if (!mention.IsCue(CueKind.RecipientMarker) && !mention.IsCue(CueKind.PartnerMarker))
                return false;
            t = mention.FirstToken;
        }
        return false;
    }

    private static bool HasFuture(SentenceView view, Mention trigger) =>
        view.HasCue(CueKind.Future, Math.Max(view.Start, trigger.FirstToken - FutureWindow), trigger.FirstToken);

    /// <summary>
    /// The date nearest the trigger, leaving out open ranges and the date of the saying
    /// ("told AFP on Feb. 11"), except where the speaker makes the pledge: then it dates the pledge.
    /// </summary>
    private static PartialDate? ReadTime(SentenceView view, Mention trigger, ClaimType type, Stage? stage, string actor, List<SpeechAct> acts)
    {
        bool pledge = stage == Stage.Pledged || type is ClaimType.Support or ClaimType.Agreement;
        DateMention? best = null;
        int bestDistance = int.MaxValue;
        foreach (var date in view.Dates)
        {
            if (date.Value is not { } value || date.OpenRange)
                continue;
            // Rule 9: a pledge is dated when it is made, never by the delivery it schedules ("akan dicairkan tahun depan").
            if (pledge && view.Document.PublicationDate is { } published && value.FirstDay > published)
                continue;
            var reporting = ReportingClauseOf(acts, date, trigger);
            if (reporting is not null && !(pledge && Source.AnyWithCode(reporting.Sources, actor)))
                continue;
            int distance = date.FirstToken >= trigger.EndToken ? date.FirstToken - trigger.EndToken : trigger.FirstToken - date.EndToken + 1;
            // "ditarik pada Januari, namun dikerahkan kembali pada Februari": a date in the verb's own clause comes first.
            if (view.FindCue(CueKind.ClauseBoundary, Math.Min(date.EndToken, trigger.EndToken), Math.Max(date.FirstToken, trigger.FirstToken)) is not null)
                distance += view.End - view.Start;
            if (distance < bestDistance)
            {
                best = date;
                bestDistance = distance;
            }
        }
        return best?.Value;
    }

    /// <summary>The speech act whose reporting clause holds the date ("told AFP on Feb. 11"), if any.</summary>
    private static SpeechAct? ReportingClauseOf(List<SpeechAct> acts, DateMention date, Mention trigger)
    {
        foreach (var act in acts)
        {
            if (date.FirstToken >= act.Cue.EndToken && date.FirstToken < act.ReportingEnd
                && (date.FirstToken < trigger.FirstToken || date.FirstToken > act.Cue.FirstToken && act.Cue.FirstToken > trigger.FirstToken))
                return act;
        }
        return null;
    }

    /// <summary>A pledge told as news with no date of its own is made on the story's day.</summary>
    private static PartialDate? StoryTime(ClaimType type, Stage? stage, PartialDate? storyDate) =>
        stage == Stage.Pledged || type is ClaimType.Support or ClaimType.Agreement ? storyDate : null;

    /// <summary>
    /// The day a story reports: the first full date of its lead ("Kanselir Jerman Olaf Scholz pada
    /// Rabu mengumumkan", "Trudeau announced the purchase on Tuesday") when it falls in the week
    /// before publication, else the publication date.
    /// </summary>
    private static PartialDate? StoryDate(Document document)
    {
        if (document.PublicationDate is not { } published)
            return null;
        int leadEnd = document.Sentences.Length > LeadSentences ? document.Sentences[LeadSentences].FirstToken : document.Tokens.Length;
        foreach (var date in document.Dates)
        {
            if (date.FirstToken >= leadEnd)
                break;
            if (date.OpenRange || date.Value is not { Day: int day, Month: int month } value
                || document.Dateline is { } dateline && dateline.Contains(date.Span))
                continue;
            var reported = new DateOnly(value.Year, month, day);
            if (reported <= published && reported >= published.AddDays(-StoryWeek))
                return value;
        }
        return PartialDate.Of(published);
    }

    private static PlaceRef? ReadPlace(SentenceView view, Mention trigger)
    {
        PlaceRef? best = null;
        int bestDistance = int.MaxValue;
        foreach (var mention in view.Places)
        {
            // A capital is an actor ("Moscow said") unless a place marker makes it a place ("in Moscow").
            if (mention.Has<ActorEntry>() && !HasBefore(view, mention.FirstToken, CueKind.PlaceMarker, 1))
                continue;
            var place = mention.Get<PlaceEntry>()!;
            int distance = Math.Abs(mention.FirstToken - trigger.FirstToken);
            if (distance < bestDistance)
            {
                best = new PlaceRef(place.Place, place.Code, mention.Span, place.Id);
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>
    /// The figures <see cref="Items"/> has already given to an item of its trigger: one list a thread,
    /// emptied for each trigger, instead of a new list for every trigger.
    /// </summary>
    [ThreadStatic]
    private static List<QuantityMention>? t_usedFigures;

    private static List<QuantityMention> NoFiguresUsed()
    {
        var used = t_usedFigures ??= [];
        used.Clear();
        return used;
    }

    /// <summary>
    /// The items of the trigger being read: one list a thread, refilled by <see cref="Items"/> for each trigger.
    /// Only <see cref="FromTrigger"/> and the <see cref="Assemble"/> calls it makes read it, before the next trigger's.
    /// </summary>
    [ThreadStatic]
    private static List<(ItemRef?, Quantity?)>? t_items;

    /// <summary>Items of the claim with their figures; one null item for types without items.</summary>
    private static List<(ItemRef?, Quantity?)> Items(SentenceView view, Mention trigger, Frame frame, ClaimType type, DiscourseMemory memory)
    {
        var items = t_items ??= [];
        items.Clear();
        if (type is ClaimType.Agreement or ClaimType.Support)
        {
            items.Add((null, null));
            return items;
        }
        var phrases = ItemPhrases.Find(view, trigger, frame, type);
        if (phrases.Count == 0)
        {
            if (type is ClaimType.Attack or ClaimType.Withdrawal)
                items.Add((new ItemRef(ItemCategory.Personnel, trigger.Span, trigger.Entries[0].Id), FigureBefore(view, trigger, NoFiguresUsed())));
            else if (trigger.Get<ItemEntry>() is { } own)
                items.Add((new ItemRef(own.Item, trigger.Span, own.Id), FigureBefore(view, trigger, NoFiguresUsed())));
            else if (CargoAfter(view, trigger) is var (cargo, load, carried))
            {
                // Rule 6: "mengirim 10.000 kontainer ke Rusia yang memuat hingga 4,8 juta peluru": the containers
                // count the item they carry, and the item's own figure is a claim too.
                items.Add((cargo, load));
                if (carried is not null)
                    items.Add((cargo, carried));
            }
            else if (MoneyAfter(view, trigger) is { } money)
            {
                // Rule 5: a package or a purchase valued in money whose contents go unlisted is equipment
                // ("menyetujui paket bantuan senilai 61 miliar dolar AS", "kontrak pembelian senilai 375 juta
                // dolar AS"); money given as money is funding.
                var category = frame == Frame.Receive || SizesPackage(view, trigger, money) ? ItemCategory.Equipment : ItemCategory.Funding;
                items.Add((new ItemRef(category, money.Span, trigger.Entries[0].Id), money.Quantity));
            }
            else if (ObjectPointingBack(view, trigger) is { } pronoun && (ItemBefore(view, trigger) ?? memory.LastTransfer()?.Item) is { } told)
                items.Add((told with { Span = pronoun.Span, EntryId = pronoun.Entries[0].Id }, null)); // "could keep supplying them"
            return items;
        }
        // The figures already given to an item: a sentence has few, which a list checks as fast as a set would.
        var used = NoFiguresUsed();
        // "sekitar 4.700 korban", "some 2,700 wounded": a casualty word counts its own figure;
        // "about 1,000 have already arrived", a passive verb the subject it points back to.
        if ((type is ClaimType.Attack or ClaimType.Withdrawal || frame == Frame.Passive && phrases.Count == 1)
            && FigureBefore(view, trigger.FirstToken, trigger.EndToken, used) is { } counted)
        {
            var category = type == ClaimType.Transfer ? phrases[0].Category : ItemCategory.Personnel;
            items.Add((new ItemRef(category, phrases[0].Span, phrases[0].EntryId), counted.Quantity));
            return items;
        }
        Quantity? carriedBy = null;
        foreach (var phrase in phrases)
        {
            var item = type is ClaimType.Attack or ClaimType.Withdrawal
                ? new ItemRef(ItemCategory.Personnel, phrase.Span, phrase.EntryId)
                : new ItemRef(phrase.Category, phrase.Span, phrase.EntryId);
            var figure = (FigureBefore(view, phrase.First, phrase.End, used) ?? ValueAfter(view, phrase.End, used))?.Quantity;
            // Rule 6: "13.000 kontainer berisi peluru artileri, rudal, dan roket": the containers carry every item listed.
            if (figure?.Unit is { } unit && CargoUnits.Contains(unit))
                carriedBy = figure;
            items.Add((item, figure ?? carriedBy));
            if (type is ClaimType.Attack or ClaimType.Withdrawal)
                return items;
        }
        return items;
    }

    /// <summary>"supplying them", "supply more": an object that stands for the item told before.</summary>
    private static Mention? ObjectPointingBack(SentenceView view, Mention trigger) =>
        trigger.EndToken < view.End && view.MentionAt(trigger.EndToken) is { } next && next.FirstToken == trigger.EndToken
        && next.IsCue(CueKind.ObjectAnaphor) ? next : null;

    /// <summary>The last item named before the trigger in its sentence: "had hundreds of thousands of the rounds ... supplying them".</summary>
    private static ItemRef? ItemBefore(SentenceView view, Mention trigger)
    {
        for (int i = view.Items.Count - 1; i >= 0; i--)
        {
            if (view.Items[i].EndToken <= trigger.FirstToken && view.Items[i].Get<ItemEntry>() is { } entry)
                return new ItemRef(entry.Item, view.Items[i].Span, entry.Id);
        }
        return null;
    }

    private static Quantity? FigureBefore(SentenceView view, Mention mention, List<QuantityMention> used) =>
        FigureBefore(view, mention.FirstToken, mention.EndToken, used)?.Quantity;

    /// <summary>
    /// The figure standing before an item: "200 artileri", "sekitar 11.000 tentara", "$660 million of
    /// Hellfire missiles", "senjata 200 artileri". A figure in parentheses after another is a
    /// conversion ("2.3 billion pounds ($2.8 billion)") and is passed over.
    /// </summary>
    private static QuantityMention? FigureBefore(SentenceView view, int first, int end, List<QuantityMention> used)
    {
        for (int q = view.Quantities.Count - 1; q >= 0; q--)
        {
            var quantity = view.Quantities[q];
            // "92 weapons shipments": the item's own words are the figure's unit.
            if (quantity.FirstToken < first && quantity.EndToken == end && !used.Contains(quantity))
            {
                used.Add(quantity);
                return quantity;
            }
            if (quantity.EndToken > first)
                continue;
            if (view.WordsBetween(quantity.EndToken, first) > QuantityGap || used.Contains(quantity))
                return null;
            if (IsConversion(view, quantity))
                continue;
            if (!OnlyModifiersBetween(view, quantity.EndToken, first))
                return null;
            used.Add(quantity);
            return quantity;
        }
        return null;
    }

    private static readonly HashSet<string> CargoUnits = ["containers", "shipments", "railcars", "tonnes"];

    /// <summary>A figure of containers or shipments right after the trigger, and the item named later in the sentence.</summary>
    private static (ItemRef, Quantity, Quantity?)? CargoAfter(SentenceView view, Mention trigger)
    {
        var load = view.Quantities.FirstOrDefault(q => q.FirstToken >= trigger.EndToken && q.FirstToken - trigger.EndToken <= QuantityGap);
        if (load?.Quantity?.Unit is not { } unit || !CargoUnits.Contains(unit))
            return null;
        var item = view.Items.FirstOrDefault(m => m.FirstToken >= load.EndToken);
        if (item?.Get<ItemEntry>() is not { } entry)
            return null;
        var own = FigureBefore(view, item.FirstToken, item.EndToken, [load]);
        return (new ItemRef(entry.Item, item.Span, entry.Id), load.Quantity, own?.Quantity);
    }

    /// <summary>Whether a transfer noun with no item of its own ("aid package", "paket bantuan") is the trigger or stands next to the sum.</summary>
    private static bool SizesPackage(SentenceView view, Mention trigger, QuantityMention money)
    {
        int end = Math.Min(view.End, money.EndToken + 1);
        for (int t = trigger.FirstToken; t < end; t++)
        {
            if (view.MentionAt(t) is { } mention && !mention.Has<ItemEntry>()
                && mention.Get<TriggerEntry>() is { Type: ClaimType.Transfer, Frame: Frame.Noun })
                return true;
        }
        return false;
    }

    /// <summary>"Iran gives Hezbollah around $700 million a year": a sum of money right after the verb and its recipient.</summary>
    private static QuantityMention? MoneyAfter(SentenceView view, Mention trigger)
    {
        foreach (var quantity in view.Quantities)
        {
            if (quantity.FirstToken < trigger.EndToken)
                continue;
            if (quantity.FirstToken - trigger.EndToken > QuantityGap)
                return null;
            return quantity.Quantity?.IsMoney == true ? quantity : null;
        }
        return null;
    }

    /// <summary>
    /// A sum given again in another currency: "2.3 billion pounds ($2.8 billion)", "8,1 miliar
    /// dolar AS, atau sekitar Rp 126 triliun".
    /// </summary>
    private static bool IsConversion(SentenceView view, QuantityMention quantity)
    {
        if (quantity.FirstToken > view.Start && view.TokenText(quantity.FirstToken - 1) is "("
            && quantity.EndToken < view.End && view.TokenText(quantity.EndToken) is ")")
            return true;
        if (quantity.Quantity?.IsMoney != true)
            return false;
        int index = view.Quantities.IndexOf(quantity);
        if (index == 0 || view.Quantities[index - 1] is not { Quantity.IsMoney: true } before)
            return false;
        for (int t = before.EndToken; t < quantity.FirstToken; t++)
        {
            var mention = view.MentionAt(t);
            bool joiner = view.TokenText(t) is "," || mention is not null && (mention.IsCue(CueKind.Coordination) || mention.IsCue(CueKind.Approx));
            if (!joiner)
                return false;
        }
        return quantity.FirstToken > before.EndToken;
    }

    private static QuantityMention? ValueAfter(SentenceView view, int end, List<QuantityMention> used)
    {
        if (view.FindCue(CueKind.ValueMarker, end, Math.Min(view.End, end + 2)) is not { } marker)
            return null;
        foreach (var quantity in view.Quantities)
        {
            if (quantity.FirstToken >= marker.EndToken && quantity.FirstToken - marker.EndToken <= ValueWindow && !used.Contains(quantity))
            {
                used.Add(quantity);
                return quantity;
            }
        }
        return null;
    }

    /// <summary>
    /// No other item, trigger, comma or argument marker between a figure and its item. A state
    /// may stand there as an adjective ("three U.S. Virginia-class submarines").
    /// </summary>
    private static bool OnlyModifiersBetween(SentenceView view, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            var text = view.TokenText(t);
            if (text is "," or ";" or ":" || view.IsQuoteMark(t))
                return false;
            var mention = view.MentionAt(t);
            if (mention is null)
                continue;
            if (mention.Has<ItemEntry>() || mention.Has<TriggerEntry>() || IsArgumentMarker(mention))
                return false;
        }
        return true;
    }

    private static readonly ulong ArgumentMarkers = CueMasks.Of(CueKind.RecipientMarker, CueKind.SourceMarker, CueKind.AgentMarker,
        CueKind.PartnerMarker, CueKind.OpponentMarker);

    private static bool IsArgumentMarker(Mention mention) => mention.IsAnyCue(ArgumentMarkers);

    internal static bool HasBefore(SentenceView view, int token, CueKind kind, int window)
    {
        for (int t = token - 1; t >= Math.Max(view.Start, token - window); t--)
        {
            var mention = view.MentionAt(t);
            if (mention is not null && mention.IsCue(kind))
                return true;
        }
        return false;
    }
}
