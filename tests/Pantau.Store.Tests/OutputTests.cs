using System.Globalization;
using System.Text.Json;
using Microsoft.VisualBasic.FileIO;
using Parquet.Serialization;
using Pantau.Store.Model;
using Pantau.Store.Tests.Support;

namespace Pantau.Store.Tests;

/// <summary>
/// What <c>pantau claims</c>, <c>stories</c>, <c>story N</c> and <c>export</c> write (the real
/// program), read back with real readers: CSV with .NET's TextFieldParser, Parquet with
/// Parquet.Net, JSON with System.Text.Json; compared with what the store holds.
/// </summary>
public sealed partial class QueryTests
{
    private static readonly string[] ClaimColumns =
    [
        "id", "doc", "story", "published", "lang", "outlet", "origin", "type", "actor", "recipient", "item",
        "quantity_value", "quantity_min", "quantity_max", "quantity_approx", "quantity_unit", "modality", "stage",
        "attribution", "time", "place", "sentence", "trigger", "rule",
    ];

    private static readonly string[] StoryColumns =
    [
        "id", "type", "actor", "recipient", "item", "first_seen", "last_seen", "time_start", "time_end",
        "claims", "documents", "origins", "languages", "sources", "figures", "modalities",
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task Claims_as_CSV_have_the_header_and_one_row_per_claim_with_its_fields(string kind)
    {
        var database = fixture.Get(kind);
        using var store = database.Open(create: false);
        var expected = store.Claims(new ClaimFilter { Actor = "PRK" }).ToList();

        var run = await Pantau(database, "claims", "--actor", "prk", "--format", "csv", "-o", "claims.csv");

        var (header, rows) = ReadCsv(database.Files.PathOf("claims.csv"));
        Assert.Equal(ClaimColumns, header);
        Assert.Equal(expected.Select(c => c.Id), rows.Select(r => r["id"]));
        foreach (var (row, claim) in rows.Zip(expected))
        {
            Assert.Equal(claim.Document.SourceKey, row["doc"]);
            Assert.Equal(claim.StoryId?.ToString(CultureInfo.InvariantCulture), row["story"]);
            Assert.Equal(claim.Document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", row["published"]);
            Assert.Equal((claim.Claim.Type, claim.Claim.Actor, claim.Claim.Recipient, claim.Claim.Item ?? "", claim.Claim.Modality),
                (row["type"], row["actor"], row["recipient"], row["item"], row["modality"]));
            Assert.Equal(claim.Claim.Quantity?.Value, row["quantity_value"] is { Length: > 0 } v ? decimal.Parse(v, CultureInfo.InvariantCulture) : null);
            Assert.Equal(string.Join(';', claim.Claim.Attribution.Select(a => a.Code)), row["attribution"]);
            // Sentences hold commas, quotes and line breaks: they must come back whole.
            Assert.Equal(claim.Claim.Evidence[0].Sentence, row["sentence"]);
        }
        Assert.Contains(rows, r => r["sentence"].Contains(',', StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task Claims_piped_are_JSON_Lines_one_claim_a_line(string kind)
    {
        var database = fixture.Get(kind);
        using var store = database.Open(create: false);
        var expected = store.Claims(new ClaimFilter { Item = "artillery" }).ToList();

        var run = await Pantau(database, "claims", "--item", "artillery");

        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Count, lines.Length);
        foreach (var (line, claim) in lines.Zip(expected))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.Equal(claim.Id, root.GetProperty("id").GetString());
            Assert.Equal("artillery", root.GetProperty("item").GetProperty("category").GetString());
            Assert.Equal(claim.Claim.Actor, root.GetProperty("actor").GetProperty("code").GetString());
            Assert.Equal(claim.Claim.Evidence.Count, root.GetProperty("evidence").GetArrayLength());
            Assert.Equal(claim.StoryId, root.GetProperty("story").GetInt64());
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task Claims_as_Parquet_read_back_with_the_CSV_columns_and_every_row(string kind)
    {
        var database = fixture.Get(kind);
        using var store = database.Open(create: false);
        var expected = store.Claims(new ClaimFilter { Language = "en" }).ToList();

        await Pantau(database, "claims", "--lang", "en", "--format", "parquet", "-o", "claims.parquet");

        var columns = await ReadParquet(database.Files.PathOf("claims.parquet"));
        Assert.Equal(ClaimColumns, columns.Keys);
        Assert.All(columns.Values, values => Assert.Equal(expected.Count, values.Length));
        Assert.Equal(expected.Select(c => c.Id), columns["id"].Cast<string>());
        Assert.Equal(expected.Select(c => c.Claim.Actor), columns["actor"].Cast<string>());
        Assert.Equal(expected.Select(c => c.Document.Published?.ToDateTime(TimeOnly.MinValue)), columns["published"].Cast<DateTime?>());
        Assert.Equal(expected.Select(c => (double?)c.Claim.Quantity?.Value), columns["quantity_value"].Cast<double?>());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task Stories_as_CSV_JSON_Lines_and_Parquet_list_the_same_stories(string kind)
    {
        var database = fixture.Get(kind);
        using var store = database.Open(create: false);
        var expected = store.Stories(new ClaimFilter { Actor = "PRK", Recipient = "RUS" });
        Assert.True(expected.Count >= 2);
        string[] filter = ["--actor", "PRK", "--recipient", "RUS"];

        var jsonl = await Pantau(database, ["stories", .. filter, "--format", "jsonl"]);
        await Pantau(database, ["stories", .. filter, "--format", "csv", "-o", "stories.csv"]);
        await Pantau(database, ["stories", .. filter, "--format", "parquet", "-o", "stories.parquet"]);

        var (header, rows) = ReadCsv(database.Files.PathOf("stories.csv"));
        Assert.Equal(StoryColumns, header);
        Assert.Equal(expected.Select(s => s.Id.ToString(CultureInfo.InvariantCulture)), rows.Select(r => r["id"]));
        Assert.Equal(expected.Select(s => s.Figures), rows.Select(r => r["figures"]));
        Assert.Equal(expected.Select(s => string.Join(';', s.Sources)), rows.Select(r => r["sources"]));

        var lines = jsonl.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(expected.Select(s => s.Id), lines.Select(l => l.GetProperty("id").GetInt64()));
        Assert.Equal(expected.Select(s => s.Origins), lines.Select(l => l.GetProperty("origins").GetInt32()));

        var columns = await ReadParquet(database.Files.PathOf("stories.parquet"));
        Assert.Equal(StoryColumns, columns.Keys);
        Assert.Equal(expected.Select(s => s.Id), columns["id"].Cast<long>());
        Assert.Equal(expected.Select(s => s.Documents), columns["documents"].Cast<int>());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task Story_N_shows_the_story_with_its_sources_figures_and_evidence(string kind)
    {
        var database = fixture.Get(kind);
        using var store = database.Open(create: false);
        var summary = store.Stories(new ClaimFilter { Type = "transfer", Actor = "PRK", Recipient = "RUS", Item = "personnel" })[0];
        var detail = store.Story(summary.Id)!;
        var id = summary.Id.ToString(CultureInfo.InvariantCulture);

        var json = await Pantau(database, "story", id, "--format", "json");
        var text = await Pantau(database, "story", id, "--format", "text");
        var missing = await PantauProcess.RunAsync(database.Files.FullPath, "story", "999999", "--db", database.Db);

        var root = JsonDocument.Parse(json.Stdout).RootElement;
        Assert.Equal(summary.Id, root.GetProperty("id").GetInt64());
        Assert.Equal(detail.Claims.Select(c => c.Id), root.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(detail.Claims.Count(c => c.Claim.Quantity is not null), root.GetProperty("reported_figures").GetArrayLength());
        Assert.Equal(summary.Sources, root.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));

        Assert.StartsWith($"Story {id}: transfer PRK → RUS, personnel", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("Who says so", text.Stdout, StringComparison.Ordinal);
        Assert.Contains(detail.Claims[0].Claim.Evidence[0].Sentence[..20], text.Stdout, StringComparison.Ordinal);

        Assert.Equal(1, missing.ExitCode);
        Assert.Matches("^pantau: .+: no story 999999; 'pantau stories' lists them$", Assert.Single(missing.StderrLines));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task PLOVER_records_have_event_type_mode_parties_date_sentence_and_Pantau_fields(string kind)
    {
        var database = fixture.Get(kind);
        using var store = database.Open(create: false);
        var expected = store.Claims(new ClaimFilter { Actor = "PRK" }).ToList();

        var run = await Pantau(database, "export", "--format", "plover", "--actor", "PRK");

        var records = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(expected.Count, records.Count);
        foreach (var (record, claim) in records.Zip(expected))
        {
            var (eventType, mode) = claim.Claim.Type switch
            {
                "transfer" => ("AID", "military"),
                "agreement" => ("SUPPORT", "diplomatic"),
                "support" => ("SUPPORT", null),
                "withdrawal" => ("RETREAT", "military"),
                "attack" => ("ASSAULT", null),
                _ => throw new InvalidOperationException(claim.Claim.Type),
            };
            Assert.Equal(eventType, record.GetProperty("event_type").GetString());
            Assert.Equal(mode, record.GetProperty("mode").GetString());
            Assert.Equal(claim.Claim.Actor, record.GetProperty("actor").GetString());
            Assert.Equal(claim.Claim.Recipient, record.GetProperty("recipient").GetString());
            var date = DateOnly.Parse(record.GetProperty("date").GetString()!, CultureInfo.InvariantCulture);
            Assert.Equal(claim.Claim.TimeStart is { } start && !claim.Claim.TimeAssumed ? start : claim.Document.Published, date);
            Assert.Contains(record.GetProperty("date_resolution").GetString(), new[] { "day", "month", "year", "publication" });
            Assert.Equal(claim.Claim.Evidence[0].Sentence, record.GetProperty("source_sentence").GetString());
            Assert.Equal(claim.Document.SourceKey, record.GetProperty("source").GetProperty("doc").GetString());

            var pantau = record.GetProperty("pantau");
            Assert.Equal(claim.Id, pantau.GetProperty("claim").GetString());
            Assert.Equal(claim.Claim.Modality, pantau.GetProperty("modality").GetString());
            Assert.Equal(claim.StoryId, pantau.GetProperty("story").GetInt64());
            Assert.Equal(claim.Claim.Attribution.Select(a => a.Code), pantau.GetProperty("attribution").EnumerateArray().Select(a => a.GetProperty("code").GetString()));
            var quantity = pantau.GetProperty("quantity");
            if (claim.Claim.Quantity is { Value: { } value })
                Assert.Equal(value, quantity.GetProperty("value").GetDecimal());
            else if (claim.Claim.Quantity is null)
                Assert.Equal(JsonValueKind.Null, quantity.ValueKind);
        }
        Assert.Contains(records, r => r.GetProperty("pantau").GetProperty("quantity").ValueKind == JsonValueKind.Object);
    }

    private static Task<PantauRun> Pantau(TestDatabase database, params string[] args) => PantauOk(database, args);

    private static async Task<PantauRun> PantauOk(TestDatabase database, string[] args)
    {
        var run = await PantauProcess.RunAsync(database.Files.FullPath, [.. args, "--db", database.Db]);
        Assert.True(run.ExitCode == 0 && run.Stderr.Length == 0, $"pantau {string.Join(' ', args)}: {run}");
        return run;
    }

    /// <summary>The header and the rows of a CSV file, each row by column name; every row as wide as the header.</summary>
    private static (string[] Header, List<Dictionary<string, string>> Rows) ReadCsv(string path)
    {
        using var parser = new TextFieldParser(path, System.Text.Encoding.UTF8) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields()!;
            Assert.Equal(header.Length, fields.Length);
            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second));
        }
        return (header, rows);
    }

    /// <summary>Every column of a Parquet file by name (in file order), its values across all row groups.</summary>
    private static async Task<Dictionary<string, object?[]>> ReadParquet(string path)
    {
        await using var file = File.OpenRead(path);
        var result = await ParquetSerializer.DeserializeUntypedAsync(file);
        var names = result.Schema.GetDataFields().Select(f => f.Name).ToList();
        return names.ToDictionary(n => n, n => result.Data.Select(row => row.TryGetValue(n, out var v) ? v : null).ToArray());
    }
}
