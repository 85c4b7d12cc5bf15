using System.Text.Json;
using Pantau.Store.Ingest;
using Pantau.Store.Model;
using Pantau.Store.Tests.Support;

namespace Pantau.Store.Tests;

/// <summary>
/// What makes a document the same document (its source key) and an unchanged one (its content
/// hash: the text and the language and date it is extracted with).
/// </summary>
public sealed class KeyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public void The_same_file_with_another_date_is_extracted_again_and_with_the_same_date_is_unchanged(string kind)
    {
        using var database = TestDatabase.Create(kind);
        var seed = database.Files.Write("news/seed.txt", File.ReadAllText(Corpus.Seed));
        using var store = database.Open();

        var first = Corpus.Ingest(store, new IngestOptions(Date: new DateOnly(2025, 2, 11)), seed);
        var again = Corpus.Ingest(store, new IngestOptions(Date: new DateOnly(2025, 2, 11)), seed);
        var redated = Corpus.Ingest(store, new IngestOptions(Date: new DateOnly(2024, 6, 1)), seed);

        Assert.Equal((1, 0, 0), (first.New, first.Unchanged, first.Replaced));
        Assert.Equal((0, 1, 0), (again.New, again.Unchanged, again.Replaced));
        Assert.Equal((0, 0, 1), (redated.New, redated.Unchanged, redated.Replaced));
        var claims = store.Claims(ClaimFilter.All).ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(new DateOnly(2024, 6, 1), c.Document.Published));
        Assert.Equal(1, store.Counts().Documents);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public void The_same_file_with_another_language_is_extracted_again(string kind)
    {
        using var database = TestDatabase.Create(kind);
        var article = database.Files.Write("news/dev-009.txt", File.ReadAllText(Path.Combine(Corpus.DevFolder, "dev-009.txt")));
        using var store = database.Open();

        var english = Corpus.Ingest(store, new IngestOptions(Language: "en"), article);
        var englishClaims = store.Counts().Claims;
        var indonesian = Corpus.Ingest(store, new IngestOptions(Language: "id"), article);

        Assert.Equal((1, 0, 0), (english.New, english.Unchanged, english.Replaced));
        Assert.Equal((0, 0, 1), (indonesian.New, indonesian.Unchanged, indonesian.Replaced));
        Assert.Equal("id", store.Claims(ClaimFilter.All).Select(c => c.Document.Language).DefaultIfEmpty("id").Distinct().Single());
        Assert.True(englishClaims > store.Counts().Claims, "English extracted as Indonesian should find fewer claims");
        Assert.Equal(1, store.Counts().Documents);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public void Two_feeds_with_the_same_record_ids_are_different_documents_and_a_URL_is_one_document(string kind)
    {
        using var database = TestDatabase.Create(kind);
        var seed = File.ReadAllText(Corpus.Seed);
        var other = File.ReadAllText(Path.Combine(Corpus.DevFolder, "dev-009.txt"));
        var shared = File.ReadAllText(Path.Combine(Corpus.DevFolder, "dev-051.txt"));
        var feedA = WriteFeed(database, "a/feed.jsonl",
            new { id = "1", text = seed, lang = "id" },
            new { id = "2", text = shared, lang = "en", url = "https://wire.example/ukraine-aid" });
        var feedB = WriteFeed(database, "b/feed.jsonl",
            new { id = "1", text = other, lang = "en" },
            new { id = "7", text = shared, lang = "en", url = "https://wire.example/ukraine-aid" });
        using var store = database.Open();

        var first = Corpus.Ingest(store, feedA, feedB);
        var again = Corpus.Ingest(store, feedA, feedB);

        var keys = store.Claims(ClaimFilter.All).Select(c => c.Document.SourceKey).Distinct().Order().ToList();
        Assert.Equal([feedA + "#1", feedB + "#1", "https://wire.example/ukraine-aid"], keys);
        Assert.Equal(3, store.Counts().Documents);
        Assert.Equal((3, 1, 0), (first.New, first.Unchanged, first.Replaced)); // the second copy of the URL's article is the first one again
        Assert.Equal((0, 4, 0), (again.New, again.Unchanged, again.Replaced));
        Assert.Contains(store.Claims(new ClaimFilter { Actor = "PRK", Item = "artillery" }), c => c.Document.SourceKey == feedA + "#1");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public void A_record_stored_under_its_bare_id_by_an_older_Pantau_keeps_its_key(string kind)
    {
        using var database = TestDatabase.Create(kind);
        var seed = File.ReadAllText(Corpus.Seed);
        var feed = WriteFeed(database, "feed.jsonl", new { id = "seed-1", text = seed, lang = "id" });
        using var store = database.Open();
        // What an older Pantau stored: the bare id, and the hash of the text alone.
        store.SaveBatch([new DocumentRecord { SourceKey = "seed-1", ContentHash = DocumentRecords.ContentHash(seed), Language = "id", Claims = [] }]);

        var summary = Corpus.Ingest(store, feed);

        Assert.Equal((0, 0, 1), (summary.New, summary.Unchanged, summary.Replaced));
        Assert.Equal(1, store.Counts().Documents);
        Assert.All(store.Claims(ClaimFilter.All), c => Assert.Equal("seed-1", c.Document.SourceKey));
    }

    private static string WriteFeed(TestDatabase database, string name, params object[] records) =>
        database.Files.Write(name, string.Concat(records.Select(r => JsonSerializer.Serialize(r) + "\n")));
}
