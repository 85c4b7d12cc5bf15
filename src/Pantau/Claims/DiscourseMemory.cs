namespace Pantau.Claims;

/// <summary>
/// What a reader remembers while reading one document: the last speakers (for "the official",
/// "katanya", quotes continued across sentences), the claims so far (for "the deployment",
/// "both countries", and a missing recipient of the same actor), and the states named last.
/// </summary>
internal sealed class DiscourseMemory
{
    private readonly List<string> _recentActors = [];

    public IReadOnlyList<Source> LastSpeakers { get; private set; } = [];

    /// <summary>The sentence index where <see cref="LastSpeakers"/> spoke.</summary>
    public int LastSpeechSentence { get; private set; } = -1;

    /// <summary>Whether a quotation opened in an earlier sentence is still open.</summary>
    public bool QuoteOpen { get; set; }

    public List<Claim> Claims { get; } = [];

    /// <summary>The day the story reports, for pledges it does not date (<c>ClaimStage.StoryDate</c>).</summary>
    public Dates.PartialDate? StoryDate { get; init; }

    public void Spoke(IReadOnlyList<Source> speakers, int sentence)
    {
        if (speakers.Count == 0)
            return;
        LastSpeakers = speakers;
        LastSpeechSentence = sentence;
    }

    /// <summary>Whether the story has named this actor or made it a party of a claim.</summary>
    public bool IsNamed(string code) =>
        _recentActors.Contains(code) || Claims.Exists(c => c.Actor.Code == code || c.Recipient.Code == code);

    public void Named(string code)
    {
        // Named again right after itself, as most actors are: already last.
        if (_recentActors.Count > 0 && _recentActors[^1] == code)
            return;
        _recentActors.Remove(code);
        _recentActors.Add(code);
    }

    /// <summary>The parties of "both countries": those of the last claim between two states, else the last two named.</summary>
    public (string, string)? LastPair()
    {
        for (int i = Claims.Count - 1; i >= 0; i--)
        {
            if (Claims[i].Actor.Code != Claims[i].Recipient.Code)
                return (Claims[i].Actor.Code, Claims[i].Recipient.Code);
        }
        return _recentActors.Count >= 2 ? (_recentActors[^2], _recentActors[^1]) : null;
    }

    /// <summary>The most recent transfer told as true or possible, for "the deployment" or "pengerahan tersebut".</summary>
    public Claim? LastTransfer(Func<Claim, bool>? also = null)
    {
        // Loops here and below rather than LastOrDefault with a lambda over the arguments, which would
        // cost a closure and a delegate at every call: the claim rules ask for every trigger.
        for (int i = Claims.Count - 1; i >= 0; i--)
        {
            if (IsTold(Claims[i]) && (also is null || also(Claims[i])))
                return Claims[i];
        }
        return null;
    }

    /// <summary>
    /// The items of the transfer <paramref name="referent"/> belongs to: the claims between the
    /// same parties told just before it, back to the last transfer between other parties.
    /// </summary>
    public List<ItemRef?> ItemsOf(Claim referent)
    {
        var items = new List<ItemRef?>();
        for (int i = Claims.IndexOf(referent); i >= 0; i--)
        {
            var claim = Claims[i];
            if (!IsTold(claim))
                continue;
            if (claim.Actor.Code != referent.Actor.Code || claim.Recipient.Code != referent.Recipient.Code)
                break;
            items.Add(claim.Item);
        }
        return items;
    }

    /// <summary>
    /// The last transfer between two parties of this item, either way; else the last one in the
    /// direction the document tells most often.
    /// </summary>
    public Claim TransferBetween(string a, string b, Languages.ItemCategory? item)
    {
        var between = Claims.Where(c => IsTold(c) && (c.Actor.Code == a && c.Recipient.Code == b || c.Actor.Code == b && c.Recipient.Code == a)).ToList();
        if (item is not null && between.LastOrDefault(c => c.Item?.Category == item) is { } same)
            return same;
        int forward = between.Count(c => c.Actor.Code == a);
        return between.Last(c => c.Actor.Code == (forward * 2 >= between.Count ? a : b));
    }

    private static bool IsTold(Claim claim) =>
        claim.Type == Languages.ClaimType.Transfer && claim.Modality is Modality.Asserted or Modality.Possible;

    /// <summary>The recipient the document last gave to this actor's support.</summary>
    public ActorRef? LastRecipientOf(string actor)
    {
        Claim? any = null;
        for (int i = Claims.Count - 1; i >= 0; i--)
        {
            if (Claims[i].Actor.Code != actor)
                continue;
            if (Claims[i].Type == Languages.ClaimType.Transfer)
                return Claims[i].Recipient;
            any ??= Claims[i];
        }
        return any?.Recipient;
    }

    /// <summary>The supplier the document last named for this recipient.</summary>
    public ActorRef? LastActorFor(string recipient, Languages.ClaimType type)
    {
        for (int i = Claims.Count - 1; i >= 0; i--)
        {
            if (Claims[i].Recipient.Code == recipient && Claims[i].Type == type)
                return Claims[i].Actor;
        }
        return null;
    }

    /// <summary>"Indonesia dan Vietnam ... membeli rudal serupa": the supplier the story gave for this item.</summary>
    public ActorRef? LastSupplierOf(Languages.ItemCategory item, string buyer) =>
        Claims.LastOrDefault(c => IsTold(c) && c.Item?.Category == item && c.Actor.Code != buyer)?.Actor;
}
