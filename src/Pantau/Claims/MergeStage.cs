using System.Runtime.InteropServices;
using Pantau.Pipeline;

namespace Pantau.Claims;

/// <summary>
/// A claim the document repeats becomes one claim with several pieces of evidence: the same
/// type, parties, item, modality and figure. Attribution is the union of the speakers; time,
/// place and stage the first known. A figure repeated without its "about" (a headline's "50
/// guns" for the body's "about 50 guns") is the same figure: the hedged one is kept.
/// Claims keep the order in which they were first made.
/// </summary>
public sealed class MergeStage : IDocumentStage
{
    public void Process(Document document)
    {
        // One claim or none: nothing to merge, and a new claim's single piece of evidence needs no
        // sorting; such documents are spared the grouping's dictionaries.
        if (document.Claims.Count < 2)
            return;
        // A document with no figure given with an "about" needs no table of hedged claims.
        var hedged = document.Claims.Exists(c => c.Quantity is { Approx: true })
            ? document.Claims
                .Where(c => c.Quantity is { Approx: true })
                .GroupBy(c => c.Key with { Item6 = c.Quantity! with { Approx = false } })
                .ToDictionary(g => g.Key, g => g.First())
            : null;
        var merged = new List<Claim>();
        var byKey = new Dictionary<(Languages.ClaimType, string, string, Languages.ItemCategory?, Modality, Numbers.Quantity?), Claim>();
        foreach (var claim in document.Claims)
        {
            // A claim's key is worked out once: it hashes two strings and a figure.
            var own = claim.Key;
            Claim? approximate = null;
            var key = hedged is not null && hedged.TryGetValue(own, out approximate) ? approximate.Key : own;
            // Looked up and added with one hashing of the key.
            ref var kept = ref CollectionsMarshal.GetValueRefOrAddDefault(byKey, key, out bool exists);
            if (!exists)
            {
                kept = approximate ?? claim;
                merged.Add(kept);
                if (kept == claim)
                    continue;
            }
            Absorb(kept!, claim);
        }
        foreach (var claim in merged)
            claim.Evidence.Sort((a, b) => a.Sentence.Start != b.Sentence.Start ? a.Sentence.Start.CompareTo(b.Sentence.Start) : a.Trigger.Start.CompareTo(b.Trigger.Start));
        document.Claims.Clear();
        document.Claims.AddRange(merged);
    }

    private static void Absorb(Claim kept, Claim repeat)
    {
        if (kept == repeat)
            return;
        foreach (var evidence in repeat.Evidence)
        {
            if (!kept.Evidence.Contains(evidence))
                kept.Evidence.Add(evidence);
        }
        foreach (var source in repeat.Attribution)
        {
            if (!Source.AnyWithCode(kept.Attribution, source.Code))
                kept.Attribution.Add(source);
        }
        foreach (var id in repeat.LexiconIds)
        {
            if (!kept.LexiconIds.Contains(id))
                kept.LexiconIds.Add(id);
        }
        // A date the text gives beats one assumed from the publication date (a headline's pledge).
        if (kept.Time is null || kept.TimeAssumed && repeat.Time is not null && !repeat.TimeAssumed)
        {
            kept.Time = repeat.Time;
            kept.TimeAssumed = repeat.TimeAssumed;
        }
        kept.Place ??= repeat.Place;
        kept.Stage ??= repeat.Stage;
    }
}
