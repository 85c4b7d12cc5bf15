using Pantau.Pipeline;

namespace Pantau.Claims;

/// <summary>
/// A claim the document repeats becomes one claim with several pieces of evidence: the same
/// type, parties, item, modality and figure. Attribution is the union of the speakers; time,
/// place and stage the first known. A figure repeated without its "about" (a headline's "50
/// guns" for the body's "about 50 guns") is the same figure: the hedged one is kept.
/// </summary>
public sealed class MergeStage : IDocumentStage
{
    public void Process(Document document)
    {
        var merged = new List<Claim>();
        var byKey = new Dictionary<(Languages.ClaimType, string, string, Languages.ItemCategory?, Modality, Numbers.Quantity?), Claim>();
        foreach (var claim in document.Claims.OrderByDescending(c => c.Quantity?.Approx == true))
        {
            var key = claim.Quantity is { Approx: false } q && byKey.ContainsKey(claim.Key with { Item6 = q with { Approx = true } })
                ? claim.Key with { Item6 = q with { Approx = true } }
                : claim.Key;
            if (!byKey.TryGetValue(key, out var first))
            {
                byKey[key] = claim;
                merged.Add(claim);
                continue;
            }
            foreach (var evidence in claim.Evidence)
            {
                if (!first.Evidence.Contains(evidence))
                    first.Evidence.Add(evidence);
            }
            foreach (var source in claim.Attribution)
            {
                if (!first.Attribution.Exists(s => s.Code == source.Code))
                    first.Attribution.Add(source);
            }
            foreach (var id in claim.LexiconIds)
            {
                if (!first.LexiconIds.Contains(id))
                    first.LexiconIds.Add(id);
            }
            first.Time ??= claim.Time;
            first.Place ??= claim.Place;
            first.Stage ??= claim.Stage;
        }
        foreach (var claim in merged)
            claim.Evidence.Sort((a, b) => a.Sentence.Start != b.Sentence.Start ? a.Sentence.Start.CompareTo(b.Sentence.Start) : a.Trigger.Start.CompareTo(b.Trigger.Start));
        document.Claims.Clear();
        // Claims stay in the order of their first evidence.
        document.Claims.AddRange(merged.OrderBy(c => c.Evidence[0].Sentence.Start).ThenBy(c => c.Evidence[0].Trigger.Start));
    }
}
