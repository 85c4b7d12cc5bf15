using Pantau.Languages;
using Pantau.Text;

namespace Pantau.Pipeline;

/// <summary>
/// Resolves names a story uses for actors it named before, so that later stages see them as
/// actors: "the bloc" or "blok itu" is the organisation named last ("Uni Eropa"), and a person
/// named in full ("Shin Won-sik", "Petr Fiala") is later "Shin" or "Fiala". A resolved mention
/// keeps its own words and gains the actor's row, so evidence still points at the text.
/// </summary>
public sealed class ReferenceStage : IDocumentStage
{
    public void Process(Document document)
    {
        var gazetteer = document.Language.Gazetteer;
        var mentions = document.Mentions;
        // Most documents have nothing to resolve: the list and its index are copied only at the first change.
        List<Mention>? resolved = null;
        // Made at the first short form learned: most documents name no person with one.
        Dictionary<string, ActorEntry>? aliases = null;
        // The first characters of the aliases, a bit each (by their low six bits): most words start with
        // none of them and are passed over without hashing them for the dictionary.
        ulong aliasStarts = 0;
        ActorEntry? lastOrganization = null;
        // The actors named since the last organization was looked for: whether one is an organization is asked
        // only when an anaphor needs the answer, and few documents have one.
        var named = t_named ??= [];
        named.Clear();
        // Mention by mention; the words between them are looked at only once there are aliases to find.
        int after = 0;
        for (int m = 0; m < mentions.Count; m++)
        {
            var original = mentions[m];
            if (aliases is not null)
                ResolveAliases(document, after, original.FirstToken, aliases, aliasStarts, mentions, m, ref resolved);
            var mention = InOffice(original, document.PublicationDate);
            if (mention.IsCue(CueKind.OrganizationAnaphor) && !mention.Has<ActorEntry>() && LastOrganization(gazetteer, named, ref lastOrganization) is { } organization)
                mention = mention with { Entries = [.. mention.Entries, organization with { Form = document.SliceString(mention.Span) }] };
            else if (mention.Get<ActorEntry>() is { } actor)
            {
                named.Add(actor);
                if (actor.Role is ActorRole.Leader or ActorRole.Official)
                    aliasStarts |= LearnAliases(document, mention, actor, ref aliases);
            }
            if (resolved is not null || !ReferenceEquals(mention, original))
                Resolved(ref resolved, mentions, m).Add(mention);
            after = mention.EndToken;
        }
        if (aliases is not null)
            ResolveAliases(document, after, document.Tokens.Length, aliases, aliasStarts, mentions, mentions.Count, ref resolved);
        if (resolved is null)
            return;
        document.Mentions = resolved;
        // A resolved mention covers the tokens of the one it replaces, an alias a token no mention
        // covered: the index is brought up to date where it stands.
        foreach (var mention in resolved)
            document.Index.Cover(mention);
    }

    /// <summary>The actors <see cref="Process"/> has yet to ask about: one list a thread, emptied for each document.</summary>
    [ThreadStatic]
    private static List<ActorEntry>? t_named;

    /// <summary>
    /// The organization named last: the last of <paramref name="named"/> that is one, else <paramref name="last"/>,
    /// the one found before them. <paramref name="named"/> is emptied, <paramref name="last"/> brought up to date.
    /// </summary>
    private static ActorEntry? LastOrganization(Gazetteer gazetteer, List<ActorEntry> named, ref ActorEntry? last)
    {
        for (int i = named.Count - 1; i >= 0; i--)
        {
            if (gazetteer.IsOrganization(named[i].Code))
            {
                last = named[i];
                break;
            }
        }
        named.Clear();
        return last;
    }

    /// <summary>
    /// "Shin" on its own, after "Shin Won-sik": a word of a name told before, written as a name, in the tokens
    /// <c>[from, to)</c> between mentions; <paramref name="kept"/> mentions come before them.
    /// </summary>
    private static void ResolveAliases(Document document, int from, int to, Dictionary<string, ActorEntry> aliases, ulong aliasStarts,
        List<Mention> mentions, int kept, ref List<Mention>? resolved)
    {
        for (int t = from; t < to; t++)
        {
            if (document.Tokens[t].Kind == TokenKind.Word && (aliasStarts & StartBit(document.TokenText(t))) != 0
                && aliases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.TokenText(t), out var person))
                Resolved(ref resolved, mentions, kept).Add(new Mention(t, t + 1, document.Tokens[t].Span, [person]));
        }
    }

    /// <summary>The resolved list, made at the first change from the <paramref name="kept"/> mentions before it.</summary>
    private static List<Mention> Resolved(ref List<Mention>? resolved, List<Mention> mentions, int kept)
    {
        if (resolved is null)
        {
            resolved = new List<Mention>(mentions.Count + 1);
            for (int m = 0; m < kept; m++)
                resolved.Add(mentions[m]);
        }
        return resolved;
    }

    /// <summary>
    /// "Rutte" is the Dutch prime minister in a 2023 story and NATO's secretary general in a 2025
    /// one: of the terms a name has, the one the story's date falls in (else the nearest; with no
    /// date, the one still running). Names without terms are kept as they are.
    /// </summary>
    private static Mention InOffice(Mention mention, DateOnly? published)
    {
        // Two termed rows at least, so two rows: most actors have one.
        if (!mention.Has<ActorEntry>() || mention.Entries.Count < 2)
            return mention;
        int termed = 0;
        ActorEntry? best = null;
        var entries = mention.Entries;
        // Indexed loop: a foreach over IReadOnlyList boxes its enumerator, for every mention of every document.
        for (int i = 0; i < entries.Count; i++)
        {
            if (entries[i] is not ActorEntry { Term: { } term } actor)
                continue;
            termed++;
            if (best is null || (published is { } day ? term.DistanceTo(day) < best.Term!.DistanceTo(day) : term.Until is null))
                best = actor;
        }
        return termed < 2 ? mention : WithTermIn(mention, best);
    }

    /// <summary>
    /// The mention with one of its termed names, <paramref name="best"/>, and its other rows. A method of its
    /// own: a lambda over <c>best</c> in <see cref="InOffice"/> would cost a closure for every actor mention.
    /// </summary>
    private static Mention WithTermIn(Mention mention, ActorEntry? best) =>
        mention with { Entries = [.. mention.Entries.Where(e => e is not ActorEntry { Term: not null } || e == best)] };

    /// <summary>
    /// The short forms of a person just named in full ("Shin" after "Shin Won-sik"); the last person named
    /// wins. Returns the <see cref="StartBit"/>s of the forms learned.
    /// </summary>
    private static ulong LearnAliases(Document document, Mention mention, ActorEntry person, ref Dictionary<string, ActorEntry>? aliases)
    {
        ulong starts = 0;
        // Most words of a leader's mention are no short form: only those found are made strings.
        var shortForms = document.Language.PersonShortForms.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int t = mention.FirstToken; t < mention.EndToken; t++)
        {
            if (shortForms.TryGetValue(document.TokenText(t), out var word))
            {
                aliases ??= new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
                aliases[word] = person with { Form = word };
                starts |= StartBit(word);
            }
        }
        return starts;
    }

    private static ulong StartBit(ReadOnlySpan<char> word) => word.IsEmpty ? 0 : 1UL << (word[0] & 63);
}
