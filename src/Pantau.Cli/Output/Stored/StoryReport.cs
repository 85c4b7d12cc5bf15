using System.Globalization;
using System.Text.Json;
using Pantau.Store.Model;

namespace Pantau.Cli.Output.Stored;

/// <summary>
/// One story in full (<c>pantau story N</c>): when and how widely it was reported, who says so
/// with their claims, every figure with its source (side by side, never averaged), the modality
/// mix, and the evidence sentences with their documents. As text for a terminal, JSON otherwise.
/// </summary>
internal static class StoryReport
{
    public static void WriteText(StoryDetail story, TextWriter output, int width)
    {
        var s = story.Summary;
        output.WriteLine($"Story {s.Id}: {s.Type} {s.Actor} → {s.Recipient}{(s.Item is { } item ? ", " + item : "")}");
        int undated = UndatedDocuments(story);
        var when = s.FirstSeen is null ? ClaimListWriter.Undated : Span(s.FirstSeen, s.LastSeen);
        var undatedNote = undated > 0 && s.FirstSeen is not null ? $" ({undated} undated)" : "";
        output.WriteLine($"  reported   {when} in {Count(s.Documents, "document")}{undatedNote} from {Count(s.Origins, "independent origin")}; languages {Join(s.Languages)}");
        if (s.TimeStart is not null)
            output.WriteLine($"  happened   {Span(s.TimeStart, s.TimeEnd)} (as the claims date it)");
        output.WriteLine($"  modality   {string.Join("; ", ModalityMix(story).Select(m => $"{m.Modality} {m.Count}" + (m.Sources.Count > 0 ? $" by {string.Join(", ", m.Sources)}" : " (no source named)")))}");

        output.WriteLine();
        output.WriteLine("Who says so");
        foreach (var (code, claims) in BySource(story))
            output.WriteLine($"  {code,-8} {Count(claims.Count, "claim")}: {string.Join("; ", claims.Select(c => $"{c.Claim.Modality}{Figure(c)} [{c.Id}]"))}");

        var figures = story.Claims.Where(c => c.Claim.Quantity is not null).ToList();
        output.WriteLine();
        output.WriteLine(figures.Count == 0 ? "Figures: none reported" : $"Figures ({s.Figures}; each as reported, never averaged)");
        if (figures.Count > 0)
        {
            Table.Write(output, ["  FIGURE", "MODALITY", "SAID BY", "PUBLISHED", "CLAIM", "DOCUMENT"], figures.Select(c => (new[]
            {
                "  " + c.Claim.Quantity, c.Claim.Modality, Sources(c), ClaimListWriter.Date(c.Document.Published) ?? ClaimListWriter.Undated, c.Id, Name(c.Document),
            }, (string?)null)).ToList(), width);
        }

        output.WriteLine();
        output.WriteLine("Evidence");
        foreach (var document in story.Claims.GroupBy(c => c.Document.Id))
        {
            var d = document.First().Document;
            var about = new List<string>();
            if (d.Language is { } lang)
                about.Add(lang);
            if (d.Published is { } published)
                about.Add(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (d.Outlet is { } outlet)
                about.Add(outlet);
            if (d.IsCopy)
                about.Add("reprint of " + d.OriginKey);
            output.WriteLine($"  {d.SourceKey} ({string.Join(", ", about)})");
            if (d.Title is { } title)
                output.WriteLine($"    \"{Table.Shorten(title, width - 8)}\"");
            foreach (var sentence in document.SelectMany(c => c.Claim.Evidence.Select(e => (c, e))).DistinctBy(x => x.e.SentenceStart))
                output.WriteLine($"    [{sentence.c.Id} {sentence.c.Claim.Modality}{Figure(sentence.c)}] {Table.Shorten(sentence.e.Sentence.ReplaceLineEndings(" "), width - 30)}");
        }
    }

    public static void WriteJson(StoryDetail story, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = StoredJson.Options.Encoder });
        json.WriteStartObject();
        StoredJson.WriteStoryFields(json, story.Summary);
        json.WriteNumber("undated_documents", UndatedDocuments(story));
        json.WriteStartArray("modality_mix");
        foreach (var (modality, count, sources) in ModalityMix(story))
        {
            json.WriteStartObject();
            json.WriteString("modality", modality);
            json.WriteNumber("claims", count);
            StoredJson.WriteStrings(json, "by", sources);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("said_by");
        foreach (var (code, claims) in BySource(story))
        {
            json.WriteStartObject();
            json.WriteString("code", code);
            StoredJson.WriteStrings(json, "claims", claims.Select(c => c.Id));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("reported_figures");
        foreach (var c in story.Claims.Where(c => c.Claim.Quantity is not null))
        {
            json.WriteStartObject();
            ClaimJson.WriteQuantity(json, "quantity", c.Claim.Quantity);
            json.WriteString("modality", c.Claim.Modality);
            StoredJson.WriteStrings(json, "attribution", c.Claim.Attribution.Select(a => a.Code));
            json.WriteString("claim", c.Id);
            json.WriteString("doc", c.Document.SourceKey);
            StoredJson.WriteDate(json, "published", c.Document.Published);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("claims");
        foreach (var claim in story.Claims)
            StoredJson.WriteClaim(json, claim);
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.Write("\n"u8);
    }

    /// <summary>Modalities in a fixed order, each with how many claims and who says so.</summary>
    private static List<(string Modality, int Count, List<string> Sources)> ModalityMix(StoryDetail story) =>
        story.Claims.GroupBy(c => c.Claim.Modality)
            .OrderBy(g => Array.IndexOf(["asserted", "possible", "unconfirmed", "denied"], g.Key))
            .Select(g => (g.Key, g.Count(), g.SelectMany(c => c.Claim.Attribution.Select(a => a.Code)).Distinct().Order(StringComparer.Ordinal).ToList()))
            .ToList();

    /// <summary>Each attribution code with the claims it makes; claims that name no source under "-".</summary>
    private static List<(string Code, List<StoredClaim> Claims)> BySource(StoryDetail story) =>
        story.Claims
            .SelectMany(c => c.Claim.Attribution.Count == 0 ? [("-", c)] : c.Claim.Attribution.Select(a => (a.Code, c)).DistinctBy(x => x.Code))
            .GroupBy(x => x.Item1)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(x => x.Item2).ToList()))
            .ToList();

    /// <summary>Documents of the story without a publication date: first and last seen leave them out.</summary>
    private static int UndatedDocuments(StoryDetail story) =>
        story.Claims.Where(c => c.Document.Published is null).Select(c => c.Document.Id).Distinct().Count();

    private static string Figure(StoredClaim c) => c.Claim.Quantity is { } q ? " " + q : "";

    private static string Sources(StoredClaim c) => c.Claim.Attribution.Count > 0 ? string.Join(",", c.Claim.Attribution.Select(a => a.Code)) : "-";

    private static string Name(StoredDocument d) => Path.GetFileName(d.SourceKey.TrimEnd('/')) is { Length: > 0 } name ? name : d.SourceKey;

    private static string Span(DateOnly? first, DateOnly? last) =>
        first is null ? "(no dates)" : first == last ? ClaimListWriter.Date(first)! : $"{ClaimListWriter.Date(first)} … {ClaimListWriter.Date(last)}";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Join(IReadOnlyList<string> values) => values.Count > 0 ? string.Join(", ", values) : "unknown";
}
