using System.Globalization;
using System.Text.Json;
using Pantau.Store.Model;
using Pantau.Store.Tests.Support;

namespace Pantau.Store.Tests;

/// <summary>
/// The dev articles in many languages, ingested once into each database (<see cref="QueryFixture"/>),
/// for the filters of <c>claims</c> and <c>stories</c>.
/// </summary>
public sealed class QueryFixture : IDisposable
{
    private static readonly string[] Files =
    [
        "seed.txt", .. Enumerable.Range(1, 30).Select(i => $"dev-{i:000}.txt"),
        "dev-047.txt", "dev-048.txt", "dev-049.txt", "dev-050.txt", "dev-059.txt", "dev-061.txt", "dev-062.txt",
        "dev-043.txt", "dev-064.txt", "dev-066.txt", "dev-068.txt", "dev-069.txt",
    ];

    private readonly Dictionary<string, TestDatabase> _databases = [];
    private readonly Lock _lock = new();

    /// <summary>The database of <paramref name="kind"/>, created and filled on first use.</summary>
    public TestDatabase Get(string kind)
    {
        lock (_lock)
        {
            if (!_databases.TryGetValue(kind, out var database))
            {
                database = TestDatabase.Create(kind);
                var feed = Corpus.WriteFeed(database.Files.PathOf("dev.jsonl"), Files);
                using (var store = database.Open())
                    Corpus.Ingest(store, feed);
                _databases[kind] = database;
            }
            return database;
        }
    }

    public void Dispose()
    {
        foreach (var database in _databases.Values)
            database.Dispose();
    }
}

/// <summary>Each filter selects exactly the claims (and stories) it says, on both databases.</summary>
public sealed partial class QueryTests(QueryFixture fixture) : IClassFixture<QueryFixture>
{
    /// <summary>A filter and what it means, said again in plain C# over every stored claim.</summary>
    /// <param name="Empty">The filter must select nothing (a LIKE wildcard in a search is a plain character).</param>
    public sealed record FilterCase(string Name, ClaimFilter Filter, Func<StoredClaim, bool> Means, bool Empty = false)
    {
        public override string ToString() => Name;
    }

    private static readonly FilterCase[] Cases =
    [
        new("actor PRK", new ClaimFilter { Actor = "PRK" }, c => c.Claim.Actor == "PRK" || Agreement(c, "PRK")),
        new("recipient UKR", new ClaimFilter { Recipient = "UKR" }, c => c.Claim.Recipient == "UKR" || (c.Claim.Type == "agreement" && c.Claim.Actor == "UKR")),
        new("either party of an agreement", new ClaimFilter { Type = "agreement", Actor = "RUS" }, c => c.Claim.Type == "agreement" && (c.Claim.Actor == "RUS" || c.Claim.Recipient == "RUS")),
        new("type withdrawal", new ClaimFilter { Type = "withdrawal" }, c => c.Claim.Type == "withdrawal"),
        new("item artillery", new ClaimFilter { Item = "artillery" }, c => c.Claim.Item == "artillery"),
        new("modality denied", new ClaimFilter { Modality = "denied" }, c => c.Claim.Modality == "denied"),
        new("attribution KOR", new ClaimFilter { Attribution = "KOR" }, c => c.Claim.Attribution.Any(a => a.Code == "KOR")),
        new("language en", new ClaimFilter { Language = "en" }, c => c.Document.Language == "en"),
        new("since 2025-01-01", new ClaimFilter { Since = new DateOnly(2025, 1, 1) }, c => (c.Claim.TimeEnd ?? c.Document.Published) >= new DateOnly(2025, 1, 1)),
        new("until 2023-06-30", new ClaimFilter { Until = new DateOnly(2023, 6, 30) }, c => (c.Claim.TimeStart ?? c.Document.Published) <= new DateOnly(2023, 6, 30)),
        // Claims dated by a month or a year span it: one that starts before and ends after the bound overlaps it.
        new("since mid-month", new ClaimFilter { Since = new DateOnly(2024, 10, 15) }, c => (c.Claim.TimeEnd ?? c.Document.Published) >= new DateOnly(2024, 10, 15)),
        new("until mid-month", new ClaimFilter { Until = new DateOnly(2024, 10, 15) }, c => (c.Claim.TimeStart ?? c.Document.Published) <= new DateOnly(2024, 10, 15)),
        new("2024 only", new ClaimFilter { Since = new DateOnly(2024, 1, 1), Until = new DateOnly(2024, 12, 31) },
            c => (c.Claim.TimeEnd ?? c.Document.Published) >= new DateOnly(2024, 1, 1) && (c.Claim.TimeStart ?? c.Document.Published) <= new DateOnly(2024, 12, 31)),
        new("search, other case", new ClaimFilter { Search = "ARTILERI" }, c => Says(c, "artileri")),
        new("search, non-ASCII other case", new ClaimFilter { Search = "SCORPÈNE" }, c => Says(c, "scorpène")),
        new("search, phrase", new ClaimFilter { Search = "north korean troops" }, c => Says(c, "north korean troops")),
        new("search, _ taken literally", new ClaimFilter { Search = "11_000" }, c => Says(c, "11_000"), Empty: true),
        new("search, % taken literally", new ClaimFilter { Search = "200%artileri" }, c => Says(c, "200%artileri"), Empty: true),
        new("actor, item, language together", new ClaimFilter { Actor = "PRK", Recipient = "RUS", Item = "personnel", Language = "id" },
            c => c.Claim.Actor == "PRK" && c.Claim.Recipient == "RUS" && c.Claim.Item == "personnel" && c.Document.Language == "id"),
    ];

    public static TheoryData<string, string> KindsAndCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in new[] { "sqlite", "postgres" })
        {
            foreach (var c in Cases)
                data.Add(kind, c.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(KindsAndCases))]
    public void A_claim_filter_selects_exactly_the_claims_it_says(string kind, string name)
    {
        var filterCase = Cases.Single(c => c.Name == name);
        using var store = fixture.Get(kind).Open(create: false);
        var all = store.Claims(ClaimFilter.All).ToList();

        var expected = all.Where(filterCase.Means).Select(c => c.Id).ToList();
        var actual = store.Claims(filterCase.Filter).Select(c => c.Id).ToList();

        if (filterCase.Empty)
        {
            Assert.Empty(expected);
        }
        else
        {
            Assert.NotEmpty(expected);
            Assert.True(expected.Count < all.Count, $"{name} selects every claim: not a test of the filter");
        }
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(KindsAndCases))]
    public void A_story_matches_when_one_of_its_claims_does(string kind, string name)
    {
        var filterCase = Cases.Single(c => c.Name == name);
        using var store = fixture.Get(kind).Open(create: false);
        var expected = store.Claims(ClaimFilter.All).Where(filterCase.Means).Select(c => c.StoryId!.Value).ToHashSet();

        var actual = store.Stories(filterCase.Filter).Select(s => s.Id).ToList();

        Assert.Equal(expected.Order(), actual.Order());
        Assert.Equal(actual.Count, actual.Distinct().Count());
    }

    [Fact]
    public void Both_databases_give_the_same_claims_and_stories()
    {
        using var sqlite = fixture.Get("sqlite").Open(create: false);
        using var other = fixture.Get("postgres").Open(create: false);

        Assert.Equal(Facts(sqlite), Facts(other));
        Assert.Equal(
            sqlite.Stories(ClaimFilter.All).Select(s => s with { Id = 0 }).Select(Json),
            other.Stories(ClaimFilter.All).Select(s => s with { Id = 0 }).Select(Json));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task Bad_filter_values_are_usage_errors(string kind)
    {
        var database = fixture.Get(kind);

        var badDate = await PantauProcess.RunAsync(database.Files.FullPath, "claims", "--db", database.Db, "--since", "2025-13-01");
        var badItem = await PantauProcess.RunAsync(database.Files.FullPath, "stories", "--db", database.Db, "--item", "tanks");

        Assert.Equal(2, badDate.ExitCode);
        Assert.StartsWith("pantau: ", Assert.Single(badDate.StderrLines), StringComparison.Ordinal);
        Assert.Equal(2, badItem.ExitCode);
        Assert.Contains(badItem.StderrLines, line => line.StartsWith("pantau: ", StringComparison.Ordinal) && line.Contains("tanks", StringComparison.Ordinal));
    }

    private static bool Agreement(StoredClaim c, string code) => c.Claim.Type == "agreement" && c.Claim.Recipient == code;

    private static bool Says(StoredClaim c, string text) =>
        c.Claim.Evidence.Any(e => e.Sentence.Contains(text, StringComparison.OrdinalIgnoreCase));

    private static List<string> Facts(IClaimStore store) => store.Claims(ClaimFilter.All)
        .Select(c => Json(new { c.Document.SourceKey, c.Ordinal, c.Claim.Type, c.Claim.Actor, c.Claim.Recipient, c.Claim.Item, Quantity = c.Claim.Quantity?.ToString(),
            c.Claim.Modality, c.Claim.Time, c.Document.Language, Published = c.Document.Published?.ToString("O", CultureInfo.InvariantCulture), c.Claim.Quote,
            Sources = string.Join(',', c.Claim.Attribution.Select(a => a.Code)) }))
        .ToList();

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
