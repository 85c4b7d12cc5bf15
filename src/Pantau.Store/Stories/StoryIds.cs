namespace Pantau.Store.Stories;

/// <summary>
/// Gives rebuilt stories the ids they had, so that <c>pantau story 17</c> still means the same
/// story after another ingest. A story keeps the id of the old story whose anchor (earliest
/// claim) it still starts with; else it takes the id of the old story most of its claims belonged
/// to (two stories that merge keep the older id); else it gets a new id, never one used before.
/// </summary>
public static class StoryIds
{
    /// <param name="stories">The stories just built.</param>
    /// <param name="oldAnchors">Each old story's anchor claim (document, ordinal) and id.</param>
    /// <param name="oldMembership">Each claim's old story id.</param>
    /// <param name="nextId">The smallest id never given; advanced past the ids given here.</param>
    public static long[] Assign(
        IReadOnlyList<BuiltStory> stories,
        IReadOnlyDictionary<(long, int), long> oldAnchors,
        IReadOnlyDictionary<(long, int), long> oldMembership,
        ref long nextId)
    {
        var ids = new long[stories.Count];
        var taken = new HashSet<long>();
        // Visit stories in a fixed order so that new ids follow time, then document order.
        var order = Enumerable.Range(0, stories.Count)
            .OrderBy(i => stories[i].Anchor.Start ?? DateOnly.MaxValue)
            .ThenBy(i => stories[i].Anchor.DocumentId).ThenBy(i => stories[i].Anchor.Ordinal)
            .ToList();
        foreach (int i in order)
        {
            var anchor = stories[i].Anchor;
            if (oldAnchors.TryGetValue((anchor.DocumentId, anchor.Ordinal), out long id) && taken.Add(id))
                ids[i] = id;
        }
        foreach (int i in order)
        {
            if (ids[i] != 0)
                continue;
            var inherited = stories[i].Claims
                .Select(c => oldMembership.TryGetValue((c.DocumentId, c.Ordinal), out long old) ? old : 0)
                .Where(old => old != 0 && !taken.Contains(old))
                .GroupBy(old => old)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                .Select(g => g.Key)
                .FirstOrDefault();
            if (inherited != 0)
            {
                taken.Add(inherited);
                ids[i] = inherited;
            }
        }
        foreach (int i in order)
        {
            if (ids[i] == 0)
                ids[i] = nextId++;
        }
        return ids;
    }
}
