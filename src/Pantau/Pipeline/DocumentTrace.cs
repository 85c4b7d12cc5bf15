using Pantau.Languages;

namespace Pantau.Pipeline;

/// <summary>
/// Writes what the pipeline saw in each sentence (lexicon matches with their rows, figures,
/// dates), for a linguist checking why a claim came out or did not.
/// </summary>
public static class DocumentTrace
{
    public static void Write(Document document, TextWriter output)
    {
        output.WriteLine($"# {document.Id} ({document.Language.Profile.Code}, published {document.PublicationDate?.ToString("yyyy-MM-dd") ?? "?"})");
        if (document.Dateline is { } dateline)
            output.WriteLine($"  dateline: {document.SliceString(dateline)}");
        foreach (var sentence in document.Sentences)
        {
            output.WriteLine($"- {document.SliceString(sentence.Span).ReplaceLineEndings(" ")}");
            var labels = new List<string>();
            foreach (var mention in document.Mentions)
            {
                if (mention.FirstToken >= sentence.FirstToken && mention.EndToken <= sentence.EndToken)
                    labels.Add($"[{document.SliceString(mention.Span)}]{string.Join("+", mention.Entries.Select(Label))}");
            }
            foreach (var quantity in document.Quantities)
            {
                if (quantity.FirstToken >= sentence.FirstToken && quantity.EndToken <= sentence.EndToken)
                    labels.Add($"[{document.SliceString(quantity.Span)}]figure:{quantity.Quantity?.ToString() ?? "vague"}");
            }
            foreach (var date in document.Dates)
            {
                if (date.FirstToken >= sentence.FirstToken && date.EndToken <= sentence.EndToken)
                    labels.Add($"[{document.SliceString(date.Span)}]date:{date.Value?.ToString() ?? "?"}{(date.OpenRange ? "(open)" : "")}");
            }
            if (labels.Count > 0)
                output.WriteLine("    " + string.Join("  ", labels));
            foreach (var skipped in document.SkippedTriggers)
            {
                if (sentence.Span.Contains(skipped.Trigger))
                    output.WriteLine($"    no claim from [{document.SliceString(skipped.Trigger)}]: {skipped.Reason}");
            }
        }
    }

    private static string Label(LexiconEntry entry) => entry switch
    {
        ActorEntry a => $"actor:{a.Code}/{a.Role}".ToLowerInvariant(),
        PlaceEntry p => $"place:{p.Place}",
        TriggerEntry t => $"trigger:{t.Type}/{t.Stage?.ToString() ?? "-"}/{t.Frame}".ToLowerInvariant(),
        ItemEntry i => $"item:{i.Item}".ToLowerInvariant(),
        CueEntry c => $"cue:{c.Cue}".ToLowerInvariant(),
        NumberEntry n => $"number:{n.Value}",
        UnitEntry u => $"unit:{u.Unit}",
        DateWordEntry d => $"date:{d.Kind}={d.Value}".ToLowerInvariant(),
        OutletEntry o => $"outlet:{o.Outlet}",
        _ => entry.GetType().Name,
    };
}
