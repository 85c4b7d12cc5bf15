using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pantau.Store.Model;

namespace Pantau.Cli.Output.Stored;

/// <summary>Writes the stories of <c>pantau stories</c> in one of the list formats.</summary>
internal static class StoryListWriter
{
    private static readonly string[] Header =
    [
        "id", "type", "actor", "recipient", "item", "first_seen", "last_seen", "time_start", "time_end",
        "claims", "documents", "origins", "languages", "sources", "figures", "modalities",
    ];

    private static readonly string[] TableHeader = ["STORY", "TYPE", "ACTOR", "RECIPIENT", "ITEM", "FIRST SEEN", "LAST SEEN", "DOCS", "ORIGINS", "LANGS", "SAID BY", "FIGURES", "MODALITY"];

    public static void Write(IReadOnlyList<StorySummary> stories, ListFormat format, OutputTarget target)
    {
        switch (format)
        {
            case ListFormat.Jsonl:
                foreach (var story in stories)
                {
                    using (var json = new Utf8JsonWriter(target.Stream, StoredJson.Options))
                    {
                        json.WriteStartObject();
                        StoredJson.WriteStoryFields(json, story);
                        json.WriteEndObject();
                    }
                    target.Stream.Write("\n"u8);
                }
                break;
            case ListFormat.Csv:
            {
                using var text = target.Text();
                Csv.WriteRow(text, Header);
                foreach (var s in stories)
                    Csv.WriteRow(text, Cells(s));
                break;
            }
            case ListFormat.Parquet:
                ParquetOutput.Write(stories.Select(StoryParquetRow.From), target);
                break;
            default:
            {
                using var text = target.Text();
                Table.Write(text, TableHeader, stories.Select(s => (new[]
                {
                    s.Id.ToString(CultureInfo.InvariantCulture), s.Type, s.Actor, s.Recipient, s.Item ?? "-",
                    ClaimListWriter.Date(s.FirstSeen) ?? ClaimListWriter.Undated, ClaimListWriter.Date(s.LastSeen) ?? ClaimListWriter.Undated,
                    s.Documents.ToString(CultureInfo.InvariantCulture), s.Origins.ToString(CultureInfo.InvariantCulture),
                    s.Languages.Count > 0 ? string.Join(",", s.Languages) : "-", s.Sources.Count > 0 ? string.Join(",", s.Sources) : "-",
                    s.Figures.Length > 0 ? s.Figures : "-", s.Modalities,
                }, (string?)null)).ToList(), target.Width);
                text.WriteLine(stories.Count == 1 ? "1 story; 'pantau story ID' shows one in full" : $"{stories.Count} stories; 'pantau story ID' shows one in full");
                break;
            }
        }
    }

    private static string?[] Cells(StorySummary s) =>
    [
        s.Id.ToString(CultureInfo.InvariantCulture), s.Type, s.Actor, s.Recipient, s.Item,
        ClaimListWriter.Date(s.FirstSeen), ClaimListWriter.Date(s.LastSeen), ClaimListWriter.Date(s.TimeStart), ClaimListWriter.Date(s.TimeEnd),
        s.Claims.ToString(CultureInfo.InvariantCulture), s.Documents.ToString(CultureInfo.InvariantCulture), s.Origins.ToString(CultureInfo.InvariantCulture),
        string.Join(';', s.Languages), string.Join(';', s.Sources), s.Figures, s.Modalities,
    ];
}

/// <summary>One story as a flat Parquet row, with the CSV's columns.</summary>
internal sealed class StoryParquetRow
{
    [JsonPropertyName("id")]
    public long Id { get; set; }
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";
    [JsonPropertyName("actor")]
    public string Actor { get; set; } = "";
    [JsonPropertyName("recipient")]
    public string Recipient { get; set; } = "";
    [JsonPropertyName("item")]
    public string? Item { get; set; }
    [JsonPropertyName("first_seen")]
    public DateTime? FirstSeen { get; set; }
    [JsonPropertyName("last_seen")]
    public DateTime? LastSeen { get; set; }
    [JsonPropertyName("time_start")]
    public DateTime? TimeStart { get; set; }
    [JsonPropertyName("time_end")]
    public DateTime? TimeEnd { get; set; }
    [JsonPropertyName("claims")]
    public int Claims { get; set; }
    [JsonPropertyName("documents")]
    public int Documents { get; set; }
    [JsonPropertyName("origins")]
    public int Origins { get; set; }
    [JsonPropertyName("languages")]
    public string Languages { get; set; } = "";
    [JsonPropertyName("sources")]
    public string Sources { get; set; } = "";
    [JsonPropertyName("figures")]
    public string Figures { get; set; } = "";
    [JsonPropertyName("modalities")]
    public string Modalities { get; set; } = "";

    public static StoryParquetRow From(StorySummary s) => new()
    {
        Id = s.Id,
        Type = s.Type,
        Actor = s.Actor,
        Recipient = s.Recipient,
        Item = s.Item,
        FirstSeen = s.FirstSeen?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        LastSeen = s.LastSeen?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        TimeStart = s.TimeStart?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        TimeEnd = s.TimeEnd?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        Claims = s.Claims,
        Documents = s.Documents,
        Origins = s.Origins,
        Languages = string.Join(';', s.Languages),
        Sources = string.Join(';', s.Sources),
        Figures = s.Figures,
        Modalities = s.Modalities,
    };
}
