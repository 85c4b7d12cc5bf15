using Pantau.Dates;
using Pantau.Languages;
using Pantau.Numbers;
using Pantau.Text;

namespace Pantau.Claims;

public enum Modality { Asserted, Possible, Denied, Unconfirmed }

/// <summary>
/// An actor as the claim uses it. <see cref="Span"/> and <see cref="EntryId"/> point at the
/// words that named it; both are null when it was resolved from earlier text ("both countries").
/// </summary>
public sealed record ActorRef(string Code, TextSpan? Span, string? EntryId, ActorRole? Role);

public sealed record ItemRef(ItemCategory Category, TextSpan Span, string EntryId);

public sealed record PlaceRef(string Name, string Code, TextSpan Span, string EntryId);

/// <summary>
/// Who says so: a state, organisation, MEDIA or EXPERT code, with the words that named the
/// speaker, whether the speaker is anonymous, and the outlet the words were given to ("told AFP").
/// </summary>
public sealed record Source(string Code, TextSpan? Span, string? EntryId, bool Anonymous, string? Channel)
{
    /// <summary>
    /// Whether one of <paramref name="sources"/> has this code. A loop rather than <c>Exists</c> with a lambda,
    /// which would cost a closure and a delegate at every call: the claim rules ask this for every claim.
    /// </summary>
    internal static bool AnyWithCode(IReadOnlyList<Source> sources, string code)
    {
        for (int i = 0; i < sources.Count; i++)
        {
            if (sources[i].Code == code)
                return true;
        }
        return false;
    }
}

/// <summary>Where a claim is made: the sentence and the trigger words inside it.</summary>
public readonly record struct Evidence(TextSpan Sentence, TextSpan Trigger);

/// <summary>One claim of military support, as FORMAT.md defines it, with the evidence for it.</summary>
public sealed class Claim
{
    public required ClaimType Type { get; init; }

    public required ActorRef Actor { get; set; }

    public required ActorRef Recipient { get; set; }

    public ItemRef? Item { get; init; }

    public Quantity? Quantity { get; set; }

    public Modality Modality { get; set; }

    public Stage? Stage { get; set; }

    public List<Source> Attribution { get; init; } = [];

    public PartialDate? Time { get; set; }

    /// <summary>The time is the story's day (its lead's date or publication date), assumed for a pledge the text does not date.</summary>
    public bool TimeAssumed { get; set; }

    public PlaceRef? Place { get; set; }

    public List<Evidence> Evidence { get; init; } = [];

    /// <summary>The rule that assembled the claim, e.g. "transfer.give".</summary>
    public required string Rule { get; init; }

    /// <summary>Ids of the lexicon rows that produced the claim ("id/triggers.tsv:12").</summary>
    public List<string> LexiconIds { get; init; } = [];

    /// <summary>The key two mentions of one claim share: FORMAT.md's scoring key plus the figure.</summary>
    public (ClaimType, string, string, ItemCategory?, Modality, Quantity?) Key
    {
        get
        {
            var (a, r) = Type == ClaimType.Agreement && string.CompareOrdinal(Actor.Code, Recipient.Code) > 0
                ? (Recipient.Code, Actor.Code)
                : (Actor.Code, Recipient.Code);
            return (Type, a, r, Item?.Category, Modality, Quantity);
        }
    }
}
