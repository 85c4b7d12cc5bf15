using Pantau.Store.Ingest;
using Pantau.Store.Model;
using Pantau.Store.Tests.Support;

namespace Pantau.Store.Tests;

/// <summary>What the issue asks of stories and syndication, on both databases.</summary>
public sealed class StoryTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public void Dev_corpus_gives_one_story_of_North_Korean_troops_to_Russia_with_the_seed_and_other_reports(string kind)
    {
        using var database = TestDatabase.Create(kind);
        using var store = database.Open();
        var summary = Corpus.Ingest(store, Corpus.DevFolder);
        Assert.True(summary.New >= 90, $"only {summary.New} documents stored");

        var stories = store.Stories(new ClaimFilter { Type = "transfer", Actor = "PRK", Recipient = "RUS", Item = "personnel" });
        var story = Assert.Single(stories);
        var detail = store.Story(story.Id)!;

        var seedClaims = store.Claims(new ClaimFilter { Type = "transfer", Actor = "PRK", Recipient = "RUS", Item = "personnel" })
            .Where(c => c.Document.SourceKey == Corpus.Seed).ToList();
        Assert.NotEmpty(seedClaims);
        Assert.All(seedClaims, c => Assert.Equal(story.Id, c.StoryId));
        Assert.Contains(detail.Claims, c => c.Document.SourceKey == Corpus.Seed && c.Claim.Quantity is { Value: 11000, Approx: true });

        var otherDocuments = detail.Claims.Select(c => c.Document.SourceKey).Where(k => k != Corpus.Seed).Distinct().ToList();
        Assert.True(otherDocuments.Count >= 5, $"the story gathers only {otherDocuments.Count} other documents");
        Assert.Equal(detail.Claims.Select(c => c.Document.Id).Distinct().Count(), story.Documents);
        Assert.Subset(story.Sources.ToHashSet(), new HashSet<string> { "KOR", "USA", "UKR" });
        Assert.Contains("unconfirmed", story.Modalities, StringComparison.Ordinal);
        Assert.Equal(["en", "id"], story.Languages);
        // Figures are listed as reported: the range spans the lowest and highest, several distinct figures remain.
        Assert.Contains("11,000", detail.Claims.Where(c => c.Claim.Quantity is not null).Select(c => c.Claim.Quantity!.ToString()).First(s => s.Contains("11,000", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.True(detail.Claims.Select(c => c.Claim.Quantity).OfType<Pantau.Numbers.Quantity>().Distinct().Count() >= 4);
        Assert.Matches(@"^[\d,]+–[\d,]+$", story.Figures);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public void Seed_and_three_edited_reprints_are_one_origin(string kind)
    {
        using var database = TestDatabase.Create(kind);
        var seed = File.ReadAllText(Corpus.Seed);
        var lines = seed.Split('\n');
        var files = database.Files;
        var original = files.Write("afp/seed.txt", seed);
        files.Write("reprints/new-headline.txt", "Pyongyang Kirim 200 Artileri ke Moskow, Kata Seoul" + seed[seed.IndexOf('\n')..]);
        files.Write("reprints/dropped-sentence.txt", string.Join('\n', lines.Where((_, i) => i != 13)));
        files.Write("reprints/outlet-line.txt", "JAKARTA, KOMPAS.com — Artikel ini tayang ulang dari AFP.\n\n" + seed + "\nBaca juga: berita terkini dari Kompas.\n");
        // An article on the same events written separately is its own origin.
        files.Write("other/dev-009.txt", File.ReadAllText(Path.Combine(Corpus.DevFolder, "dev-009.txt")));

        using var store = database.Open();
        Corpus.Ingest(store, new IngestOptions(Date: new DateOnly(2025, 2, 11)), files.PathOf("afp"), files.PathOf("reprints"), files.PathOf("other"));

        var documents = store.Claims(ClaimFilter.All).Select(c => c.Document).DistinctBy(d => d.Id).ToList();
        var reprints = documents.Where(d => d.SourceKey.Contains("/reprints/", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, reprints.Count);
        Assert.All(reprints, d => Assert.Equal(original, d.OriginKey));
        Assert.Equal(2, store.Counts().Origins);

        var story = Assert.Single(store.Stories(new ClaimFilter { Type = "transfer", Actor = "PRK", Recipient = "RUS", Item = "artillery" }));
        Assert.Equal(4, story.Documents);
        Assert.Equal(1, story.Origins);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public void Story_ids_survive_an_ingest_of_unrelated_documents(string kind)
    {
        using var database = TestDatabase.Create(kind);
        database.Files.Write("first/seed.txt", File.ReadAllText(Corpus.Seed));
        using var store = database.Open();
        Corpus.Ingest(store, database.Files.PathOf("first"));
        var before = store.Stories(ClaimFilter.All).ToDictionary(s => s.Id, s => (s.Type, s.Actor, s.Recipient, s.Item));

        // Western aid to Ukraine: other stories, which must not renumber the seed's.
        foreach (var name in new[] { "dev-051.txt", "dev-052.txt", "dev-053.txt" })
            database.Files.Write($"second/{name}", File.ReadAllText(Path.Combine(Corpus.DevFolder, name)));
        Corpus.Ingest(store, database.Files.PathOf("second"));
        var after = store.Stories(ClaimFilter.All).ToDictionary(s => s.Id, s => (s.Type, s.Actor, s.Recipient, s.Item));

        Assert.True(after.Count > before.Count, "the second ingest added no story");
        foreach (var (id, key) in before)
            Assert.Equal(key, after[id]);
    }
}
