using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Parquet;
using Parquet.Serialization;
using Pantau.Store.Model;

namespace Pantau.Cli.Output.Stored;

/// <summary>Writes the claims of <c>pantau claims</c> in one of the list formats.</summary>
internal static class ClaimListWriter
{
    private static readonly string[] CsvHeader =
    [
        "id", "doc", "story", "published", "lang", "outlet", "origin", "type", "actor", "recipient", "item",
        "quantity_value", "quantity_min", "quantity_max", "quantity_approx", "quantity_unit", "modality", "stage",
        "attribution", "time", "place", "sentence", "trigger", "rule",
    ];

    private static readonly string[] TableHeader = ["CLAIM", "STORY", "DATE", "LANG", "TYPE", "ACTOR", "RECIPIENT", "ITEM", "QUANTITY", "MODALITY", "SAID BY", "DOCUMENT"];

    /// <returns>The number of claims written.</returns>
    public static int Write(IEnumerable<StoredClaim> claims, ListFormat format, OutputTarget target)
    {
        switch (format)
        {
            case ListFormat.Jsonl:
            {
                int count = 0;
                foreach (var claim in claims)
                {
                    using (var json = new Utf8JsonWriter(target.Stream, StoredJson.Options))
                        StoredJson.WriteClaim(json, claim);
                    target.Stream.Write("\n"u8);
                    count++;
                }
                return count;
            }
            case ListFormat.Csv:
            {
                using var text = target.Text();
                Csv.WriteRow(text, CsvHeader);
                int count = 0;
                foreach (var s in claims)
                {
                    var c = s.Claim;
                    var q = c.Quantity;
                    Csv.WriteRow(text,
                    [
                        s.Id, s.Document.SourceKey, s.StoryId?.ToString(CultureInfo.InvariantCulture), Date(s.Document.Published),
                        s.Document.Language, s.Document.Outlet, s.Document.OriginKey, c.Type, c.Actor, c.Recipient, c.Item,
                        Number(q?.Value), Number(q?.Min), Number(q?.Max), q?.Approx == true ? "true" : "", q?.Unit, c.Modality, c.Stage,
                        string.Join(';', c.Attribution.Select(a => a.Code)), c.Time, c.Place,
                        c.Evidence.Count > 0 ? c.Evidence[0].Sentence : c.Quote, c.Evidence.Count > 0 ? c.Evidence[0].TriggerText : "", c.Rule,
                    ]);
                    count++;
                }
                return count;
            }
            case ListFormat.Parquet:
            {
                int count = 0;
                var rows = claims.Select(s => { count++; return ClaimParquetRow.From(s); });
                ParquetOutput.Write(rows, target);
                return count;
            }
            default:
            {
                var rows = claims.Select(s => (Cells: new[]
                {
                    s.Id, s.StoryId?.ToString(CultureInfo.InvariantCulture) ?? "-", Date(s.Date) ?? Undated, s.Document.Language ?? "-",
                    s.Claim.Type, s.Claim.Actor, s.Claim.Recipient, s.Claim.Item ?? "-", s.Claim.Quantity?.ToString() ?? "-", s.Claim.Modality,
                    s.Claim.Attribution.Count > 0 ? string.Join(",", s.Claim.Attribution.Select(a => a.Code)) : "-",
                    Path.GetFileName(s.Document.SourceKey.TrimEnd('/')),
                }, Below: (string?)s.Claim.Quote)).ToList();
                using var text = target.Text();
                Table.Write(text, TableHeader, rows, target.Width);
                text.WriteLine(rows.Count == 1 ? "1 claim" : $"{rows.Count} claims");
                return rows.Count;
            }
        }
    }

    /// <summary>What tables and text say for a claim or story with no date at all (no time, no publication date).</summary>
    internal const string Undated = "undated";

    internal static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One claim as a flat Parquet row: the CSV's columns, as a data frame wants them (dates as dates, codes joined with ';').</summary>
internal sealed class ClaimParquetRow
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";
    [JsonPropertyName("doc")]
    public string Doc { get; set; } = "";
    [JsonPropertyName("story")]
    public long? Story { get; set; }
    [JsonPropertyName("published")]
    public DateTime? Published { get; set; }
    [JsonPropertyName("lang")]
    public string? Lang { get; set; }
    [JsonPropertyName("outlet")]
    public string? Outlet { get; set; }
    [JsonPropertyName("origin")]
    public string? Origin { get; set; }
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";
    [JsonPropertyName("actor")]
    public string Actor { get; set; } = "";
    [JsonPropertyName("recipient")]
    public string Recipient { get; set; } = "";
    [JsonPropertyName("item")]
    public string? Item { get; set; }
    [JsonPropertyName("quantity_value")]
    public double? QuantityValue { get; set; }
    [JsonPropertyName("quantity_min")]
    public double? QuantityMin { get; set; }
    [JsonPropertyName("quantity_max")]
    public double? QuantityMax { get; set; }
    [JsonPropertyName("quantity_approx")]
    public bool QuantityApprox { get; set; }
    [JsonPropertyName("quantity_unit")]
    public string? QuantityUnit { get; set; }
    [JsonPropertyName("modality")]
    public string Modality { get; set; } = "";
    [JsonPropertyName("stage")]
    public string? Stage { get; set; }
    [JsonPropertyName("attribution")]
    public string Attribution { get; set; } = "";
    [JsonPropertyName("time")]
    public string? Time { get; set; }
    [JsonPropertyName("place")]
    public string? Place { get; set; }
    [JsonPropertyName("sentence")]
    public string Sentence { get; set; } = "";
    [JsonPropertyName("trigger")]
    public string Trigger { get; set; } = "";
    [JsonPropertyName("rule")]
    public string Rule { get; set; } = "";

    public static ClaimParquetRow From(StoredClaim s) => new()
    {
        Id = s.Id,
        Doc = s.Document.SourceKey,
        Story = s.StoryId,
        Published = s.Document.Published?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        Lang = s.Document.Language,
        Outlet = s.Document.Outlet,
        Origin = s.Document.OriginKey,
        Type = s.Claim.Type,
        Actor = s.Claim.Actor,
        Recipient = s.Claim.Recipient,
        Item = s.Claim.Item,
        QuantityValue = (double?)s.Claim.Quantity?.Value,
        QuantityMin = (double?)s.Claim.Quantity?.Min,
        QuantityMax = (double?)s.Claim.Quantity?.Max,
        QuantityApprox = s.Claim.Quantity?.Approx ?? false,
        QuantityUnit = s.Claim.Quantity?.Unit,
        Modality = s.Claim.Modality,
        Stage = s.Claim.Stage,
        Attribution = string.Join(';', s.Claim.Attribution.Select(a => a.Code)),
        Time = s.Claim.Time,
        Place = s.Claim.Place,
        Sentence = s.Claim.Evidence.Count > 0 ? s.Claim.Evidence[0].Sentence : s.Claim.Quote,
        Trigger = s.Claim.Evidence.Count > 0 ? s.Claim.Evidence[0].TriggerText : "",
        Rule = s.Claim.Rule,
    };
}

/// <summary>Parquet needs a seekable stream: a file given with --output is one; standard output gets a temporary file copied to it.</summary>
internal static class ParquetOutput
{
    private const int RowGroupSize = 100_000;

    public static void Write<T>(IEnumerable<T> rows, OutputTarget target)
    {
        var options = new ParquetOptions { RowGroupSize = RowGroupSize };
        if (target.IsFile)
        {
            ParquetSerializer.SerializeAsync(rows, target.Stream, options).GetAwaiter().GetResult();
            return;
        }
        var temporary = Path.GetTempFileName();
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite))
            {
                ParquetSerializer.SerializeAsync(rows, file, options).GetAwaiter().GetResult();
                file.Position = 0;
                file.CopyTo(target.Stream);
            }
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
