using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pantau.Numbers;
using Pantau.Store.Model;

namespace Pantau.Cli.Output.Stored;

/// <summary>
/// Stored claims and stories as JSON. A claim has the fields of <c>pantau extract</c>'s JSON
/// (spans become the words they covered) plus where it is kept: its id ("document:ordinal"),
/// its document's title, outlet, URL, publication date and syndication origin, and its story.
/// </summary>
internal static class StoredJson
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteClaim(Utf8JsonWriter json, StoredClaim stored)
    {
        var c = stored.Claim;
        var d = stored.Document;
        json.WriteStartObject();
        json.WriteString("id", stored.Id);
        json.WriteString("doc", d.SourceKey);
        WriteNullable(json, "title", d.Title);
        WriteNullable(json, "outlet", d.Outlet);
        WriteNullable(json, "url", d.Url);
        WriteDate(json, "published", d.Published);
        WriteNullable(json, "lang", d.Language);
        WriteNullable(json, "origin", d.OriginKey);
        if (stored.StoryId is { } story)
            json.WriteNumber("story", story);
        else
            json.WriteNull("story");
        json.WriteString("type", c.Type);
        WriteParty(json, "actor", c.Actor, c.ActorText, c.ActorRole);
        WriteParty(json, "recipient", c.Recipient, c.RecipientText, c.RecipientRole);
        if (c.Item is { } item)
        {
            json.WriteStartObject("item");
            json.WriteString("category", item);
            WriteNullable(json, "text", c.ItemText);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("item");
        }
        ClaimJson.WriteQuantity(json, "quantity", c.Quantity);
        json.WriteString("modality", c.Modality);
        WriteNullable(json, "stage", c.Stage);
        WriteAttribution(json, c.Attribution);
        WriteNullable(json, "time", c.Time);
        if (c.TimeAssumed)
            ClaimJson.WriteAssumedTime(json);
        if (c.Place is { } place)
        {
            json.WriteStartObject("place");
            json.WriteString("name", place);
            WriteNullable(json, "code", c.PlaceCode);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("place");
        }
        json.WriteString("quote", c.Quote);
        json.WriteStartArray("evidence");
        foreach (var e in c.Evidence)
        {
            json.WriteStartObject();
            json.WriteNumber("start", e.SentenceStart);
            json.WriteNumber("end", e.SentenceEnd);
            json.WriteString("sentence", e.Sentence);
            json.WriteStartObject("trigger");
            json.WriteString("text", e.TriggerText);
            json.WriteNumber("start", e.TriggerStart);
            json.WriteNumber("end", e.TriggerEnd);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("rule", c.Rule);
        json.WriteStartArray("lexicon");
        foreach (var id in c.LexiconIds)
            json.WriteStringValue(id);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A story's summary fields, written into the object already open.</summary>
    public static void WriteStoryFields(Utf8JsonWriter json, StorySummary s)
    {
        json.WriteNumber("id", s.Id);
        json.WriteString("type", s.Type);
        json.WriteString("actor", s.Actor);
        json.WriteString("recipient", s.Recipient);
        WriteNullable(json, "item", s.Item);
        WriteDate(json, "first_seen", s.FirstSeen);
        WriteDate(json, "last_seen", s.LastSeen);
        WriteDate(json, "time_start", s.TimeStart);
        WriteDate(json, "time_end", s.TimeEnd);
        json.WriteNumber("claims", s.Claims);
        json.WriteNumber("documents", s.Documents);
        json.WriteNumber("origins", s.Origins);
        WriteStrings(json, "languages", s.Languages);
        WriteStrings(json, "sources", s.Sources);
        json.WriteString("figures", s.Figures);
        json.WriteString("modalities", s.Modalities);
    }

    public static void WriteAttribution(Utf8JsonWriter json, IReadOnlyList<AttributionRow> attribution)
    {
        json.WriteStartArray("attribution");
        foreach (var a in attribution)
        {
            json.WriteStartObject();
            json.WriteString("code", a.Code);
            if (a.SpeakerText is { } text)
                json.WriteString("text", text);
            if (a.Anonymous)
                json.WriteBoolean("anonymous", true);
            if (a.Channel is { } channel)
                json.WriteString("channel", channel);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }

    public static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d)
            json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else
            json.WriteNull(name);
    }

    public static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteString(name, value);
    }

    private static void WriteParty(Utf8JsonWriter json, string name, string code, string? text, string? role)
    {
        json.WriteStartObject(name);
        json.WriteString("code", code);
        if (text is not null)
            json.WriteString("text", text);
        else
            json.WriteString("resolved", "context");
        if (role is not null)
            json.WriteString("role", role);
        json.WriteEndObject();
    }
}
