using System.Globalization;
using Pantau.Store.Model;

namespace Pantau.Store.Stories;

/// <summary>Computes the summary columns of a built story (see <see cref="StorySummary"/>).</summary>
public static class StorySummaries
{
    private static readonly string[] ModalityOrder = ["asserted", "possible", "unconfirmed", "denied"];

    public static StorySummary Summarize(long id, BuiltStory story)
    {
        var claims = story.Claims;
        return new StorySummary
        {
            Id = id,
            Type = story.Key.Type,
            Actor = story.Key.A,
            Recipient = story.Key.B,
            Item = story.Key.Item,
            FirstSeen = Min(claims.Select(c => c.Published)),
            LastSeen = Max(claims.Select(c => c.Published)),
            TimeStart = Min(claims.Select(c => c.TimeStart)),
            TimeEnd = Max(claims.Select(c => c.TimeEnd)),
            Claims = claims.Count,
            Documents = claims.Select(c => c.DocumentId).Distinct().Count(),
            Origins = claims.Select(c => c.OriginId).Distinct().Count(),
            Languages = claims.Select(c => c.Language).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(),
            Sources = claims.SelectMany(c => c.Sources).GroupBy(s => s)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList(),
            Figures = FigureRange(claims),
            Modalities = string.Join(", ", claims.GroupBy(c => c.Modality)
                .OrderBy(g => Array.IndexOf(ModalityOrder, g.Key) is var i && i < 0 ? int.MaxValue : i)
                .Select(g => $"{g.Key} {g.Count()}")),
        };
    }

    /// <summary>"10,000–12,000; 1,500,000,000 USD": the lowest and highest bound reported, per unit, never an average.</summary>
    public static string FigureRange(IEnumerable<StoryClaim> claims)
    {
        var parts = new List<string>();
        foreach (var unit in claims.Where(c => c.Quantity is not null).GroupBy(c => c.Quantity!.Unit).OrderBy(g => g.Key is null ? "" : g.Key, StringComparer.Ordinal))
        {
            var low = unit.Select(c => c.Quantity!.Value ?? c.Quantity.Min ?? c.Quantity.Max).Min();
            var high = unit.Select(c => c.Quantity!.Value ?? c.Quantity.Max ?? c.Quantity.Min).Max();
            if (low is null || high is null)
                continue;
            var range = low == high ? Number(low.Value) : $"{Number(low.Value)}–{Number(high.Value)}";
            parts.Add(unit.Key is null ? range : $"{range} {unit.Key}");
        }
        return string.Join("; ", parts);
    }

    private static string Number(decimal d) => d.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static DateOnly? Min(IEnumerable<DateOnly?> dates) => dates.Where(d => d is not null).DefaultIfEmpty().Min();

    private static DateOnly? Max(IEnumerable<DateOnly?> dates) => dates.Where(d => d is not null).DefaultIfEmpty().Max();
}
