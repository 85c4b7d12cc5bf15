using System.Text.Json;
using Pantau.Store.Model;

namespace Pantau.Cli.Output.Stored;

/// <summary>
/// PLOVER/POLECAT-style event records, one JSON object per claim and line. The event type and
/// mode follow FORMAT.md's table: transfer → AID (mode military), agreement → SUPPORT (mode
/// diplomatic; CAMEO2PLOVER maps CAMEO 057 there), support → SUPPORT, withdrawal → RETREAT (mode
/// military), attack → ASSAULT. <c>date</c> is the claim's time when the text gives a day, else
/// its document's publication date, with <c>date_resolution</c> saying which (day, month, year,
/// publication). Pantau's own fields are under <c>pantau</c>: item, quantity, attribution,
/// modality, stage, story id, claim id and syndication origin.
/// </summary>
internal static class PloverWriter
{
    public static (string EventType, string? Mode) Map(string type) => type switch
    {
        "transfer" => ("AID", "military"),
        "agreement" => ("SUPPORT", "diplomatic"),
        "support" => ("SUPPORT", null),
        "withdrawal" => ("RETREAT", "military"),
        "attack" => ("ASSAULT", null),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown claim type"),
    };

    public static int Write(IEnumerable<StoredClaim> claims, Stream output)
    {
        int count = 0;
        foreach (var s in claims)
        {
            var c = s.Claim;
            var d = s.Document;
            var (eventType, mode) = Map(c.Type);
            using (var json = new Utf8JsonWriter(output, StoredJson.Options))
            {
                json.WriteStartObject();
                json.WriteString("id", $"pantau-{d.Id}-{s.Ordinal}");
                json.WriteString("event_type", eventType);
                StoredJson.WriteNullable(json, "mode", mode);
                json.WriteString("actor", c.Actor);
                json.WriteString("recipient", c.Recipient);
                var (date, resolution) = EventDate(s);
                StoredJson.WriteDate(json, "date", date);
                StoredJson.WriteNullable(json, "date_resolution", resolution);
                json.WriteString("source_sentence", c.Evidence.Count > 0 ? c.Evidence[0].Sentence : c.Quote);
                StoredJson.WriteNullable(json, "location", c.Place);
                json.WriteStartObject("source");
                json.WriteString("doc", d.SourceKey);
                StoredJson.WriteNullable(json, "url", d.Url);
                StoredJson.WriteNullable(json, "title", d.Title);
                StoredJson.WriteNullable(json, "outlet", d.Outlet);
                StoredJson.WriteNullable(json, "lang", d.Language);
                StoredJson.WriteDate(json, "published", d.Published);
                json.WriteEndObject();
                json.WriteStartObject("pantau");
                json.WriteString("claim", s.Id);
                json.WriteString("type", c.Type);
                StoredJson.WriteNullable(json, "item", c.Item);
                ClaimJson.WriteQuantity(json, "quantity", c.Quantity);
                StoredJson.WriteAttribution(json, c.Attribution);
                json.WriteString("modality", c.Modality);
                StoredJson.WriteNullable(json, "stage", c.Stage);
                StoredJson.WriteNullable(json, "time", c.Time);
                if (s.StoryId is { } story)
                    json.WriteNumber("story", story);
                else
                    json.WriteNull("story");
                StoredJson.WriteNullable(json, "origin", d.OriginKey);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            output.Write("\n"u8);
            count++;
        }
        return count;
    }

    private static (DateOnly? Date, string? Resolution) EventDate(StoredClaim s)
    {
        var c = s.Claim;
        if (c.TimeStart is { } start && !c.TimeAssumed)
        {
            var resolution = c.TimeStart == c.TimeEnd ? "day" : c.TimeStart.Value.Month == c.TimeEnd?.Month && c.TimeStart.Value.Year == c.TimeEnd?.Year ? "month" : "year";
            return (start, resolution);
        }
        return s.Document.Published is { } published ? (published, "publication") : (null, null);
    }
}
