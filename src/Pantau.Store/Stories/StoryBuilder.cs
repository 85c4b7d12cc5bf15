using Pantau.Numbers;

namespace Pantau.Store.Stories;

/// <summary>What story building needs of one claim, and what a story's summary counts.</summary>
public sealed record StoryClaim(
    long DocumentId, int Ordinal, string Type, string Actor, string Recipient, string? Item,
    Quantity? Quantity, DateOnly? TimeStart, DateOnly? TimeEnd, DateOnly? Published)
{
    public string Modality { get; init; } = "asserted";

    public string? Language { get; init; }

    /// <summary>The document's syndication origin (itself when it is no copy).</summary>
    public long OriginId { get; init; }

    /// <summary>Attribution codes.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The claim's own time, else its document's publication date.</summary>
    public DateOnly? Start => TimeStart ?? Published;

    public DateOnly? End => TimeEnd ?? Published;

    /// <summary>What a story shares: type, actor, recipient and item; an agreement's parties in code order.</summary>
    public (string Type, string A, string B, string? Item) Key =>
        Type == "agreement" && string.CompareOrdinal(Actor, Recipient) > 0 ? (Type, Recipient, Actor, Item) : (Type, Actor, Recipient, Item);
}

/// <summary>A story as built: its key, its claims (the first is its anchor, the earliest claim).</summary>
public sealed record BuiltStory((string Type, string A, string B, string? Item) Key, IReadOnlyList<StoryClaim> Claims)
{
    public StoryClaim Anchor => Claims[0];
}

/// <summary>
/// Groups claims into stories, deterministically: the same claims and rules give the same stories
/// whichever database they come from. Within one key, dated claims are taken in time order and
/// each joins the first story it is compatible with (time within the window after the story's
/// latest time; figures within <see cref="StoryRules.FigureRatio"/> when set), else starts one.
/// Claims with neither a time nor a publication date join the key's largest story, or form one.
/// </summary>
public static class StoryBuilder
{
    public static IReadOnlyList<BuiltStory> Build(IEnumerable<StoryClaim> claims, StoryRules rules)
    {
        var stories = new List<BuiltStory>();
        foreach (var group in claims.GroupBy(c => c.Key))
        {
            var open = new List<(List<StoryClaim> Members, DateOnly End)>();
            var ordered = group
                .Where(c => c.Start is not null)
                .OrderBy(c => c.Start).ThenBy(c => c.End).ThenBy(c => c.DocumentId).ThenBy(c => c.Ordinal);
            foreach (var claim in ordered)
            {
                int index = open.FindIndex(s =>
                    claim.Start!.Value.DayNumber - s.End.DayNumber <= rules.WindowDays && FiguresAgree(s.Members, claim, rules));
                if (index < 0)
                {
                    open.Add(([claim], claim.End!.Value));
                    continue;
                }
                var story = open[index];
                story.Members.Add(claim);
                open[index] = (story.Members, claim.End!.Value > story.End ? claim.End.Value : story.End);
            }
            var undated = group.Where(c => c.Start is null).OrderBy(c => c.DocumentId).ThenBy(c => c.Ordinal).ToList();
            if (undated.Count > 0)
            {
                if (open.Count == 0)
                    open.Add(([], DateOnly.MinValue));
                open.OrderByDescending(s => s.Members.Count).First().Members.AddRange(undated);
            }
            stories.AddRange(open.Select(s => new BuiltStory(group.Key, s.Members)));
        }
        return stories;
    }

    private static bool FiguresAgree(List<StoryClaim> members, StoryClaim claim, StoryRules rules)
    {
        if (rules.FigureRatio <= 0 || Figure(claim.Quantity) is not { } figure || figure <= 0)
            return true;
        foreach (var member in members)
        {
            if (member.Quantity?.Unit != claim.Quantity!.Unit || Figure(member.Quantity) is not { } other || other <= 0)
                continue;
            if (Math.Max(figure, other) / Math.Min(figure, other) > rules.FigureRatio)
                return false;
        }
        return true;
    }

    /// <summary>One number for a figure: the value, else the lower bound, else the upper.</summary>
    internal static decimal? Figure(Quantity? quantity) => quantity is null ? null : quantity.Value ?? quantity.Min ?? quantity.Max;
}
