using System.Text.Json;
using Pantau.Claims;
using Pantau.Numbers;
using Pantau.Text;

namespace Pantau.Cli.Output;

/// <summary>
/// One claim as a JSON object: every field of FORMAT.md's prediction format, plus the
/// language, the evidence (half-open offsets into the document text and the sentence), the
/// trigger words, the rule and the lexicon rows that produced it.
/// </summary>
internal static class ClaimJson
{
    public static void Write(Utf8JsonWriter json, ClaimRecord record)
    {
        var claim = record.Claim;
        json.WriteStartObject();
        json.WriteString("doc", record.Doc);
        json.WriteString("lang", record.Result.Language);
        json.WriteString("type", Names.Of(claim.Type));
        WriteActor(json, "actor", claim.Actor, record);
        WriteActor(json, "recipient", claim.Recipient, record);
        if (claim.Item is { } item)
        {
            json.WriteStartObject("item");
            json.WriteString("category", Names.Of(item.Category));
            json.WriteString("text", record.Text(item.Span));
            WriteSpan(json, item.Span);
            json.WriteString("lexicon", item.EntryId);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("item");
        }
        WriteQuantity(json, "quantity", claim.Quantity);
        json.WriteString("modality", Names.Of(claim.Modality));
        if (claim.Stage is { } stage)
            json.WriteString("stage", Names.Of(stage));
        else
            json.WriteNull("stage");
        json.WriteStartArray("attribution");
        foreach (var source in claim.Attribution)
        {
            json.WriteStartObject();
            json.WriteString("code", source.Code);
            if (source.Span is { } span)
            {
                json.WriteString("text", record.Text(span));
                WriteSpan(json, span);
            }
            if (source.Anonymous)
                json.WriteBoolean("anonymous", true);
            if (source.Channel is { } channel)
                json.WriteString("channel", channel);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (claim.Time is { } time)
        {
            json.WriteString("time", time.ToString());
            // A pledge the text does not date is dated by the story: say so.
            if (claim.TimeAssumed)
                WriteAssumedTime(json);
        }
        else
        {
            json.WriteNull("time");
        }
        if (claim.Place is { } place)
        {
            json.WriteStartObject("place");
            json.WriteString("name", place.Name);
            json.WriteString("code", place.Code);
            json.WriteString("text", record.Text(place.Span));
            WriteSpan(json, place.Span);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("place");
        }
        json.WriteString("quote", record.Text(claim.Evidence[0].Sentence));
        json.WriteStartArray("evidence");
        foreach (var evidence in claim.Evidence)
        {
            json.WriteStartObject();
            WriteSpan(json, evidence.Sentence);
            json.WriteString("sentence", record.Text(evidence.Sentence));
            json.WriteStartObject("trigger");
            json.WriteString("text", record.Text(evidence.Trigger));
            WriteSpan(json, evidence.Trigger);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("rule", claim.Rule);
        json.WriteStartArray("lexicon");
        foreach (var id in claim.LexiconIds)
            json.WriteStringValue(id);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter json, string name, ActorRef actor, ClaimRecord record)
    {
        json.WriteStartObject(name);
        json.WriteString("code", actor.Code);
        if (actor.Span is { } span)
        {
            json.WriteString("text", record.Text(span));
            WriteSpan(json, span);
        }
        else
        {
            json.WriteString("resolved", "context");
        }
        if (actor.Role is { } role)
            json.WriteString("role", Names.Of(role));
        if (actor.EntryId is { } id)
            json.WriteString("lexicon", id);
        json.WriteEndObject();
    }

    /// <summary>Marks a time the text does not give: a pledge dated by the story's day.</summary>
    public static void WriteAssumedTime(Utf8JsonWriter json) => json.WriteString("time_from", "story date");

    /// <summary>A figure as FORMAT.md writes it, under <paramref name="name"/>; null when there is none.</summary>
    public static void WriteQuantity(Utf8JsonWriter json, string name, Quantity? quantity)
    {
        if (quantity is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        if (quantity.Value is { } value)
            json.WriteNumber("value", value);
        if (quantity.Min is { } min)
            json.WriteNumber("min", min);
        if (quantity.Max is { } max)
            json.WriteNumber("max", max);
        if (quantity.Approx)
            json.WriteBoolean("approx", true);
        if (quantity.Unit is { } unit)
            json.WriteString("unit", unit);
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, TextSpan span)
    {
        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
    }
}
