using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pantau.Tests.Cli;

/// <summary>
/// The seed article (samples/seed.txt, Indonesian) copied into a temporary folder as <c>seed.txt</c>,
/// and pantau run over it once per output format, each run started on first use and shared by the tests.
/// </summary>
public sealed class SeedRuns : IDisposable
{
    public const string Name = "seed.txt";
    public const string Date = "2025-02-11";

    private readonly TempFolder _folder = new();
    private readonly Lazy<Task<PantauRun>> _jsonl;
    private readonly Lazy<Task<PantauRun>> _json;
    private readonly Lazy<Task<PantauRun>> _csv;
    private readonly Lazy<Task<PantauRun>> _table;
    private readonly Lazy<Task<PantauRun>> _noFormat;
    private readonly Lazy<Task<PantauRun>> _standardInput;

    public SeedRuns()
    {
        Text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "seed.txt"));
        _folder.Write(Name, Text);
        _jsonl = Start("--format", "jsonl", "--date", Date, Name);
        // The other formats name the language: detecting it costs ~0.7 s per process, and the jsonl run already checks it.
        _json = Start("--format", "json", "--lang", "id", "--date", Date, Name);
        _csv = Start("--format", "csv", "--lang", "id", "--date", Date, Name);
        _table = Start("--format", "table", "--lang", "id", "--date", Date, Name);
        _noFormat = Start("--lang", "id", "--date", Date, Name);
        _standardInput = new(() => PantauProcess.RunAsync(_folder.FullPath, ["extract", "--format", "jsonl", "--date", Date, "-"], stdin: Text));
    }

    /// <summary>The article text, exactly as the program reads it (the file has no byte order mark).</summary>
    public string Text { get; }

    internal Task<PantauRun> Jsonl => _jsonl.Value;
    internal Task<PantauRun> Json => _json.Value;
    internal Task<PantauRun> Csv => _csv.Value;
    internal Task<PantauRun> Table => _table.Value;
    internal Task<PantauRun> NoFormat => _noFormat.Value;
    internal Task<PantauRun> StandardInput => _standardInput.Value;

    /// <summary>The claims of the jsonl run, one parsed object per line; fails when the run did not succeed.</summary>
    internal async Task<IReadOnlyList<JsonElement>> JsonlClaims()
    {
        var run = await Jsonl;
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.StdoutLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
    }

    public void Dispose() => _folder.Dispose();

    private Lazy<Task<PantauRun>> Start(params string[] options) =>
        new(() => PantauProcess.RunAsync(_folder.FullPath, ["extract", .. options]));
}

/// <summary><c>pantau extract</c> over the seed article: the claim format, the offsets, every output format, standard input.</summary>
public sealed partial class SeedArticleTests(SeedRuns seed) : IClassFixture<SeedRuns>
{
    [Fact]
    public async Task Jsonl_exits_0_and_writes_only_claims()
    {
        var run = await seed.Jsonl;

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stderr);
        Assert.NotEmpty(run.StdoutLines);
        Assert.All(run.StdoutLines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
    }

    [Fact]
    public async Task Jsonl_claims_have_every_field_of_the_format()
    {
        var claims = await seed.JsonlClaims();

        Assert.All(claims, claim =>
        {
            Assert.Equal(SeedRuns.Name, StringOf(claim, "doc"));
            Assert.Equal("id", StringOf(claim, "lang"));
            Assert.Matches("^(transfer|agreement|support|withdrawal|attack)$", StringOf(claim, "type"));
            Assert.Matches("^[A-Z0-9_]+$", StringOf(claim.GetProperty("actor"), "code"));
            Assert.Matches("^[A-Z0-9_]+$", StringOf(claim.GetProperty("recipient"), "code"));
            AssertKind(claim, "item", JsonValueKind.Object);
            AssertKind(claim, "quantity", JsonValueKind.Object);
            Assert.False(string.IsNullOrEmpty(StringOf(claim, "modality")));
            AssertKind(claim, "stage", JsonValueKind.String);
            Assert.All(claim.GetProperty("attribution").EnumerateArray(), source => Assert.Matches("^[A-Z0-9_]+$", StringOf(source, "code")));
            AssertKind(claim, "time", JsonValueKind.String);
            AssertKind(claim, "place", JsonValueKind.Object);
            Assert.False(string.IsNullOrEmpty(StringOf(claim, "quote")));
            Assert.NotEmpty(claim.GetProperty("evidence").EnumerateArray());
            Assert.All(claim.GetProperty("evidence").EnumerateArray(), evidence =>
            {
                Assert.Equal(JsonValueKind.Number, evidence.GetProperty("start").ValueKind);
                Assert.Equal(JsonValueKind.Number, evidence.GetProperty("end").ValueKind);
                Assert.Equal(JsonValueKind.String, evidence.GetProperty("sentence").ValueKind);
                var trigger = evidence.GetProperty("trigger");
                Assert.Equal(JsonValueKind.String, trigger.GetProperty("text").ValueKind);
                Assert.Equal(JsonValueKind.Number, trigger.GetProperty("start").ValueKind);
                Assert.Equal(JsonValueKind.Number, trigger.GetProperty("end").ValueKind);
            });
            Assert.False(string.IsNullOrEmpty(StringOf(claim, "rule")));
            Assert.NotEmpty(claim.GetProperty("lexicon").EnumerateArray());
            Assert.All(claim.GetProperty("lexicon").EnumerateArray(), id => Assert.Matches(LexiconId(), id.GetString()!));
        });
    }

    [Fact]
    public async Task Jsonl_evidence_offsets_slice_the_file_text()
    {
        var claims = await seed.JsonlClaims();
        var text = seed.Text;

        Assert.All(claims, claim =>
        {
            var evidence = claim.GetProperty("evidence").EnumerateArray().ToList();
            Assert.Equal(StringOf(evidence[0], "sentence"), StringOf(claim, "quote"));
            foreach (var item in evidence)
            {
                int start = item.GetProperty("start").GetInt32(), end = item.GetProperty("end").GetInt32();
                Assert.InRange(start, 0, end);
                Assert.InRange(end, start, text.Length);
                Assert.Equal(StringOf(item, "sentence"), text[start..end]);

                var trigger = item.GetProperty("trigger");
                int triggerStart = trigger.GetProperty("start").GetInt32(), triggerEnd = trigger.GetProperty("end").GetInt32();
                Assert.InRange(triggerStart, start, triggerEnd);
                Assert.InRange(triggerEnd, triggerStart, end);
                Assert.Equal(StringOf(trigger, "text"), text[triggerStart..triggerEnd]);
            }
        });
    }

    /// <summary>Actor, recipient, item, attribution and place spans too: every object with text, start and end.</summary>
    [Fact]
    public async Task Jsonl_every_span_slices_the_file_text()
    {
        var claims = await seed.JsonlClaims();
        int checkedSpans = 0;

        foreach (var claim in claims)
            checkedSpans += CheckSpans(claim, seed.Text);

        Assert.True(checkedSpans > claims.Count * 3, $"only {checkedSpans} spans in {claims.Count} claims");
    }

    [Fact]
    public async Task Jsonl_has_the_North_Korean_transfer_of_200_artillery_to_Russia()
    {
        var claims = await seed.JsonlClaims();
        using var expected = JsonDocument.Parse("""{"value":200}""");

        var artillery = claims.Where(c =>
            StringOf(c, "type") == "transfer"
            && StringOf(c.GetProperty("actor"), "code") == "PRK"
            && StringOf(c.GetProperty("recipient"), "code") == "RUS"
            && c.GetProperty("item").ValueKind == JsonValueKind.Object
            && StringOf(c.GetProperty("item"), "category") == "artillery").ToList();

        Assert.True(artillery.Count > 0, "no transfer PRK->RUS of artillery among:\n" + string.Join("\n", claims.Select(Describe)));
        Assert.True(artillery.Any(c => JsonElement.DeepEquals(c.GetProperty("quantity"), expected.RootElement)),
            "no quantity {\"value\":200} among:\n" + string.Join("\n", artillery.Select(c => c.GetProperty("quantity").GetRawText())));
    }

    [Fact]
    public async Task Json_is_one_document_with_the_jsonl_claims()
    {
        var claims = await seed.JsonlClaims();
        var run = await seed.Json;

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var document = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal(SeedRuns.Name, StringOf(document, "doc"));
        Assert.Equal("id", StringOf(document, "lang"));
        Assert.Equal(SeedRuns.Date, StringOf(document, "date"));
        var jsonClaims = document.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(claims.Count, jsonClaims.Count);
        for (int i = 0; i < claims.Count; i++)
            Assert.True(JsonElement.DeepEquals(claims[i], jsonClaims[i]), $"claim {i} differs:\njsonl {claims[i].GetRawText()}\njson  {jsonClaims[i].GetRawText()}");
    }

    [Fact]
    public async Task Csv_has_a_header_and_one_row_per_claim()
    {
        var claims = await seed.JsonlClaims();
        var run = await seed.Csv;

        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = Csv.Parse(run.Stdout);
        var header = rows[0];
        Assert.Equal(new[] { "doc", "lang", "type", "actor", "recipient" }, header[..5]);
        Assert.Equal(claims.Count, rows.Count - 1);
        for (int i = 0; i < claims.Count; i++)
        {
            var row = rows[i + 1];
            Assert.Equal(header.Length, row.Length);
            var cell = (string column) => row[Array.IndexOf(header, column)];
            var claim = claims[i];
            var evidence = claim.GetProperty("evidence")[0];
            Assert.Equal(
                new[] { SeedRuns.Name, "id", StringOf(claim, "type"), StringOf(claim.GetProperty("actor"), "code"), StringOf(claim.GetProperty("recipient"), "code"),
                    evidence.GetProperty("start").GetInt32().ToString(), evidence.GetProperty("end").GetInt32().ToString(), StringOf(evidence, "sentence") },
                new[] { cell("doc"), cell("lang"), cell("type"), cell("actor"), cell("recipient"), cell("evidence_start"), cell("evidence_end"), cell("sentence") });
        }
    }

    [Fact]
    public async Task Table_names_the_document_and_shows_its_claims()
    {
        var claims = await seed.JsonlClaims();
        var run = await seed.Table;

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"{SeedRuns.Name}  (id, {SeedRuns.Date}): {claims.Count} claims", run.StdoutLines[0]);
        Assert.Contains("transfer", run.Stdout);
        Assert.Contains("PRK", run.Stdout);
    }

    [Fact]
    public async Task Without_format_redirected_output_is_jsonl()
    {
        var jsonl = await seed.Jsonl;
        var run = await seed.NoFormat;

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(jsonl.Stdout, run.Stdout);
    }

    [Fact]
    public async Task Standard_input_gives_the_file_claims_with_doc_dash()
    {
        var file = await seed.Jsonl;
        var run = await seed.StandardInput;

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stderr);
        Assert.Equal(file.StdoutLines.Count, run.StdoutLines.Count);
        const string fileDoc = $$"""{"doc":"{{SeedRuns.Name}}",""";
        const string inputDoc = """{"doc":"-",""";
        for (int i = 0; i < run.StdoutLines.Count; i++)
        {
            Assert.StartsWith(fileDoc, file.StdoutLines[i]);
            Assert.StartsWith(inputDoc, run.StdoutLines[i]);
            Assert.Equal(file.StdoutLines[i][fileDoc.Length..], run.StdoutLines[i][inputDoc.Length..]);
        }
    }

    /// <summary>Checks every object under <paramref name="element"/> that has start, end and text (or sentence); returns how many.</summary>
    private static int CheckSpans(JsonElement element, string text)
    {
        int count = 0;
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("start", out var start) && element.TryGetProperty("end", out var end))
            {
                var slice = element.TryGetProperty("text", out var t) ? t : element.GetProperty("sentence");
                int s = start.GetInt32(), e = end.GetInt32();
                Assert.True(0 <= s && s <= e && e <= text.Length, $"span [{s}, {e}) outside the text in {element.GetRawText()}");
                Assert.Equal(slice.GetString(), text[s..e]);
                count++;
            }
            foreach (var property in element.EnumerateObject())
                count += CheckSpans(property.Value, text);
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                count += CheckSpans(item, text);
        }
        return count;
    }

    private static string StringOf(JsonElement element, string name)
    {
        var value = element.GetProperty(name);
        Assert.True(value.ValueKind == JsonValueKind.String, $"\"{name}\" is {value.ValueKind} in {element.GetRawText()}");
        return value.GetString()!;
    }

    /// <summary>Asserts that <paramref name="name"/> is present and is <paramref name="kind"/> or null.</summary>
    private static void AssertKind(JsonElement claim, string name, JsonValueKind kind)
    {
        var value = claim.GetProperty(name);
        Assert.True(value.ValueKind == kind || value.ValueKind == JsonValueKind.Null, $"\"{name}\" is {value.ValueKind} in {claim.GetRawText()}");
    }

    private static string Describe(JsonElement claim) =>
        $"{claim.GetProperty("type")} {claim.GetProperty("actor").GetProperty("code")}->{claim.GetProperty("recipient").GetProperty("code")} "
        + $"item {claim.GetProperty("item").GetRawText()} quantity {claim.GetProperty("quantity").GetRawText()}";

    /// <summary>"id/actors.tsv:11", "common/items.tsv:5", "en/actors.cldr.tsv:3".</summary>
    [GeneratedRegex(@"^[a-z]+/[a-z.]+\.tsv:[0-9]+$")]
    private static partial Regex LexiconId();
}
