using Pantau.Pipeline;

namespace Pantau.Claims;

/// <summary>
/// A claim the document repeats becomes one claim with several pieces of evidence: the same
/// type, parties, item, modality and figure. Attribution is the union of the speakers; time,
/// place and stage the first known.
/// </summary>
public sealed class MergeStage : IDocumentStage
{
    public void Process(Document document)
    {
        var merged = new List<Claim>();
        var byKey = new Dictionary<(Languages.ClaimType, string, string, Languages.ItemCategory?, Modality, Numbers.Quantity?), Claim>();
        foreach (var claim in document.Claims)
        {
            if (!byKey.TryGetValue(claim.Key, out var first))
            {
                byKey[claim.Key] = claim;
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
        document.Claims.Clear();
        document.Claims.AddRange(merged);
    }
}
